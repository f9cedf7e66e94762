// SPDX-License-Identifier: GPL-3.0-or-later
// The console's FSK caller ID receiver (FskReceiver and FskMessageAssembler) beside spandsp's ADSI receiver, which
// decoded Bell 202 and V.23 before it, on the same signals made with spandsp's transmitter.
// spandsp's receiver state is opened here only to give it the level cutoff the console gave it.
#define SPANDSP_EXPOSE_INTERNAL_STRUCTURES
#include "core/telephony/FskReceiver.h"

#include "core/telephony/CallerIdDecoder.h"
#include "core/telephony/FskMessageAssembler.h"
#include "tests/support/QtPrinting.h"
#include "tests/telephony/LineSignal.h"
#include "tests/telephony/SpeechSignal.h"

#include <QByteArray>

#include <catch2/catch.hpp>
#include <cmath>
#include <numbers>
#include <random>
#include <spandsp.h>
#include <vector>

using zabota::telephony::CallerId;
using zabota::telephony::CallerIdDecoder;
using zabota::telephony::CallerIdStandard;
using zabota::telephony::FskMessageAssembler;
using zabota::telephony::FskReceiver;
using zabota::telephony::NumberAbsence;
using zabota::tests::LineSignal;
using zabota::tests::MessageDamage;
using zabota::tests::SpeechSignal;
using zabota::tests::TestCall;

namespace {

constexpr int kRate = LineSignal::kSampleRate;

// A message as a receiver handed it on: type, length and body, without the checksum.
struct Heard {
    QByteArray message;
    qint64 end = 0; // the sample at which it was complete
};

FskReceiver::Modulation modulationOf(CallerIdStandard standard)
{
    return standard == CallerIdStandard::Bell202 ? FskReceiver::Modulation::Bell202 : FskReceiver::Modulation::V23;
}

std::vector<Heard> ours(CallerIdStandard standard, const std::vector<qint16>& signal, std::size_t block = 160)
{
    std::vector<Heard> heard;
    FskMessageAssembler messages;
    FskReceiver receiver(modulationOf(standard), [&](const FskReceiver::Character& character) {
        const auto message = messages.add(character);
        if (!message.empty())
            heard.push_back({QByteArray(reinterpret_cast<const char*>(message.data()), qsizetype(message.size())),
                             character.endSample});
    });
    for (std::size_t at = 0; at < signal.size(); at += block)
        receiver.feed(std::span<const qint16>(signal).subspan(at, std::min(block, signal.size() - at)));
    return heard;
}

// spandsp's ADSI receiver as the console used it: blocks of 40 samples, heard down to -46 dBm0.
std::vector<Heard> spandsps(CallerIdStandard standard, const std::vector<qint16>& signal)
{
    struct Taken {
        std::vector<Heard> heard;
        qint64 blockEnd = 0;
    } taken;
    const auto put = [](void* user, const std::uint8_t* message, int length) {
        auto* into = static_cast<Taken*>(user);
        into->heard.push_back({QByteArray(reinterpret_cast<const char*>(message), length), into->blockEnd});
    };
    adsi_rx_state_t* receiver = adsi_rx_init(
        nullptr, standard == CallerIdStandard::Bell202 ? ADSI_STANDARD_CLASS : ADSI_STANDARD_CLIP, put, &taken);
    fsk_rx_signal_cutoff(&receiver->fskrx, -46.0F);
    for (std::size_t at = 0; at < signal.size(); at += 40) {
        const auto count = std::min<std::size_t>(40, signal.size() - at);
        taken.blockEnd = qint64(at + count);
        adsi_rx(receiver, signal.data() + at, int(count));
    }
    adsi_rx_free(receiver);
    return taken.heard;
}

std::vector<CallerId> decode(CallerIdStandard standard, const std::vector<qint16>& signal)
{
    std::vector<CallerId> found;
    CallerIdDecoder decoder(standard, [&found](const CallerId& id) { found.push_back(id); });
    decoder.feed(signal);
    return found;
}

// The message as sent, without its checksum: what a receiver must hand on.
QByteArray sent(CallerIdStandard standard, const TestCall& call)
{
    return LineSignal::fskMessage(standard, call).chopped(1);
}

// The signal as a receiver whose clock runs `ratio` times the sender's would sample it: windowed sinc interpolation.
std::vector<qint16> resampled(const std::vector<qint16>& signal, double ratio)
{
    constexpr int kTaps = 16;
    std::vector<qint16> out;
    const auto length = std::size_t(double(signal.size()) / ratio);
    out.reserve(length);
    for (std::size_t n = 0; n < length; ++n) {
        const double at = double(n) * ratio;
        const auto centre = qint64(std::floor(at));
        double sum = 0;
        for (qint64 k = centre - kTaps + 1; k <= centre + kTaps; ++k) {
            if (k < 0 || k >= qint64(signal.size()))
                continue;
            const double x = at - double(k);
            const double sinc = x == 0 ? 1.0 : std::sin(std::numbers::pi * x) / (std::numbers::pi * x);
            const double window = 0.5 + 0.5 * std::cos(std::numbers::pi * x / kTaps);
            sum += signal[std::size_t(k)] * sinc * window;
        }
        out.push_back(qint16(std::clamp(std::lround(sum), -32768L, 32767L)));
    }
    return out;
}

QByteArray randomDigits(std::mt19937& random, int count)
{
    QByteArray digits;
    for (int i = 0; i < count; ++i)
        digits += char('0' + random() % 10);
    return digits;
}

// Up to 15 characters: spandsp's transmitter doubles a field length of 16 (0x10, DLE), which no receiver reads back.
QByteArray randomName(std::mt19937& random)
{
    static const char kLetters[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ ";
    QByteArray name;
    const int length = int(random() % 16);
    for (int i = 0; i < length; ++i)
        name += kLetters[random() % (sizeof(kLetters) - 1)];
    return name.trimmed();
}

} // namespace

TEST_CASE("every caller ID message spandsp's receiver decodes is decoded too, the same, from -10 to -42 dBm0 with "
          "noise down to 10 dB below it",
          "[telephony][fsk]")
{
    const auto standard = GENERATE(CallerIdStandard::Bell202, CallerIdStandard::V23);
    INFO(zabota::telephony::standardKey(standard).toStdString());
    std::mt19937 random(standard == CallerIdStandard::Bell202 ? 202 : 23);
    std::uniform_real_distribution<double> levels(-42.0, -10.0);
    std::uniform_real_distribution<double> snrs(10.0, 30.0);
    int theirsDecoded = 0;
    int oursDecoded = 0;
    constexpr int kMessages = 200;
    for (int i = 0; i < kMessages; ++i) {
        TestCall call;
        call.number = randomDigits(random, 7 + int(random() % 9));
        call.name = randomName(random);
        call.dateTime = randomDigits(random, 8);
        if (random() % 8 == 0) {
            call.number.clear();
            call.absence = random() % 2 == 0 ? NumberAbsence::Withheld : NumberAbsence::Unavailable;
        }
        call.singleDataMessage = standard == CallerIdStandard::Bell202 && random() % 4 == 0;
        const double level = levels(random);
        const double snr = snrs(random);
        INFO("message " << i << ": " << call.number.toStdString() << " '" << call.name.toStdString() << "' at " << level
                        << " dBm0, SNR " << snr << " dB");
        const auto signal =
            LineSignal::withNoise(LineSignal::atLevel(LineSignal::callerId(standard, call), level), snr, unsigned(i));

        const auto theirs = spandsps(standard, signal);
        const auto mine = ours(standard, signal);
        // Never a message that was not sent, and never two.
        REQUIRE(mine.size() <= 1);
        if (!mine.empty()) {
            CHECK(mine[0].message == sent(standard, call));
            ++oursDecoded;
        }
        for (const Heard& message : theirs) {
            if (message.message != sent(standard, call))
                continue; // spandsp's own mistake, if ever
            ++theirsDecoded;
            REQUIRE(mine.size() == 1);
            CHECK(mine[0].message == message.message);
            // spandsp knows the end to its 40-sample block, after its filters' delay.
            CHECK(std::abs(mine[0].end - message.end) <= 80);
        }
        // The decoder built on it reads what was sent.
        const auto ids = decode(standard, signal);
        REQUIRE(ids.size() == mine.size());
        if (!ids.empty()) {
            CHECK(ids[0].number == QString::fromLatin1(call.number));
            CHECK(ids[0].absence == call.absence);
            CHECK(ids[0].dateTime == QString::fromLatin1(call.dateTime));
            CHECK(ids[0].name == (call.singleDataMessage ? QString() : QString::fromLatin1(call.name)));
        }
    }
    INFO("spandsp decoded " << theirsDecoded << ", the console " << oursDecoded << " of " << kMessages);
    CHECK(oursDecoded >= theirsDecoded);
    CHECK(oursDecoded >= kMessages * 97 / 100);
}

TEST_CASE("a message's end is reported within a millisecond of its last stop bit", "[telephony][fsk]")
{
    const auto standard = GENERATE(CallerIdStandard::Bell202, CallerIdStandard::V23);
    INFO(zabota::telephony::standardKey(standard).toStdString());
    TestCall call;
    call.number = "79123456789";
    call.name = "IVANOVA MARIA";
    const auto mine = ours(standard, LineSignal::atLevel(LineSignal::callerId(standard, call), -20.0));
    REQUIRE(mine.size() == 1);
    // 200 ms of silence, 300 bits of channel seizure and 80 of marks (spandsp's defaults), then the message.
    const double bits = 300 + 80 + 10.0 * double(LineSignal::fskMessage(standard, call).size());
    const double end = 0.2 * kRate + bits * kRate / 1200.0;
    CHECK(double(mine[0].end) == Approx(end).margin(8));
}

TEST_CASE("an FSK message with a bit flipped or a byte lost gives nothing", "[telephony][fsk]")
{
    const auto standard = GENERATE(CallerIdStandard::Bell202, CallerIdStandard::V23);
    const auto kind = GENERATE(MessageDamage::Kind::FlippedBit, MessageDamage::Kind::LostByte);
    TestCall call;
    call.number = "79123456789";
    call.name = "IVANOVA MARIA";
    const auto length = int(LineSignal::fskMessage(standard, call).size());
    for (int byte = 0; byte < length; ++byte) {
        for (int bit = 0; bit < (kind == MessageDamage::Kind::FlippedBit ? 8 : 1); ++bit) {
            INFO(zabota::telephony::standardKey(standard).toStdString()
                 << (kind == MessageDamage::Kind::FlippedBit ? " bit " : " lost byte ") << bit << " of byte " << byte);
            const auto signal = LineSignal::withNoise(
                LineSignal::atLevel(LineSignal::callerId(standard, call, {kind, byte, bit}), -20.0), 30.0,
                unsigned(byte * 8 + bit));
            CHECK(ours(standard, signal).empty());
            CHECK(decode(standard, signal).empty());
        }
    }
}

TEST_CASE("caller ID is decoded when the sender's clock is 1 or 2 % fast or slow", "[telephony][fsk]")
{
    const auto standard = GENERATE(CallerIdStandard::Bell202, CallerIdStandard::V23);
    const double ratio = GENERATE(0.98, 0.99, 1.01, 1.02);
    const double dbm0 = GENERATE(-10.0, -30.0);
    INFO(zabota::telephony::standardKey(standard).toStdString()
         << ", clock ratio " << ratio << ", " << dbm0 << " dBm0");
    TestCall call;
    call.number = "79123456789";
    call.name = "IVANOVA MARIA";
    const auto signal = LineSignal::withNoise(
        resampled(LineSignal::atLevel(LineSignal::callerId(standard, call), dbm0), ratio), 12.0, 1);
    const auto mine = ours(standard, signal);
    REQUIRE(mine.size() == 1);
    CHECK(mine[0].message == sent(standard, call));
}

TEST_CASE("minutes of noise give no FSK caller ID message", "[telephony][fsk]")
{
    const auto standard = GENERATE(CallerIdStandard::Bell202, CallerIdStandard::V23);
    const double dbm0 = GENERATE(-15.0, -30.0, -45.0);
    INFO(zabota::telephony::standardKey(standard).toStdString() << " at " << dbm0 << " dBm0");
    const auto noise = LineSignal::noise(3 * 60 * 1000, dbm0, unsigned(-dbm0));
    CHECK(ours(standard, noise, 800).empty());
    CHECK(decode(standard, noise).empty());
}

TEST_CASE("minutes of Russian speech give no FSK caller ID message", "[telephony][fsk]")
{
    auto words = SpeechSignal::russianSpeech(QStringLiteral(
        "Добрый день. Меня зовут Мария Ивановна, я мама троих детей. Нам нужна помощь с оформлением пособия и "
        "путёвкой в лагерь. Старший сын ходит в седьмой класс, средней дочери пять лет, младшему год и два месяца. "
        "Муж работает вахтой на севере, приезжает раз в два месяца. Позвоните мне, пожалуйста, завтра утром или в "
        "четверг после обеда. Мой телефон восемь, девятьсот двенадцать, триста сорок пять, шестьдесят семь, "
        "восемьдесят девять. Спасибо большое, до свидания."));
    REQUIRE_FALSE(words.empty());
    // The same words at every level a line carries, one after another.
    std::vector<qint16> speech;
    for (double dbm0 : {-6.0, -12.0, -18.0, -24.0, -30.0, -36.0}) {
        const auto loud = LineSignal::atLevel(words, dbm0);
        speech.insert(speech.end(), loud.begin(), loud.end());
    }
    REQUIRE(speech.size() >= std::size_t(60 * kRate));
    const auto standard = GENERATE(CallerIdStandard::Bell202, CallerIdStandard::V23);
    INFO(zabota::telephony::standardKey(standard).toStdString());
    CHECK(ours(standard, speech).empty());
    CHECK(decode(standard, speech).empty());
}

TEST_CASE("blocks of any size give the same characters at the same samples", "[telephony][fsk]")
{
    const auto standard = GENERATE(CallerIdStandard::Bell202, CallerIdStandard::V23);
    TestCall call;
    call.number = "79123456789";
    call.name = "IVANOVA MARIA";
    const auto signal =
        LineSignal::withNoise(LineSignal::atLevel(LineSignal::callerId(standard, call), -30.0), 15.0, 3);
    const auto characters = [&](std::size_t block) {
        std::vector<FskReceiver::Character> heard;
        FskReceiver receiver(modulationOf(standard),
                             [&heard](const FskReceiver::Character& character) { heard.push_back(character); });
        for (std::size_t at = 0; at < signal.size(); at += block)
            receiver.feed(std::span<const qint16>(signal).subspan(at, std::min(block, signal.size() - at)));
        CHECK(receiver.position() == qint64(signal.size()));
        return heard;
    };
    const auto reference = characters(80);
    REQUIRE(reference.size() > 30);
    const std::size_t block = GENERATE(1u, 37u, 160u, 1000u);
    const auto heard = characters(block);
    REQUIRE(heard.size() == reference.size());
    for (std::size_t i = 0; i < heard.size(); ++i) {
        INFO("character " << i);
        CHECK(heard[i].value == reference[i].value);
        CHECK(heard[i].framed == reference[i].framed);
        CHECK(heard[i].afterMarks == reference[i].afterMarks);
        CHECK(heard[i].endSample == reference[i].endSample);
    }
}

TEST_CASE("after skipped audio the receiver hears the next message and counts its end from the start",
          "[telephony][fsk]")
{
    const auto standard = GENERATE(CallerIdStandard::Bell202, CallerIdStandard::V23);
    TestCall call;
    call.number = "79123456789";
    const auto message = LineSignal::atLevel(LineSignal::callerId(standard, call), -20.0);
    std::vector<Heard> heard;
    FskMessageAssembler messages;
    FskReceiver receiver(modulationOf(standard), [&](const FskReceiver::Character& character) {
        const auto complete = messages.add(character);
        if (!complete.empty())
            heard.push_back({QByteArray(reinterpret_cast<const char*>(complete.data()), qsizetype(complete.size())),
                             character.endSample});
    });
    // Half a message, then a skip that cuts it off, then a whole one.
    receiver.feed(std::span<const qint16>(message).first(message.size() / 2));
    receiver.skip(12345);
    receiver.feed(message);
    REQUIRE(heard.size() == 1);
    CHECK(heard[0].message == sent(standard, call));
    CHECK(receiver.position() == qint64(message.size() / 2 + 12345 + message.size()));
    const auto alone = ours(standard, message);
    REQUIRE(alone.size() == 1);
    CHECK(heard[0].end == qint64(message.size() / 2 + 12345) + alone[0].end);
}
