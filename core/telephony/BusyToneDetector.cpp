// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/telephony/BusyToneDetector.h"

namespace zabota::telephony {

BusyToneDetector::BusyToneDetector()
    : BusyToneDetector(Settings{})
{}

BusyToneDetector::BusyToneDetector(Settings settings)
    : m_settings(settings)
    , m_min(qint64(settings.minMs) * kSampleRate / 1000)
    , m_max(qint64(settings.maxMs) * kSampleRate / 1000)
{}

void BusyToneDetector::reset()
{
    m_first.reset();
    m_bursts = 0;
    m_reported = false;
}

std::optional<qint64> BusyToneDetector::feed(bool tone, qint64 start, qint64 length)
{
    const qint64 end = start + length;
    if (tone != m_on) {
        const qint64 lasted = start - m_segmentStart;
        if (m_on) {
            // A burst ended: the right length counts, any other breaks the cadence.
            if (lasted >= m_min && lasted <= m_max) {
                ++m_bursts;
            } else {
                reset();
            }
        } else if (m_first && lasted < m_min) {
            reset(); // a gap too short: not the busy cadence
        }
        m_on = tone;
        m_segmentStart = start;
        if (tone && !m_first)
            m_first = start;
    }
    const qint64 lasted = end - m_segmentStart;
    if (m_first && lasted > m_max) {
        // A burst or gap too long: the tone (if any) is something else; a new cadence may start with the next burst.
        reset();
        if (m_on)
            return std::nullopt;
    }
    if (!m_on && m_first && !m_reported && m_bursts >= m_settings.cycles && lasted >= m_min) {
        m_reported = true;
        return m_first;
    }
    return std::nullopt;
}

std::optional<qint64> BusyToneDetector::pendingSince() const
{
    return m_reported ? std::nullopt : m_first;
}

} // namespace zabota::telephony
