// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/telephony/LineMonitor.h"

#include "tests/support/QtPrinting.h"
#include "tests/telephony/LineSignal.h"
#include "tests/telephony/SpeechSignal.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <numeric>
#include <vector>

using zabota::telephony::CallDirection;
using zabota::telephony::CallEnd;
using zabota::telephony::CallerIdStandard;
using zabota::telephony::LineEvent;
using zabota::telephony::LineEventKind;
using zabota::telephony::LineMonitor;
using zabota::telephony::LineMonitorSettings;
using zabota::tests::LineSignal;
using zabota::tests::MessageDamage;
using zabota::tests::SpeechSignal;
using zabota::tests::TestCall;

namespace {

constexpr double kRate = LineSignal::kSampleRate;
// Where a time matters, the monitor must place it within 100 ms.
constexpr double kWithin = 0.1;

// A recorded line being put together, piece by piece; it remembers where each piece began.
class Line {
public:
    double add(const std::vector<qint16>& piece)
    {
        const double at = now();
        m_audio.insert(m_audio.end(), piece.begin(), piece.end());
        return at;
    }
    double pause(int milliseconds) { return add(LineSignal::silence(milliseconds)); }
    // Silence up to `seconds` from the start.
    void padTo(double seconds) { m_audio.resize(std::max(m_audio.size(), std::size_t(seconds * kRate)), 0); }
    [[nodiscard]] double now() const { return double(m_audio.size()) / kRate; }
    [[nodiscard]] const std::vector<qint16>& audio() const { return m_audio; }

private:
    std::vector<qint16> m_audio;
};

std::vector<LineEvent> monitor(const std::vector<qint16>& audio, std::size_t block = 160,
                               LineMonitorSettings settings = {})
{
    std::vector<LineEvent> events;
    LineMonitor line(settings, [&events](const LineEvent& event) { events.push_back(event); });
    std::span<const qint16> rest(audio);
    while (!rest.empty()) {
        const auto size = std::min(block, rest.size());
        line.feed(rest.first(size));
        rest = rest.subspan(size);
    }
    line.finish();
    return events;
}

double seconds(qint64 sample)
{
    return double(sample) / kRate;
}

std::vector<LineEvent> ofKind(const std::vector<LineEvent>& events, LineEventKind kind)
{
    std::vector<LineEvent> found;
    std::ranges::copy_if(events, std::back_inserter(found), [kind](const LineEvent& e) { return e.kind == kind; });
    return found;
}

QStringList kinds(const std::vector<LineEvent>& events)
{
    QStringList keys;
    for (const auto& event : events)
        keys << zabota::telephony::eventKey(event.kind);
    return keys;
}

bool inOrder(const std::vector<LineEvent>& events)
{
    return std::ranges::is_sorted(events, {}, &LineEvent::sample);
}

std::vector<qint16> speech(const QString& text, double dbm0 = -18.0)
{
    auto audio = SpeechSignal::russianSpeech(text);
    REQUIRE_FALSE(audio.empty());
    return LineSignal::atLevel(std::move(audio), dbm0);
}

std::vector<qint16> callerId(CallerIdStandard standard, const char* number, double dbm0 = -15.0)
{
    TestCall call;
    call.number = number;
    return LineSignal::atLevel(LineSignal::callerId(standard, call), dbm0);
}

// The events of one whole incoming call: two rings with the Bell 202 caller ID between them, picked up, three turns
// of speech, and the far end hanging up (busy tone). Returns the line and the times to expect.
struct WholeCall {
    Line line;
    double firstRing = 0;
    double secondRing = 0;
    double answer = 0;
    std::vector<double> turns;
    double busy = 0;
};

WholeCall wholeCall()
{
    WholeCall call;
    call.line.pause(1000);
    call.firstRing = call.line.add(LineSignal::ringBurst(1000));
    call.line.pause(500);
    call.line.add(callerId(CallerIdStandard::Bell202, "79123456789"));
    call.line.padTo(call.firstRing + 5.0);
    call.secondRing = call.line.add(LineSignal::ringBurst(1000));
    call.line.pause(1500);
    call.answer = call.line.add(speech(QStringLiteral("Алло, центр помощи семье, слушаю вас.")));
    call.turns.push_back(call.answer);
    call.line.pause(2500);
    call.turns.push_back(call.line.add(speech(QStringLiteral("Здравствуйте. У нас дома нет света третий день."))));
    call.line.pause(2500);
    call.turns.push_back(call.line.add(speech(QStringLiteral("Хорошо, записываю ваш адрес."))));
    call.line.pause(1000);
    call.busy = call.line.add(LineSignal::exchangeTone(6, 350, 350));
    call.line.pause(3000);
    return call;
}

} // namespace

TEST_CASE("a whole incoming call gives its rings, caller ID, answer, speech and busy tone in order",
          "[telephony][line]")
{
    const WholeCall call = wholeCall();
    const auto events = monitor(call.line.audio());
    INFO(kinds(events).join(u' ').toStdString());
    REQUIRE(inOrder(events));

    const QStringList expected = {QStringLiteral("call-start"), QStringLiteral("ring"),
                                  QStringLiteral("caller-id"),  QStringLiteral("ring"),
                                  QStringLiteral("answer"),     QStringLiteral("speech-start")};
    REQUIRE(kinds(events).mid(0, expected.size()) == expected);
    CHECK(seconds(events[0].sample) == Approx(call.firstRing).margin(kWithin));
    CHECK(events[0].direction == CallDirection::Incoming);
    CHECK(events[1].ring == 1);
    CHECK(events[2].callerId.number == QStringLiteral("79123456789"));
    CHECK(events[2].callerId.standard == CallerIdStandard::Bell202);
    CHECK(events[3].ring == 2);
    CHECK(seconds(events[3].sample) == Approx(call.secondRing).margin(kWithin));
    CHECK(seconds(events[4].sample) == Approx(call.answer).margin(kWithin));

    const auto starts = ofKind(events, LineEventKind::SpeechStarted);
    REQUIRE(starts.size() == call.turns.size());
    for (std::size_t i = 0; i < starts.size(); ++i)
        CHECK(seconds(starts[i].sample) == Approx(call.turns[i]).margin(kWithin));
    CHECK(ofKind(events, LineEventKind::SpeechStopped).size() == call.turns.size());

    REQUIRE(events.size() >= 2);
    const LineEvent& busy = events[events.size() - 2];
    const LineEvent& end = events.back();
    CHECK(busy.kind == LineEventKind::BusyTone);
    CHECK(seconds(busy.sample) == Approx(call.busy).margin(kWithin));
    CHECK(end.kind == LineEventKind::CallEnded);
    CHECK(end.end == CallEnd::BusyTone);
    CHECK(end.answered);
    CHECK(seconds(end.sample) == Approx(call.busy).margin(kWithin));
    for (const auto& event : events)
        CHECK(event.callStart == events[0].sample);
    CHECK(ofKind(events, LineEventKind::Dtmf).empty());
}

TEST_CASE("caller ID sent before the first ring starts the call and belongs to it", "[telephony][line]")
{
    const auto standard = GENERATE(CallerIdStandard::V23, CallerIdStandard::Dtmf);
    INFO(zabota::telephony::standardKey(standard).toStdString());
    Line line;
    line.pause(1000);
    line.add(callerId(standard, "74951234567"));
    line.pause(500);
    const double ring = line.add(LineSignal::rings(2, {1000, 4000}));
    const double answer = line.add(speech(QStringLiteral("Алло, я вас слушаю.")));
    line.pause(12'000);

    const auto events = monitor(line.audio());
    INFO(kinds(events).join(u' ').toStdString());
    REQUIRE(inOrder(events));
    const QStringList expected = {QStringLiteral("call-start"),  QStringLiteral("caller-id"),
                                  QStringLiteral("ring"),        QStringLiteral("ring"),
                                  QStringLiteral("answer"),      QStringLiteral("speech-start"),
                                  QStringLiteral("speech-stop"), QStringLiteral("call-end")};
    REQUIRE(kinds(events) == expected);
    CHECK(events[0].sample == events[1].sample);
    CHECK(events[1].callerId.number == QStringLiteral("74951234567"));
    CHECK(events[1].callerId.standard == standard);
    CHECK(seconds(events[2].sample) == Approx(ring).margin(kWithin));
    CHECK(seconds(events[4].sample) == Approx(answer).margin(kWithin));
    CHECK(events[7].end == CallEnd::Silence);
    for (const auto& event : events)
        CHECK(event.callStart == events[0].sample);
}

TEST_CASE("three rings and then nothing is a call not answered", "[telephony][line]")
{
    Line line;
    line.pause(500);
    const double first = line.add(LineSignal::ringBurst(1000));
    line.pause(4000);
    line.add(LineSignal::ringBurst(1000));
    line.pause(4000);
    line.add(LineSignal::ringBurst(1000));
    const double lastRingEnd = line.now();
    line.pause(15'000);

    const auto events = monitor(line.audio());
    INFO(kinds(events).join(u' ').toStdString());
    REQUIRE(kinds(events) == QStringList({QStringLiteral("call-start"), QStringLiteral("ring"), QStringLiteral("ring"),
                                          QStringLiteral("ring"), QStringLiteral("call-end")}));
    CHECK(seconds(events[0].sample) == Approx(first).margin(kWithin));
    CHECK(events[3].ring == 3);
    CHECK(events[4].end == CallEnd::NotAnswered);
    CHECK_FALSE(events[4].answered);
    CHECK(seconds(events[4].sample) == Approx(lastRingEnd).margin(kWithin));
}

TEST_CASE("rings are counted in the 2/4 s and double-ring cadences too", "[telephony][line]")
{
    const auto cadence =
        GENERATE(std::vector<int>{1000, 4000}, std::vector<int>{2000, 4000}, std::vector<int>{400, 200, 400, 2000});
    INFO(cadence.size() << " parts, " << cadence[0] << " ms first");
    Line line;
    line.pause(300);
    line.add(LineSignal::rings(4, cadence));
    line.pause(10'000);
    const auto events = monitor(line.audio());
    INFO(kinds(events).join(u' ').toStdString());
    const auto rings = ofKind(events, LineEventKind::Ring);
    REQUIRE(rings.size() == 4);
    for (std::size_t i = 0; i < rings.size(); ++i)
        CHECK(rings[i].ring == int(i) + 1);
    const int period = std::accumulate(cadence.begin(), cadence.end(), 0);
    CHECK(seconds(rings[3].sample - rings[0].sample) == Approx(3 * period / 1000.0).margin(kWithin));
    CHECK(events.back().end == CallEnd::NotAnswered);
}

TEST_CASE("an answered call with no speech for the hang-up delay ends where the speech stopped", "[telephony][line]")
{
    Line line;
    line.pause(500);
    line.add(LineSignal::rings(1, {1000, 2000}));
    line.add(speech(QStringLiteral("Да, слушаю. Говорите, пожалуйста.")));
    const double quiet = line.now();
    line.pause(9000);
    line.add(LineSignal::noise(300, -70.0, 5)); // the line's own hiss stays below the VOX
    line.pause(3000);

    const auto events = monitor(line.audio());
    INFO(kinds(events).join(u' ').toStdString());
    REQUIRE(inOrder(events));
    REQUIRE(events.back().kind == LineEventKind::CallEnded);
    CHECK(events.back().end == CallEnd::Silence);
    CHECK(events.back().answered);
    CHECK(seconds(events.back().sample) == Approx(quiet).margin(kWithin));
    const auto stops = ofKind(events, LineEventKind::SpeechStopped);
    REQUIRE(stops.size() == 1);
    CHECK(seconds(stops[0].sample) == Approx(quiet).margin(kWithin));
}

TEST_CASE("an outgoing call gives the dial tone's start, the digits dialled and the busy tone", "[telephony][line]")
{
    Line line;
    line.pause(700);
    const double offHook = line.add(LineSignal::dialTone(1500));
    line.add(LineSignal::atLevel(LineSignal::dtmf("84951234567"), -8.0));
    line.pause(1500);
    line.add(LineSignal::exchangeTone(2, 1000, 4000)); // ringback
    const double answer = line.add(speech(QStringLiteral("Приёмная, добрый день.")));
    line.pause(800);
    line.add(speech(QStringLiteral("Добрый день, соедините меня с директором.")));
    line.pause(600);
    const double busy = line.add(LineSignal::exchangeTone(4, 400, 400));

    const auto events = monitor(line.audio());
    INFO(kinds(events).join(u' ').toStdString());
    REQUIRE(inOrder(events));
    REQUIRE(events.size() > 2);
    CHECK(events[0].kind == LineEventKind::CallStarted);
    CHECK(events[0].direction == CallDirection::Outgoing);
    CHECK(seconds(events[0].sample) == Approx(offHook).margin(kWithin));
    QString digits;
    for (const auto& digit : ofKind(events, LineEventKind::Dtmf))
        digits += digit.digit;
    CHECK(digits == QStringLiteral("84951234567"));
    const auto starts = ofKind(events, LineEventKind::SpeechStarted);
    REQUIRE_FALSE(starts.empty());
    CHECK(seconds(starts[0].sample) == Approx(answer).margin(kWithin));
    CHECK(ofKind(events, LineEventKind::Ring).empty());
    CHECK(ofKind(events, LineEventKind::Answered).empty());
    const LineEvent& end = events.back();
    REQUIRE(end.kind == LineEventKind::CallEnded);
    CHECK(end.end == CallEnd::BusyTone);
    CHECK(end.direction == CallDirection::Outgoing);
    CHECK(end.dialled == QStringLiteral("84951234567"));
    CHECK(seconds(end.sample) == Approx(busy).margin(kWithin));
    CHECK(ofKind(events, LineEventKind::CallStarted).size() == 1);
}

TEST_CASE("a noise blip of a second is discarded, not kept as a call", "[telephony][line]")
{
    Line line;
    line.pause(2000);
    line.add(LineSignal::noise(1000, -25.0, 77));
    line.pause(15'000);
    const auto events = monitor(line.audio());
    INFO(kinds(events).join(u' ').toStdString());
    REQUIRE_FALSE(events.empty());
    CHECK(events.front().kind == LineEventKind::CallStarted);
    CHECK(events.back().kind == LineEventKind::CallDiscarded);
    CHECK(ofKind(events, LineEventKind::CallEnded).empty());
    CHECK(ofKind(events, LineEventKind::CallStarted).size() == 1);
}

TEST_CASE("two calls back to back are two calls", "[telephony][line]")
{
    const WholeCall first = wholeCall();
    Line line = first.line;
    line.add(callerId(CallerIdStandard::V23, "79001112233"));
    line.pause(300);
    const double secondRing = line.add(LineSignal::rings(1, {1000, 1500}));
    line.add(speech(QStringLiteral("Алло, слушаю.")));
    line.pause(12'000);

    const auto events = monitor(line.audio());
    INFO(kinds(events).join(u' ').toStdString());
    REQUIRE(inOrder(events));
    const auto starts = ofKind(events, LineEventKind::CallStarted);
    const auto ends = ofKind(events, LineEventKind::CallEnded);
    REQUIRE(starts.size() == 2);
    REQUIRE(ends.size() == 2);
    CHECK(ends[0].end == CallEnd::BusyTone);
    CHECK(ends[1].end == CallEnd::Silence);
    CHECK(ends[0].sample < starts[1].sample);
    CHECK(ends[1].callStart == starts[1].sample);
    const auto ids = ofKind(events, LineEventKind::CallerId);
    REQUIRE(ids.size() == 2);
    CHECK(ids[1].callerId.number == QStringLiteral("79001112233"));
    CHECK(ids[1].callStart == starts[1].sample);
    const auto rings = ofKind(events, LineEventKind::Ring);
    REQUIRE(rings.size() == 3);
    CHECK(rings[2].ring == 1);
    CHECK(seconds(rings[2].sample) == Approx(secondRing).margin(kWithin));
}

TEST_CASE("caller ID is heard from -10 to -40 dBm0 and with noise down to 12 dB below it", "[telephony][line]")
{
    const auto standard = GENERATE(CallerIdStandard::Bell202, CallerIdStandard::V23, CallerIdStandard::Dtmf);
    const double dbm0 = GENERATE(-10.0, -25.0, -40.0);
    const double snr = GENERATE(99.0, 20.0, 12.0);
    INFO(zabota::telephony::standardKey(standard).toStdString() << " at " << dbm0 << " dBm0, SNR " << snr);
    TestCall call;
    call.number = "79123456789";
    auto message = LineSignal::atLevel(LineSignal::callerId(standard, call), dbm0);
    if (snr < 90)
        message = LineSignal::withNoise(std::move(message), snr, unsigned(-dbm0 * snr));
    Line line;
    line.pause(500);
    line.add(message);
    line.pause(1000);
    line.add(LineSignal::rings(1, {1000, 1000}));

    const auto ids = ofKind(monitor(line.audio()), LineEventKind::CallerId);
    REQUIRE(ids.size() == 1);
    CHECK(ids[0].callerId.number == QStringLiteral("79123456789"));
    CHECK(ids[0].callerId.standard == standard);
}

TEST_CASE("caller ID is heard after a short and after a long channel seizure", "[telephony][line]")
{
    const auto standard = GENERATE(CallerIdStandard::Bell202, CallerIdStandard::V23);
    const auto preamble = GENERATE(std::pair{0, 80}, std::pair{30, 60}, std::pair{600, 180});
    INFO(zabota::telephony::standardKey(standard).toStdString()
         << " seizure " << preamble.first << " marks " << preamble.second);
    TestCall call;
    call.number = "79123456789";
    call.seizureBits = preamble.first;
    call.markBits = preamble.second;
    Line line;
    line.pause(500);
    line.add(LineSignal::atLevel(LineSignal::callerId(standard, call), -20.0));
    line.pause(500);
    const auto ids = ofKind(monitor(line.audio()), LineEventKind::CallerId);
    REQUIRE(ids.size() == 1);
    CHECK(ids[0].callerId.number == QStringLiteral("79123456789"));
}

TEST_CASE("an FSK caller ID with a bad checksum gives no caller ID and no call", "[telephony][line]")
{
    const auto standard = GENERATE(CallerIdStandard::Bell202, CallerIdStandard::V23);
    TestCall call;
    call.number = "79123456789";
    call.name = "IVANOVA MARIA";
    Line line;
    line.pause(500);
    line.add(LineSignal::atLevel(LineSignal::callerId(standard, call, {MessageDamage::Kind::Checksum}), -15.0));
    line.pause(3000);
    const auto events = monitor(line.audio());
    INFO(kinds(events).join(u' ').toStdString());
    CHECK(ofKind(events, LineEventKind::CallerId).empty());
    CHECK(ofKind(events, LineEventKind::CallStarted).empty());
}

TEST_CASE("Russian speech gives no DTMF digit, no caller ID and no ring", "[telephony][line]")
{
    const double dbm0 = GENERATE(-8.0, -20.0, -32.0);
    INFO(dbm0 << " dBm0");
    Line line;
    line.pause(500);
    line.add(speech(QStringLiteral("Добрый день. Меня зовут Мария Ивановна, я мама троих детей. "
                                   "Нам нужна помощь с оформлением пособия и путёвкой в лагерь. "
                                   "Позвоните мне, пожалуйста, завтра утром или в четверг после обеда. "
                                   "Спасибо большое, до свидания."),
                    dbm0));
    line.pause(3000);
    const auto events = monitor(line.audio());
    INFO(kinds(events).join(u' ').toStdString());
    CHECK(ofKind(events, LineEventKind::Dtmf).empty());
    CHECK(ofKind(events, LineEventKind::CallerId).empty());
    CHECK(ofKind(events, LineEventKind::Ring).empty());
    CHECK_FALSE(ofKind(events, LineEventKind::SpeechStarted).empty());
}

TEST_CASE("speech between rings is never counted as a ring", "[telephony][line]")
{
    Line line;
    line.pause(500);
    line.add(LineSignal::ringBurst(1000));
    line.pause(1000);
    line.add(speech(QStringLiteral("Ууу, ну что же это такое, опять звонят. Уже иду, иду, минуточку."), -10.0));
    line.pause(12'000);
    const auto events = monitor(line.audio());
    INFO(kinds(events).join(u' ').toStdString());
    const auto rings = ofKind(events, LineEventKind::Ring);
    REQUIRE(rings.size() == 1);
    CHECK(ofKind(events, LineEventKind::Answered).size() == 1);
}

TEST_CASE("blocks of 1, 37 and 160 samples give the same events", "[telephony][line]")
{
    const WholeCall call = wholeCall();
    const auto reference = monitor(call.line.audio(), 160);
    REQUIRE(reference.size() > 8);
    const std::size_t block = GENERATE(1u, 37u);
    const auto events = monitor(call.line.audio(), block);
    REQUIRE(events.size() == reference.size());
    for (std::size_t i = 0; i < events.size(); ++i) {
        INFO("event " << i);
        CHECK(events[i].kind == reference[i].kind);
        CHECK(events[i].sample == reference[i].sample);
        CHECK(events[i].callStart == reference[i].callStart);
        CHECK(events[i].ring == reference[i].ring);
        CHECK(events[i].callerId == reference[i].callerId);
    }
}

TEST_CASE("the monitor says whether a call is open and where it is in the audio", "[telephony][line]")
{
    LineMonitor line({}, {});
    CHECK_FALSE(line.inCall());
    const auto rings = LineSignal::rings(1, {1000, 500});
    line.feed(rings);
    CHECK(line.position() == qint64(rings.size()));
    CHECK(line.inCall());
    line.feed(LineSignal::silence(9000));
    CHECK_FALSE(line.inCall());
}
