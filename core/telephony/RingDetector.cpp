// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/telephony/RingDetector.h"

#include <cmath>
#include <numbers>
#include <numeric>

namespace zabota::telephony {

namespace {

constexpr double kCutoffHertz = 200.0;
// Full-scale sine's mean square: the reference of dBFS here.
constexpr double kFullScale = 32768.0 * 32768.0 / 2.0;

qint64 samplesOf(int milliseconds)
{
    return qint64(milliseconds) * RingDetector::kSampleRate / 1000;
}

} // namespace

double RingDetector::Biquad::step(double x)
{
    const double y = b0 * x + z1;
    z1 = b1 * x - a1 * y + z2;
    z2 = b2 * x - a2 * y;
    return y;
}

RingDetector::RingDetector()
    : RingDetector(Settings{})
{}

RingDetector::RingDetector(Settings settings)
    : m_settings(settings)
    , m_minLowPower(kFullScale * std::pow(10.0, settings.minDbfs / 10.0))
{
    // A fourth-order Butterworth low-pass as two biquads (bilinear transform), so that speech at 300 Hz and up is
    // well below the ring's band.
    const double k = std::tan(std::numbers::pi * kCutoffHertz / kSampleRate);
    const std::array<double, 2> q = {0.54119610, 1.3065630};
    for (std::size_t i = 0; i < m_lowPass.size(); ++i) {
        const double norm = 1.0 / (1.0 + k / q[i] + k * k);
        Biquad& filter = m_lowPass[i];
        filter.b0 = k * k * norm;
        filter.b1 = 2.0 * filter.b0;
        filter.b2 = filter.b0;
        filter.a1 = 2.0 * (k * k - 1.0) * norm;
        filter.a2 = (1.0 - k / q[i] + k * k) * norm;
    }
}

std::optional<RingDetector::Change> RingDetector::feed(std::span<const qint16> frame, qint64 start, qint64 length)
{
    double low = 0;
    double total = 0;
    if (frame.empty()) {
        // A quiet frame: the filter's memory would have died away in it.
        for (auto& filter : m_lowPass)
            filter.z1 = filter.z2 = 0;
    } else {
        for (qint16 sample : frame) {
            const double x = sample;
            const double y = m_lowPass[1].step(m_lowPass[0].step(x));
            low += y * y;
            total += x * x;
        }
        low /= double(frame.size());
        total /= double(frame.size());
    }
    m_low[m_slot] = low;
    m_total[m_slot] = total;
    m_slot = (m_slot + 1) % kWindow;
    const double windowLow = std::accumulate(m_low.begin(), m_low.end(), 0.0) / kWindow;
    const double windowTotal = std::accumulate(m_total.begin(), m_total.end(), 0.0) / kWindow;
    const bool ringing = windowLow >= m_minLowPower && windowLow >= m_settings.minShare * windowTotal;
    m_ringing = ringing;

    const qint64 end = start + length;
    if (!m_inBurst) {
        if (!ringing) {
            m_runStart.reset();
            return std::nullopt;
        }
        if (!m_runStart)
            m_runStart = start;
        if (end - *m_runStart < samplesOf(m_settings.minBurstMs))
            return std::nullopt;
        m_inBurst = true;
        const qint64 burstStart = *m_runStart;
        m_runStart.reset();
        m_quietFrom.reset();
        return Change{true, burstStart};
    }
    if (ringing) {
        m_quietFrom.reset();
        return std::nullopt;
    }
    if (!m_quietFrom)
        m_quietFrom = start;
    if (end - *m_quietFrom < samplesOf(m_settings.releaseMs))
        return std::nullopt;
    m_inBurst = false;
    const qint64 burstEnd = *m_quietFrom;
    m_quietFrom.reset();
    return Change{false, burstEnd};
}

std::optional<qint64> RingDetector::pendingSince() const
{
    return m_inBurst ? m_quietFrom : m_runStart;
}

} // namespace zabota::telephony
