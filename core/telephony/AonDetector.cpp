// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/telephony/AonDetector.h"

#include "core/telephony/AonCode.h"

#include <QString>

#include <algorithm>
#include <cmath>
#include <numbers>
#include <utility>

namespace zabota::telephony {

namespace {

constexpr int kTones = int(aon::kFrequencies.size());
constexpr int kRequest = kTones; // the 500 Hz filter comes after the code's six

constexpr int kMinRunWindows = 4;     // 25 ms of steady tones: 4 windows of 10 ms, 5 ms apart
constexpr int kMaxMissedWindows = 2;  // windows inside a symbol that may show nothing (noise) without splitting it
constexpr qint64 kMaxGap = 120;       // samples from one symbol's last window to the next one's first: 15 ms
constexpr qint64 kMaxDigitSpan = 480; // 60 ms: a digit heard longer is no code (two equal symbols are never sent)
constexpr qint64 kMaxStartSpan = 800; // 100 ms: the «Начало» closing one packet may run into the next one's
constexpr qint64 kCodeOver = aon::kSampleRate / 5; // 200 ms without code: the repeats are over
constexpr qint64 kCallOver = aon::kSampleRate;     // a second without code: the next code is another call

constexpr double kMaxTwist = 6.31;      // 8 dB at most between the two tones
constexpr double kMinSeparation = 10.0; // 10 dB at least from the weaker tone down to the strongest of the others
constexpr double kMinShare = 0.6;       // of the window's power, the request's aside, in the two tones

// Each tone's mean square at least that of a sine at −52 dBm0: 9 dB below the tones of a code at −40 dBm0.
const double kFloor = std::pow(aon::sineAmplitude(-52.0), 2) / 2.0;

// 2·cos(2πf/fs) for the six code frequencies, then 500 Hz.
const std::array<double, kTones + 1> kCoefficients = [] {
    std::array<double, kTones + 1> coefficients{};
    for (int i = 0; i <= kTones; ++i) {
        const int frequency = i < kTones ? aon::kFrequencies[std::size_t(i)] : aon::kRequestFrequency;
        coefficients[std::size_t(i)] = 2.0 * std::cos(2.0 * std::numbers::pi * frequency / aon::kSampleRate);
    }
    return coefficients;
}();

} // namespace

AonDetector::AonDetector(Callback callback)
    : m_callback(std::move(callback))
{
    static_assert(
        [] {
            // Whole cycles of every frequency in a window: no filter hears the others, the request's included.
            for (const int frequency : aon::kFrequencies)
                if (frequency * kWindow % aon::kSampleRate != 0)
                    return false;
            return aon::kRequestFrequency * kWindow % aon::kSampleRate == 0;
        }(),
        "the window must hold whole cycles of the code's and the request's frequencies");
}

void AonDetector::feed(std::span<const qint16> samples)
{
    while (!samples.empty()) {
        const auto count = std::min(samples.size(), std::size_t(kWindow - m_filled));
        std::copy_n(samples.begin(), count, m_window.begin() + m_filled);
        m_filled += int(count);
        m_position += qint64(count);
        samples = samples.subspan(count);
        if (m_filled == kWindow) {
            analyseWindow();
            std::copy(m_window.begin() + kHop, m_window.end(), m_window.begin());
            m_filled = kWindow - kHop;
        }
    }
}

// The window ends at m_position.
void AonDetector::analyseWindow()
{
    const char symbol = classify();
    if (symbol != '\0' && m_run.windows > 0 && symbol == m_run.symbol) {
        m_run.end = m_position;
        ++m_run.windows;
        m_run.missed = 0;
    } else {
        if (m_run.windows > 0 && (symbol != '\0' || ++m_run.missed > kMaxMissedWindows))
            closeRun();
        if (symbol != '\0')
            m_run = {symbol, m_position - kWindow, m_position, 1, 0};
    }
    if (m_lastEnd < 0 || m_run.windows > 0)
        return;

    // Every window that could start a symbol right after the last one has been seen, and none did: the code stopped.
    const qint64 quiet = m_position - m_lastEnd;
    if (m_inPacket && quiet > kMaxGap + kWindow)
        closePacket();
    if (m_undecided && quiet > kCodeOver)
        decide(true);
    if (quiet > kCallOver && (m_reported || !m_packets.empty())) {
        m_packets.clear();
        m_undecided = false;
        m_reported = false;
    }
}

// The symbol the window shows, or '\0'.
char AonDetector::classify() const
{
    std::array<double, kTones + 1> s1{};
    std::array<double, kTones + 1> s2{};
    double energy = 0;
    for (const qint16 sample : m_window) {
        const double x = sample;
        energy += x * x;
        for (std::size_t i = 0; i < s1.size(); ++i) {
            const double s = x + kCoefficients[i] * s1[i] - s2[i];
            s2[i] = s1[i];
            s1[i] = s;
        }
    }
    // Each filter's share of the window's mean square: 2·|X(f)|²/N².
    std::array<double, kTones + 1> power{};
    for (std::size_t i = 0; i < power.size(); ++i)
        power[i] =
            2.0 * (s1[i] * s1[i] + s2[i] * s2[i] - kCoefficients[i] * s1[i] * s2[i]) / (double(kWindow) * kWindow);
    energy /= kWindow;

    std::array<int, kTones> order = {0, 1, 2, 3, 4, 5};
    std::partial_sort(order.begin(), order.begin() + 3, order.end(),
                      [&power](int a, int b) { return power[std::size_t(a)] > power[std::size_t(b)]; });
    const double first = power[std::size_t(order[0])];
    const double second = power[std::size_t(order[1])];
    const double third = power[std::size_t(order[2])];
    if (second < kFloor || first > kMaxTwist * second || third * kMinSeparation > second)
        return '\0';
    if (first + second < kMinShare * (energy - power[kRequest]))
        return '\0'; // speech or noise with two louder bins, not two tones
    return aon::symbolOf(std::min(order[0], order[1]), std::max(order[0], order[1]));
}

void AonDetector::closeRun()
{
    const Run run = std::exchange(m_run, {});
    if (run.windows >= kMinRunWindows)
        takeSymbol(run.symbol, run.start, run.end);
}

void AonDetector::takeSymbol(char symbol, qint64 start, qint64 end)
{
    const bool follows = m_lastEnd >= 0 && start - m_lastEnd <= kMaxGap;
    if (follows && symbol == m_lastSymbol) {
        m_lastEnd = end; // one symbol heard in two pieces: a window in between showed another one
    } else {
        if (!follows || symbol == aon::kStart)
            closePacket();
        if (symbol == aon::kStart) {
            m_inPacket = true;
            m_packet.clear();
        } else if (m_inPacket) {
            m_packet.append(symbol);
        }
        m_lastSymbol = symbol;
        m_lastStart = start;
        m_lastEnd = end;
    }
    // Longer than a symbol, or more symbols than a packet has: no code, or a damaged packet.
    const qint64 longest = symbol == aon::kStart ? kMaxStartSpan : kMaxDigitSpan;
    if (m_lastEnd - m_lastStart > longest || m_packet.size() > 1 + aon::kNumberDigits)
        m_inPacket = false;
}

void AonDetector::closePacket()
{
    if (!std::exchange(m_inPacket, false))
        return;
    const QByteArray sent = aon::readPacket(m_packet);
    if (sent.isEmpty() || m_reported)
        return;
    m_packets.push_back(sent);
    m_undecided = true;
    decide(false);
}

// While the code goes on, each position needs two votes or more and more than all the others together; once it is
// over, two or more and more than any other.
void AonDetector::decide(bool codeOver)
{
    if (codeOver)
        m_undecided = false;
    if (m_packets.size() < 2)
        return;
    QByteArray sent = m_packets.front();
    for (qsizetype i = 0; i < sent.size(); ++i) {
        std::array<int, 10> votes{};
        for (const auto& packet : m_packets)
            ++votes[std::size_t(packet[i] - '0')];
        const auto best = std::ranges::max_element(votes);
        const int most = *best;
        *best = 0;
        const int against = codeOver ? *std::ranges::max_element(votes) : int(m_packets.size()) - most;
        if (most < 2 || against >= most)
            return;
        sent[i] = char('0' + (best - votes.begin()));
    }
    report(sent);
}

void AonDetector::report(const QByteArray& sent)
{
    m_reported = true;
    m_undecided = false;
    CallerId id;
    id.standard = CallerIdStandard::Aon;
    id.category = QString(QLatin1Char(sent.front()));
    id.number = QString::fromLatin1(sent.mid(1));
    id.endSample = m_position;
    if (m_callback)
        m_callback(id);
}

} // namespace zabota::telephony
