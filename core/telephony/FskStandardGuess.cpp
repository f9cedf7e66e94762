// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/telephony/FskStandardGuess.h"

#include <cmath>
#include <numbers>

namespace zabota::telephony {

namespace {

// Goertzel windows of 10 ms: bins 100 Hz apart, as far as the two standards' tones are.
constexpr std::size_t kWindow = 80;

// The power of one frequency, summed over 10 ms windows (Goertzel), at 8 kHz.
double powerAt(std::span<const qint16> samples, double hertz)
{
    const double coefficient = 2.0 * std::cos(2.0 * std::numbers::pi * hertz / 8000.0);
    double total = 0;
    for (std::size_t start = 0; start + kWindow <= samples.size(); start += kWindow) {
        double previous = 0;
        double beforePrevious = 0;
        for (qint16 sample : samples.subspan(start, kWindow)) {
            const double current = sample + coefficient * previous - beforePrevious;
            beforePrevious = previous;
            previous = current;
        }
        total += previous * previous + beforePrevious * beforePrevious - coefficient * previous * beforePrevious;
    }
    return total;
}

} // namespace

CallerIdStandard guessFskStandard(std::span<const qint16> message)
{
    const double bell = powerAt(message, 1200) + powerAt(message, 2200);
    const double v23 = powerAt(message, 1300) + powerAt(message, 2100);
    return bell >= v23 ? CallerIdStandard::Bell202 : CallerIdStandard::V23;
}

} // namespace zabota::telephony
