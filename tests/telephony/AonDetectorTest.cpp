// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/telephony/AonDetector.h"

#include "core/telephony/AonGenerator.h"
#include "tests/support/QtPrinting.h"
#include "tests/telephony/LineSignal.h"
#include "tests/telephony/SpeechSignal.h"

#include <catch2/catch.hpp>
#include <cmath>
#include <numbers>
#include <span>
#include <vector>

using zabota::telephony::AonDetector;
using zabota::telephony::AonGenerator;
using zabota::telephony::AonLineOptions;
using zabota::telephony::CallerId;
using zabota::telephony::CallerIdStandard;
using zabota::tests::LineSignal;
using zabota::tests::SpeechSignal;
using zabota::tests::TestCall;

namespace {

std::vector<CallerId> detect(const std::vector<qint16>& signal, std::size_t block = 160)
{
    std::vector<CallerId> found;
    AonDetector detector([&found](const CallerId& id) { found.push_back(id); });
    const std::span<const qint16> all(signal);
    for (std::size_t at = 0; at < all.size(); at += block)
        detector.feed(all.subspan(at, std::min(block, all.size() - at)));
    CHECK(detector.position() == qint64(signal.size()));
    return found;
}

// The one report of `signal`, or an empty number when there is not exactly one.
QString numberOf(const std::vector<qint16>& signal)
{
    const auto found = detect(signal);
    return found.size() == 1 ? found[0].number : QString();
}

std::vector<qint16> joined(std::initializer_list<std::vector<qint16>> parts)
{
    std::vector<qint16> out;
    for (const auto& part : parts)
        out.insert(out.end(), part.begin(), part.end());
    return out;
}

} // namespace

TEST_CASE("every digit comes through as a digit of the number and as the category", "[telephony][aon]")
{
    const char digit = GENERATE('0', '1', '2', '3', '4', '5', '6', '7', '8', '9');
    // The digit first, in the middle and last, among others.
    const QByteArray seven = QByteArray(1, digit) + "80" + QByteArray(1, digit) + "31" + QByteArray(1, digit);
    INFO("number " << seven.constData() << ", category " << digit);
    const auto found = detect(AonGenerator::answer(seven, digit, 4));
    REQUIRE(found.size() == 1);
    CHECK(found[0].standard == CallerIdStandard::Aon);
    CHECK(found[0].number == QString::fromLatin1(seven));
    CHECK(found[0].category == QString(QLatin1Char(digit)));
    CHECK(found[0].name.isEmpty());
    CHECK_FALSE(found[0].withheld());
}

TEST_CASE("equal digits in a row are sent with «Повтор» and read back", "[telephony][aon]")
{
    // Category first, then the number from its last digit; a symbol equal to the one before goes as «Повтор» (R).
    CHECK(AonGenerator::packet("5551234", '1') == "S143215R5");
    CHECK(AonGenerator::packet("1111111", '1') == "S1R1R1R1R");
    CHECK(AonGenerator::packet("2000004", '4') == "S4R0R0R02");

    const auto [number, category] = GENERATE(table<const char*, char>(
        {{"5551234", '1'}, {"1111111", '1'}, {"2000004", '4'}, {"9988776", '6'}, {"3332111", '2'}}));
    INFO(number << " of category " << category);
    const auto found = detect(AonGenerator::answer(number, category, 4));
    REQUIRE(found.size() == 1);
    CHECK(found[0].number == QString::fromLatin1(number));
    CHECK(found[0].category == QString(QLatin1Char(category)));
}

TEST_CASE("the code is read at -10, -20, -30 and -40 dBm0", "[telephony][aon]")
{
    const double dbm0 = GENERATE(-10.0, -20.0, -30.0, -40.0);
    INFO(dbm0 << " dBm0");
    CHECK(numberOf(LineSignal::atLevel(AonGenerator::answer("4951234", '1', 4), dbm0)) == QStringLiteral("4951234"));
}

TEST_CASE("the code is read with noise 20, 15 and 12 dB below it", "[telephony][aon]")
{
    const double snr = GENERATE(20.0, 15.0, 12.0);
    const double dbm0 = GENERATE(-10.0, -30.0);
    const unsigned seed = GENERATE(1u, 2u, 3u);
    INFO(dbm0 << " dBm0, SNR " << snr << " dB, seed " << seed);
    const auto signal =
        LineSignal::withNoise(LineSignal::atLevel(AonGenerator::answer("8126543", '1', 4), dbm0), snr, seed);
    CHECK(numberOf(signal) == QStringLiteral("8126543"));
}

TEST_CASE("the code is read while the 500 Hz request goes on under it, as loud as it or 10 dB louder",
          "[telephony][aon]")
{
    const double requestDb = GENERATE(0.0, 10.0);
    const int overlapMs = GENERATE(-1, 150); // the whole code, or its first packet or so
    INFO("request " << requestDb << " dB, overlap " << overlapMs << " ms");
    AonLineOptions options;
    options.levelDbm0 = -25.0; // the request at -15 dBm0 at most: no clipping
    options.requestDb = requestDb;
    options.requestOverlapMs = overlapMs;
    CHECK(numberOf(AonGenerator::answer("3217654", '2', 4, options)) == QStringLiteral("3217654"));
    // With noise too, 15 dB below the line (code and request).
    CHECK(numberOf(LineSignal::withNoise(AonGenerator::answer("3217654", '2', 4, options), 15.0, 7)) ==
          QStringLiteral("3217654"));
}

TEST_CASE("a packet damaged by a wrong symbol is outvoted by the other three", "[telephony][aon]")
{
    const QByteArray good = AonGenerator::packet("7654321", '2'); // S21234567: the category, then 1 2 3 4 5 6 7
    const int damaged = GENERATE(0, 1, 2, 3);
    const int position = GENERATE(1, 2, 5, 8);
    INFO("packet " << damaged << ", symbol " << position);
    QByteArray symbols;
    for (int i = 0; i < 4; ++i) {
        QByteArray packet = good;
        if (i == damaged)
            packet[position] = '9'; // a digit the packet does not have, so that no neighbour equals it
        symbols += packet;
    }
    symbols += 'S';
    const auto found = detect(LineSignal::atLevel(AonGenerator::code(symbols), -20.0));
    REQUIRE(found.size() == 1);
    CHECK(found[0].number == QStringLiteral("7654321"));
    CHECK(found[0].category == QStringLiteral("2"));
}

TEST_CASE("a damaged packet gives nothing alone, nor against a single good one", "[telephony][aon]")
{
    const QByteArray good = AonGenerator::packet("7654321", '2');
    QByteArray wrongDigit = good;
    wrongDigit[4] = '9';
    QByteArray lostSymbol = good;
    lostSymbol.remove(4, 1);
    const QByteArray damaged = GENERATE_COPY(wrongDigit, lostSymbol);
    INFO(damaged.constData());

    CHECK(detect(AonGenerator::code(damaged + 'S')).empty());
    CHECK(detect(AonGenerator::code(damaged + good + 'S')).empty());
    CHECK(detect(AonGenerator::code(good + damaged + 'S')).empty());
    // Two good packets are enough; the damage is what silenced the others.
    CHECK(detect(AonGenerator::code(good + good + 'S')).size() == 1);
}

TEST_CASE("a packet that never reads as a category and 7 digits gives nothing however often it comes",
          "[telephony][aon]")
{
    const QByteArray symbols = GENERATE(QByteArray("S1765432"),   // a digit short
                                        QByteArray("S123456789"), // a digit too many
                                        QByteArray("SR1234567"),  // «Повтор» with nothing before it
                                        QByteArray("S1123S4567"));
    INFO(symbols.constData());
    CHECK(detect(AonGenerator::code(symbols.repeated(6) + 'S')).empty());
}

TEST_CASE("a single packet is not enough to report", "[telephony][aon]")
{
    CHECK(detect(AonGenerator::answer("7654321", '1', 1)).empty());
    CHECK(detect(AonGenerator::answer("7654321", '1', 2)).size() == 1);
}

TEST_CASE("one report per call however many packets, decided after the second", "[telephony][aon]")
{
    AonLineOptions options;
    options.silenceMs = 1000;
    const auto signal = AonGenerator::answer("4951234", '1', 8, options);
    const auto found = detect(signal);
    REQUIRE(found.size() == 1);
    const qint64 codeStart = 8000;
    const qint64 packet = 9 * 320;
    CHECK(found[0].endSample > codeStart + 2 * packet);
    CHECK(found[0].endSample < codeStart + 4 * packet);
}

TEST_CASE("two calls one after the other give two reports", "[telephony][aon]")
{
    const QByteArray second = GENERATE(QByteArray("2345678"), QByteArray("4951234"));
    const auto first = LineSignal::atLevel(AonGenerator::answer("4951234", '1', 4), -20.0);
    const auto next = LineSignal::atLevel(AonGenerator::answer(second, '3', 4), -20.0);
    const auto signal = joined({first, LineSignal::silence(2000), next});
    const auto found = detect(signal);
    REQUIRE(found.size() == 2);
    CHECK(found[0].number == QStringLiteral("4951234"));
    CHECK(found[0].category == QStringLiteral("1"));
    CHECK(found[0].endSample <= qint64(first.size()));
    CHECK(found[1].number == QString::fromLatin1(second));
    CHECK(found[1].category == QStringLiteral("3"));
    CHECK(found[1].endSample > qint64(first.size()) + 16'000);
}

TEST_CASE("blocks of 1, 37 and 160 samples give the same reports", "[telephony][aon]")
{
    AonLineOptions options;
    options.levelDbm0 = -25.0;
    options.requestDb = 10.0;
    const auto signal =
        LineSignal::withNoise(joined({AonGenerator::answer("5551234", '1', 4, options), LineSignal::silence(1500),
                                      AonGenerator::answer("9012345", '7', 5, options)}),
                              15.0, 3);
    const auto reference = detect(signal, 160);
    REQUIRE(reference.size() == 2);
    CHECK(reference[0].number == QStringLiteral("5551234"));
    CHECK(reference[1].number == QStringLiteral("9012345"));
    const std::size_t block = GENERATE(1u, 37u, 4096u);
    INFO("blocks of " << block);
    CHECK(detect(signal, block) == reference);
}

TEST_CASE("DTMF digits and FSK caller ID give no АОН", "[telephony][aon]")
{
    const double dbm0 = GENERATE(-10.0, -30.0);
    INFO(dbm0 << " dBm0");
    CHECK(detect(LineSignal::atLevel(LineSignal::dtmf("0123456789*#ABCD"), dbm0)).empty());
    // DTMF 3, 9 and # sit close to the АОН pairs of 7 and 8.
    CHECK(detect(LineSignal::atLevel(LineSignal::dtmf("39#39#39#39#39#39#"), dbm0)).empty());
    TestCall call;
    call.number = "79123456789";
    call.name = "IVANOVA MARIA";
    for (auto standard : {CallerIdStandard::Bell202, CallerIdStandard::V23, CallerIdStandard::Dtmf})
        CHECK(detect(LineSignal::atLevel(LineSignal::callerId(standard, call), dbm0)).empty());
}

TEST_CASE("Russian speech gives no АОН", "[telephony][aon]")
{
    const auto speech = SpeechSignal::russianSpeech(
        QStringLiteral("Здравствуйте, вы позвонили в семейную диспетчерскую. Оставайтесь на линии, специалист скоро "
                       "ответит вам. Расскажите, пожалуйста, что у вас случилось и чем мы можем помочь вашей семье."));
    INFO("espeak-ng must be installed");
    REQUIRE(speech.size() > std::size_t(3 * SpeechSignal::kSampleRate));
    const double dbm0 = GENERATE(-10.0, -25.0);
    INFO(dbm0 << " dBm0");
    CHECK(detect(LineSignal::atLevel(speech, dbm0)).empty());
    CHECK(detect(LineSignal::withNoise(LineSignal::atLevel(speech, dbm0), 20.0, 5)).empty());
}

TEST_CASE("noise, silence and the request alone give no АОН", "[telephony][aon]")
{
    const unsigned seed = GENERATE(1u, 2u, 3u);
    CHECK(detect(LineSignal::noise(10'000, -20.0, seed)).empty());
    CHECK(detect(LineSignal::silence(5000)).empty());
    AonLineOptions options;
    options.requestDb = 0.0;
    options.requestLeadMs = 3000;
    CHECK(detect(AonGenerator::code({}, options)).empty());
}
