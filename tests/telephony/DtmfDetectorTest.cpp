// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/telephony/DtmfDetector.h"

#include "tests/support/QtPrinting.h"
#include "tests/telephony/LineSignal.h"

#include <catch2/catch.hpp>
#include <vector>

using zabota::telephony::DtmfDetector;
using zabota::tests::LineSignal;

namespace {

std::vector<DtmfDetector::Digit> detect(const std::vector<qint16>& signal)
{
    std::vector<DtmfDetector::Digit> found;
    DtmfDetector detector([&found](const DtmfDetector::Digit& digit) { found.push_back(digit); });
    detector.feed(signal);
    return found;
}

QString digitsOf(const std::vector<DtmfDetector::Digit>& found)
{
    QString digits;
    for (const auto& digit : found)
        digits += digit.digit;
    return digits;
}

} // namespace

TEST_CASE("every DTMF digit is detected at -10 and -30 dBm0 with noise 20 dB below it", "[telephony][dtmf]")
{
    const double dbm0 = GENERATE(-10.0, -30.0);
    INFO(dbm0 << " dBm0");
    const auto signal =
        LineSignal::withNoise(LineSignal::atLevel(LineSignal::dtmf("0123456789*#ABCD"), dbm0), 20.0, unsigned(-dbm0));
    CHECK(digitsOf(detect(signal)) == QStringLiteral("0123456789*#ABCD"));
}

TEST_CASE("each digit comes with the time it was heard, in order", "[telephony][dtmf]")
{
    auto signal = LineSignal::silence(1000);
    const auto tones = LineSignal::atLevel(LineSignal::dtmf("58"), -10.0);
    signal.insert(signal.end(), tones.begin(), tones.end());
    const auto found = detect(signal);
    REQUIRE(found.size() == 2);
    CHECK(found[0].sample > 8000 + 1600); // after the second of silence and the tones' own lead-in
    CHECK(found[0].sample < found[1].sample);
    CHECK(found[1].sample <= qint64(signal.size()));
}

TEST_CASE("noise and silence give no DTMF digits", "[telephony][dtmf]")
{
    const double dbm0 = GENERATE(-10.0, -20.0, -30.0);
    const unsigned seed = GENERATE(1u, 2u, 3u);
    CHECK(detect(LineSignal::noise(10'000, dbm0, seed)).empty());
    CHECK(detect(LineSignal::silence(10'000)).empty());
}
