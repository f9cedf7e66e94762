// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/telephony/FskSignalDetector.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace zabota::telephony {

namespace {

// Of the frame's power, this much at least lies in the FSK band...
constexpr double kMinBandShare = 0.65;
// ...and the frames' powers stay within this ratio (2 dB) of each other.
constexpr double kMaxSwing = 1.585;

} // namespace

double FskSignalDetector::Biquad::step(double x)
{
    const double y = b0 * x + z1;
    z1 = b1 * x - a1 * y + z2;
    z2 = b2 * x - a2 * y;
    return y;
}

FskSignalDetector::FskSignalDetector()
{
    // Butterworth sections (Q = 1/√2), bilinear transform.
    const double q = std::numbers::sqrt2 / 2.0;
    {
        const double k = std::tan(std::numbers::pi * 700.0 / kSampleRate);
        const double norm = 1.0 / (1.0 + k / q + k * k);
        Biquad& high = m_band[0];
        high.b0 = norm;
        high.b1 = -2.0 * norm;
        high.b2 = norm;
        high.a1 = 2.0 * (k * k - 1.0) * norm;
        high.a2 = (1.0 - k / q + k * k) * norm;
    }
    {
        const double k = std::tan(std::numbers::pi * 3000.0 / kSampleRate);
        const double norm = 1.0 / (1.0 + k / q + k * k);
        Biquad& low = m_band[1];
        low.b0 = k * k * norm;
        low.b1 = 2.0 * low.b0;
        low.b2 = low.b0;
        low.a1 = 2.0 * (k * k - 1.0) * norm;
        low.a2 = (1.0 - k / q + k * k) * norm;
    }
}

bool FskSignalDetector::feed(std::span<const qint16> frame, double power)
{
    m_powers[m_slot] = power;
    m_slot = (m_slot + 1) % kSteadyFrames;
    if (frame.empty() || power <= 0) {
        for (auto& filter : m_band)
            filter.z1 = filter.z2 = 0;
        return false;
    }
    double band = 0;
    for (qint16 sample : frame) {
        const double y = m_band[1].step(m_band[0].step(double(sample)));
        band += y * y;
    }
    band /= double(frame.size());
    const auto [quietest, loudest] = std::ranges::minmax(m_powers);
    return band >= kMinBandShare * power && loudest <= kMaxSwing * quietest;
}

} // namespace zabota::telephony
