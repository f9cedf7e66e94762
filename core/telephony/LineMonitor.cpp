// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/telephony/LineMonitor.h"

#include "core/telephony/AonDetector.h"
#include "core/telephony/CallerIdDecoder.h"
#include "core/telephony/DtmfDetector.h"
#include "core/telephony/FskStandardGuess.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace zabota::telephony {

namespace {

constexpr qint64 kFrame = 80; // 10 ms
constexpr double kFullScale = 32768.0 * 32768.0 / 2.0;

// Below this a frame is quiet: no tone, ring or voice is looked for, and the decoders need not hear it.
constexpr double kQuietDbfs = -55.0;
// The exchange's tones are at least this loud on the line.
constexpr double kToneDbfs = -45.0;
// The decoders keep listening this long after the last frame with sound, to hear a message or digit end.
constexpr qint64 kDecoderHangover = 2400; // 300 ms
// Voice does not start within this long after ringing audio: the ring's decaying tail is not speech.
constexpr qint64 kRingGuard = 1200; // 150 ms
// Voice that has gone on this long is no caller ID message (which takes about a second).
constexpr qint64 kSpeechOnly = 16000; // 2 s
// Two FSK receivers reporting the same message within this many samples (100 ms) heard the same message.
constexpr qint64 kSameMessage = 800;
// The audio before a message's end over which its FSK standard is told: 1 s, about the length of a message.
constexpr qint64 kMessageSpan = 8000;
constexpr qint64 kRecent = 12000; // 1.5 s
// Digits held as a possible DTMF caller ID are let go this long after the last of them if no message came.
constexpr qint64 kDigitHold = 12000; // 1.5 s
// The DTMF detector confirms a digit up to this long after the caller ID decoder has read its message's last one.
constexpr qint64 kMessageTail = 800; // 100 ms
// An exchange tone shorter than this is no sign of an outgoing call's life (ringback is 0.8-1 s).
constexpr qint64 kToneSign = 1600; // 200 ms

// The frequencies looked at in each frame: the exchange's tone, DTMF's rows and columns.
enum Tone : std::size_t { Exchange = 0, FirstRow = 1, FirstColumn = 5 };

// The frame's mean square, summed in eight lanes so that the compiler makes vector arithmetic of it: this runs on
// every frame of the line.
double meanSquare(std::span<const qint16> frame)
{
    std::array<double, 8> lanes{};
    std::size_t at = 0;
    for (; at + lanes.size() <= frame.size(); at += lanes.size()) {
        for (std::size_t lane = 0; lane < lanes.size(); ++lane)
            lanes[lane] += double(frame[at + lane]) * double(frame[at + lane]);
    }
    for (; at < frame.size(); ++at)
        lanes[0] += double(frame[at]) * double(frame[at]);
    double sum = 0;
    for (double lane : lanes)
        sum += lane;
    return frame.empty() ? 0.0 : sum / double(frame.size());
}

double powerAt(double dbfs)
{
    return kFullScale * std::pow(10.0, dbfs / 10.0);
}

qint64 samplesOf(int milliseconds)
{
    return qint64(milliseconds) * LineMonitor::kSampleRate / 1000;
}

bool sameMessage(const CallerId& a, const CallerId& b)
{
    return a.number == b.number && a.name == b.name && a.dateTime == b.dateTime && a.absence == b.absence &&
           std::abs(a.endSample - b.endSample) <= kSameMessage;
}

} // namespace

LineMonitor::LineMonitor(LineMonitorSettings settings, Callback callback)
    : m_settings(settings)
    , m_callback(std::move(callback))
    , m_tones({425, 697, 770, 852, 941, 1209, 1336, 1477, 1633})
    , m_voice(VoiceActivity::Settings{settings.voxOnDbfs, settings.voxOffDbfs, settings.voxStopMs})
{
    std::vector<CallerIdStandard> standards = {CallerIdStandard::Bell202, CallerIdStandard::V23,
                                               CallerIdStandard::Dtmf};
    if (m_settings.standard)
        standards = {*m_settings.standard};
    if (!m_settings.standard || *m_settings.standard == CallerIdStandard::Aon)
        m_aon = std::make_unique<AonDetector>([this](const CallerId& id) { onCallerId(id); });
    std::erase(standards, CallerIdStandard::Aon);
    for (auto standard : standards)
        m_decoders.push_back(
            std::make_unique<CallerIdDecoder>(standard, [this](const CallerId& id) { onCallerId(id); }));
    m_dtmf = std::make_unique<DtmfDetector>(
        [this](const DtmfDetector::Digit& digit) { onDigit(digit.digit, digit.sample); });
    m_recent.assign(std::size_t(kRecent), 0);
    m_partial.reserve(std::size_t(kFrame));
}

LineMonitor::~LineMonitor() = default;

void LineMonitor::feed(std::span<const qint16> samples)
{
    if (!m_partial.empty()) {
        const auto missing = std::min(std::size_t(kFrame) - m_partial.size(), samples.size());
        m_partial.insert(m_partial.end(), samples.begin(), samples.begin() + qsizetype(missing));
        samples = samples.subspan(missing);
        if (m_partial.size() < std::size_t(kFrame))
            return;
        processFrame(m_partial);
        m_partial.clear();
    }
    while (samples.size() >= std::size_t(kFrame)) {
        processFrame(samples.first(std::size_t(kFrame)));
        samples = samples.subspan(std::size_t(kFrame));
    }
    m_partial.assign(samples.begin(), samples.end());
}

void LineMonitor::finish()
{
    if (!m_partial.empty()) {
        processFrame(m_partial);
        m_partial.clear();
    }
    const qint64 end = m_position;
    if (m_ring.inBurst())
        hear({Heard::Kind::RingEnd, m_ring.pendingSince().value_or(end), {}, {}});
    if (const auto change = m_voice.finish(end))
        hear({Heard::Kind::VoiceStop, change->sample, {}, {}});
    releaseHeldDigits();
    advance(end);
    if (m_state != State::Idle)
        endCall(CallEnd::Silence, m_speaking ? end : std::max(m_lastSign, end));
}

void LineMonitor::processFrame(std::span<const qint16> frame)
{
    const qint64 start = m_position;
    const auto length = qint64(frame.size());
    m_position += length;

    // Into the ring of recent audio: up to its end, then from its start.
    const auto first = std::min(frame.size(), std::size_t(kRecent - m_recentNext));
    std::copy_n(frame.begin(), first, m_recent.begin() + m_recentNext);
    std::copy(frame.begin() + qsizetype(first), frame.end(), m_recent.begin());
    m_recentNext = (m_recentNext + length) % kRecent;
    const double power = meanSquare(frame);
    const bool quiet = power < powerAt(kQuietDbfs);
    if (!quiet)
        m_loudUntil = m_position + kDecoderHangover;

    feedDecoders(frame, start < m_loudUntil);
    if (!m_heldDigits.empty() && m_position > m_heldUntil)
        releaseHeldDigits();
    analyse(frame, start, power, quiet);
    advance(watermark());
}

void LineMonitor::feedDecoders(std::span<const qint16> frame, bool open)
{
    // Caller ID comes before the call is answered, never over speech: while someone speaks the caller ID receivers
    // rest. Not at once: what sounded like voice for the first seconds may have been a message.
    const bool speech = m_voice.active() && m_position - m_voiceFrom > kSpeechOnly;
    const bool callerId = open && !speech;
    for (auto& decoder : m_decoders) {
        if (callerId)
            decoder->feed(frame);
        else
            decoder->skip(qint64(frame.size()));
    }
    if (m_aon)
        m_aon->feed(frame); // its timing (the code stopped, a new call) needs every sample
    if (open)
        m_dtmf->feed(frame);
    else
        m_dtmf->skip(qint64(frame.size()));
}

void LineMonitor::analyse(std::span<const qint16> frame, qint64 start, double power, bool quiet)
{
    const auto length = qint64(frame.size());
    const qint64 end = start + length;

    if (const auto change = m_ring.feed(quiet ? std::span<const qint16>() : frame, start, length))
        hear({change->started ? Heard::Kind::RingStart : Heard::Kind::RingEnd, change->sample, {}, {}});
    if (m_ring.inBurst())
        m_lastRingFrame = end;

    bool exchangeTone = false;
    bool otherTone = false;
    if (!quiet) {
        m_tones.measure(frame);
        exchangeTone = power >= powerAt(kToneDbfs) && m_tones.share(Exchange) >= 0.5;
        double row = 0;
        double column = 0;
        for (std::size_t i = 0; i < 4; ++i) {
            row = std::max(row, m_tones.share(FirstRow + i));
            column = std::max(column, m_tones.share(FirstColumn + i));
        }
        otherTone = row + column >= 0.6;
    }
    if (m_fsk.feed(quiet ? std::span<const qint16>() : frame, power))
        otherTone = true;

    if (const auto busy = m_busy.feed(exchangeTone, start, length))
        hear({Heard::Kind::Busy, *busy, {}, {}});
    if (exchangeTone) {
        if (!m_toneFrom)
            m_toneFrom = start;
        if (!m_dialToneHeard && end - *m_toneFrom >= samplesOf(m_settings.dialToneMs)) {
            m_dialToneHeard = true;
            hear({Heard::Kind::DialTone, *m_toneFrom, {}, {}});
        }
    } else if (m_toneFrom) {
        if (start - *m_toneFrom >= kToneSign)
            hear({Heard::Kind::ToneEnd, start, {}, {}});
        m_toneFrom.reset();
        m_dialToneHeard = false;
    }

    const bool afterRing = m_lastRingFrame >= 0 && start < m_lastRingFrame + kRingGuard;
    const bool voice = !quiet && !exchangeTone && !otherTone && !afterRing && !m_ring.ringing();
    if (const auto change = m_voice.feed(power, voice, start, length)) {
        hear({change->started ? Heard::Kind::VoiceStart : Heard::Kind::VoiceStop, change->sample, {}, {}});
        if (change->started)
            m_voiceFrom = change->sample;
    }
}

void LineMonitor::onCallerId(const CallerId& decoded)
{
    CallerId id = decoded;
    const bool fsk = id.standard == CallerIdStandard::Bell202 || id.standard == CallerIdStandard::V23;
    if (!m_settings.standard && fsk) {
        // The Bell 202 and V.23 receivers both decode an FSK message: one report is kept, labelled with the
        // standard its tones belong to.
        if (m_lastFsk && sameMessage(*m_lastFsk, decoded))
            return;
        m_lastFsk = decoded;
        const qint64 recentStart = m_position - kRecent;
        const qint64 end = std::clamp(id.endSample, recentStart, m_position);
        const qint64 from = std::max(recentStart, end - kMessageSpan);
        std::vector<qint16> message;
        message.reserve(std::size_t(end - from));
        for (qint64 sample = from; sample < end; ++sample)
            message.push_back(m_recent[std::size_t(sample % kRecent)]);
        id.standard = guessFskStandard(message);
    }
    if (id.standard == CallerIdStandard::Dtmf) {
        m_heldDigits.clear(); // they were the message
        m_messageDigitsUntil = id.endSample + kMessageTail;
    }
    Heard heard{Heard::Kind::CallerId, id.endSample, id, {}};
    hear(heard);
}

void LineMonitor::onDigit(QChar digit, qint64 sample)
{
    const bool dtmfCallerId = !m_settings.standard || *m_settings.standard == CallerIdStandard::Dtmf;
    if (sample <= m_messageDigitsUntil)
        return; // the message's last digit, confirmed here after the decoder had read the message
    const bool opensMessage = digit == u'A' || digit == u'B' || digit == u'D';
    if (dtmfCallerId && (!m_heldDigits.empty() || opensMessage)) {
        m_heldDigits.push_back({Heard::Kind::Digit, sample, {}, digit});
        m_heldUntil = sample + kDigitHold;
        return;
    }
    hear({Heard::Kind::Digit, sample, {}, digit});
}

void LineMonitor::releaseHeldDigits()
{
    for (const auto& digit : m_heldDigits)
        hear(digit);
    m_heldDigits.clear();
}

void LineMonitor::hear(Heard heard)
{
    // After everything heard at the same sample or before: the order in which detectors report is kept for ties.
    const auto at = std::ranges::upper_bound(m_heard, heard.sample, {}, &Heard::sample);
    m_heard.insert(at, std::move(heard));
}

qint64 LineMonitor::watermark() const
{
    qint64 until = m_position;
    for (auto pending : {m_ring.pendingSince(), m_voice.pendingSince(), m_busy.pendingSince()})
        if (pending)
            until = std::min(until, *pending);
    if (m_toneFrom && !m_dialToneHeard)
        until = std::min(until, *m_toneFrom);
    if (!m_heldDigits.empty())
        until = std::min(until, m_heldDigits.front().sample);
    return until;
}

void LineMonitor::advance(qint64 until)
{
    while (!m_heard.empty() && m_heard.front().sample <= until) {
        const Heard heard = std::move(m_heard.front());
        m_heard.pop_front();
        checkTimers(heard.sample);
        handle(heard);
    }
    checkTimers(until);
}

void LineMonitor::checkTimers(qint64 now)
{
    if (m_state == State::Ringing && !m_inBurst && now - m_lastSign >= samplesOf(m_settings.unansweredMs))
        endCall(CallEnd::NotAnswered, m_lastSign);
    else if (m_state == State::Talking && !m_speaking && now - m_lastSign >= samplesOf(m_settings.silenceHangUpMs))
        endCall(CallEnd::Silence, m_lastSign);
}

void LineMonitor::handle(const Heard& heard)
{
    const qint64 at = heard.sample;
    switch (heard.kind) {
    case Heard::Kind::RingStart:
        if (m_state == State::Talking)
            endCall(CallEnd::Silence, m_speaking ? at : m_lastSign); // a new call rings: the last one is over
        if (m_state == State::Idle) {
            startCall(CallDirection::Incoming, at);
            m_state = State::Ringing;
        }
        if (m_state == State::Ringing) {
            // The second burst of a double ring is the same ring.
            if (m_rings == 0 || at - m_lastSign >= samplesOf(m_settings.ringMergeMs)) {
                ++m_rings;
                report(LineEventKind::Ring, at);
            }
            m_inBurst = true;
            m_lastSign = at;
        }
        break;
    case Heard::Kind::RingEnd:
        if (m_state == State::Ringing && m_inBurst) {
            m_inBurst = false;
            m_lastSign = at;
        }
        break;
    case Heard::Kind::VoiceStart:
        if (m_state == State::Idle) {
            startCall(CallDirection::Outgoing, at);
            m_state = State::Talking;
        }
        if (m_state == State::Ringing) {
            if (m_inBurst)
                break; // never a ring as speech
            m_state = State::Talking;
            m_answered = true;
            report(LineEventKind::Answered, at);
        }
        if (m_direction == CallDirection::Outgoing)
            m_answered = true;
        m_speaking = true;
        m_lastSign = at;
        report(LineEventKind::SpeechStarted, at);
        break;
    case Heard::Kind::VoiceStop:
        if (m_speaking) {
            m_speaking = false;
            m_lastSign = at;
            report(LineEventKind::SpeechStopped, at);
        }
        break;
    case Heard::Kind::Busy:
        if (m_state != State::Idle) {
            if (m_speaking) {
                m_speaking = false;
                report(LineEventKind::SpeechStopped, at);
            }
            report(LineEventKind::BusyTone, at);
            endCall(CallEnd::BusyTone, at);
        }
        break;
    case Heard::Kind::DialTone:
        if (m_state == State::Idle) {
            startCall(CallDirection::Outgoing, at);
            m_state = State::Talking;
        }
        break;
    case Heard::Kind::ToneEnd:
        // Dial and ringback tones keep an outgoing call alive until it is answered.
        if (m_state == State::Talking && m_direction == CallDirection::Outgoing && !m_answered)
            m_lastSign = std::max(m_lastSign, at);
        break;
    case Heard::Kind::CallerId: {
        if (m_state == State::Idle) {
            startCall(CallDirection::Incoming, at);
            m_state = State::Ringing;
        }
        m_lastSign = std::max(m_lastSign, at);
        LineEvent event = made(LineEventKind::CallerId, at);
        event.callerId = heard.callerId;
        report(event);
        break;
    }
    case Heard::Kind::Digit: {
        if (m_state == State::Idle) {
            startCall(CallDirection::Outgoing, at);
            m_state = State::Talking;
        }
        if (m_direction == CallDirection::Outgoing && !m_answered)
            m_dialled += heard.digit;
        m_lastSign = std::max(m_lastSign, at);
        LineEvent event = made(LineEventKind::Dtmf, at);
        event.digit = heard.digit;
        report(event);
        break;
    }
    }
}

void LineMonitor::startCall(CallDirection direction, qint64 sample)
{
    m_direction = direction;
    m_callStart = sample;
    m_lastSign = sample;
    m_rings = 0;
    m_inBurst = false;
    m_answered = false;
    m_speaking = false;
    m_dialled.clear();
    report(LineEventKind::CallStarted, sample);
}

void LineMonitor::endCall(CallEnd reason, qint64 sample)
{
    if (m_speaking) {
        m_speaking = false;
        report(LineEventKind::SpeechStopped, sample);
    }
    const bool tooShort = sample - m_callStart < samplesOf(m_settings.minCallMs);
    LineEvent event = made(tooShort ? LineEventKind::CallDiscarded : LineEventKind::CallEnded, sample);
    event.end = reason;
    event.dialled = m_dialled;
    report(event);
    m_state = State::Idle;
    m_inBurst = false;
}

LineEvent LineMonitor::made(LineEventKind kind, qint64 sample) const
{
    LineEvent event;
    event.kind = kind;
    event.sample = sample;
    event.callStart = m_callStart;
    event.direction = m_direction;
    event.ring = m_rings;
    event.answered = m_answered;
    return event;
}

void LineMonitor::report(const LineEvent& event)
{
    if (m_callback)
        m_callback(event);
}

} // namespace zabota::telephony
