// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/telephony/CallerIdDecoder.h"

#include "core/telephony/FskStandardGuess.h"
#include "tests/support/QtPrinting.h"
#include "tests/telephony/LineSignal.h"

#include <catch2/catch.hpp>
#include <stdexcept>
#include <vector>

using zabota::telephony::CallerId;
using zabota::telephony::CallerIdDecoder;
using zabota::telephony::CallerIdStandard;
using zabota::telephony::NumberAbsence;
using zabota::tests::LineSignal;
using zabota::tests::MessageDamage;
using zabota::tests::TestCall;

namespace {

std::vector<CallerId> decode(CallerIdStandard standard, const std::vector<qint16>& signal)
{
    std::vector<CallerId> found;
    CallerIdDecoder decoder(standard, [&found](const CallerId& id) { found.push_back(id); });
    decoder.feed(signal);
    return found;
}

std::vector<qint16> onTheLine(CallerIdStandard standard, const TestCall& call, double dbm0, double snr, unsigned seed)
{
    return LineSignal::withNoise(LineSignal::atLevel(LineSignal::callerId(standard, call), dbm0), snr, seed);
}

std::vector<qint16> onTheLine(CallerIdStandard standard, const TestCall& call, double dbm0, unsigned seed)
{
    return onTheLine(standard, call, dbm0, 20.0, seed);
}

} // namespace

TEST_CASE("caller ID in every standard is decoded from -10 to -40 dBm0 with noise down to 12 dB below it",
          "[telephony]")
{
    const auto standard = GENERATE(CallerIdStandard::Bell202, CallerIdStandard::V23, CallerIdStandard::Dtmf);
    const double dbm0 = GENERATE(-10.0, -20.0, -30.0, -40.0);
    const double snr = GENERATE(20.0, 12.0);
    INFO(zabota::telephony::standardKey(standard).toStdString() << " at " << dbm0 << " dBm0, SNR " << snr);
    TestCall call;
    call.number = "79123456789";
    call.name = standard == CallerIdStandard::Dtmf ? QByteArray() : QByteArray("IVANOVA MARIA");

    const auto found = decode(standard, onTheLine(standard, call, dbm0, snr, 20240501));
    REQUIRE(found.size() == 1);
    CHECK(found[0].standard == standard);
    CHECK(found[0].number == QStringLiteral("79123456789"));
    CHECK(found[0].name == QString::fromLatin1(call.name));
    CHECK_FALSE(found[0].withheld());
    if (standard != CallerIdStandard::Dtmf)
        CHECK(found[0].dateTime == QStringLiteral("11221530"));
}

TEST_CASE("a Bell 202 single data message gives the date, the time and the number", "[telephony]")
{
    TestCall call;
    call.number = "5551234";
    call.dateTime = "01021230";
    call.singleDataMessage = true;
    const auto found = decode(CallerIdStandard::Bell202, onTheLine(CallerIdStandard::Bell202, call, -10.0, 7));
    REQUIRE(found.size() == 1);
    CHECK(found[0].number == QStringLiteral("5551234"));
    CHECK(found[0].dateTime == QStringLiteral("01021230"));
    CHECK(found[0].name.isEmpty());
}

TEST_CASE("a withheld number is reported as withheld, without a number, in every standard", "[telephony]")
{
    const auto standard = GENERATE(CallerIdStandard::Bell202, CallerIdStandard::V23, CallerIdStandard::Dtmf);
    INFO(zabota::telephony::standardKey(standard).toStdString());
    TestCall call;
    call.absence = NumberAbsence::Withheld;
    const auto found = decode(standard, onTheLine(standard, call, -10.0, 11));
    REQUIRE(found.size() == 1);
    CHECK(found[0].withheld());
    CHECK(found[0].number.isEmpty());
}

TEST_CASE("a number unavailable for technical reasons is not reported as withheld", "[telephony]")
{
    const auto standard = GENERATE(CallerIdStandard::Bell202, CallerIdStandard::V23, CallerIdStandard::Dtmf);
    INFO(zabota::telephony::standardKey(standard).toStdString());
    TestCall call;
    call.absence = NumberAbsence::Unavailable;
    const auto found = decode(standard, onTheLine(standard, call, -10.0, 12));
    REQUIRE(found.size() == 1);
    CHECK(found[0].absence == NumberAbsence::Unavailable);
    CHECK_FALSE(found[0].withheld());
}

TEST_CASE("an FSK message whose checksum was damaged gives no caller ID", "[telephony]")
{
    const auto standard = GENERATE(CallerIdStandard::Bell202, CallerIdStandard::V23);
    INFO(zabota::telephony::standardKey(standard).toStdString());
    TestCall call;
    call.number = "79123456789";
    call.name = "IVANOVA MARIA";
    const auto damaged =
        LineSignal::atLevel(LineSignal::callerId(standard, call, {MessageDamage::Kind::Checksum}), -10.0);
    CHECK(decode(standard, damaged).empty());
    // The same message undamaged is decoded: the damage is what silenced it.
    CHECK(decode(standard, LineSignal::atLevel(LineSignal::callerId(standard, call), -10.0)).size() == 1);
}

TEST_CASE("noise and silence give no caller ID", "[telephony]")
{
    const auto standard = GENERATE(CallerIdStandard::Bell202, CallerIdStandard::V23, CallerIdStandard::Dtmf);
    CHECK(decode(standard, LineSignal::noise(5000, -20.0, 99)).empty());
    CHECK(decode(standard, LineSignal::silence(5000)).empty());
}

TEST_CASE("the tones of an FSK message tell Bell 202 from V.23", "[telephony]")
{
    const auto standard = GENERATE(CallerIdStandard::Bell202, CallerIdStandard::V23);
    const double dbm0 = GENERATE(-10.0, -30.0);
    TestCall call;
    call.number = "79123456789";
    CHECK(zabota::telephony::guessFskStandard(onTheLine(standard, call, dbm0, 5)) == standard);
}

TEST_CASE("the message's end is reported in samples from the decoder's start", "[telephony]")
{
    TestCall call;
    call.number = "79123456789";
    auto signal = LineSignal::silence(1000);
    const auto message = LineSignal::atLevel(LineSignal::callerId(CallerIdStandard::V23, call), -10.0);
    signal.insert(signal.end(), message.begin(), message.end());
    const auto found = decode(CallerIdStandard::V23, signal);
    REQUIRE(found.size() == 1);
    CHECK(found[0].endSample > 8000);
    CHECK(found[0].endSample <= qint64(signal.size()));
}

TEST_CASE("АОН is refused: AonDetector decodes it", "[telephony]")
{
    CHECK_THROWS_AS(CallerIdDecoder(CallerIdStandard::Aon, {}), std::invalid_argument);
    CHECK(zabota::telephony::standardKey(CallerIdStandard::Aon) == QStringLiteral("aon"));
    CHECK(zabota::telephony::standardFromKey(QStringLiteral("aon")) == CallerIdStandard::Aon);
}
