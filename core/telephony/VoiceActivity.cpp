// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/telephony/VoiceActivity.h"

#include <cmath>

namespace zabota::telephony {

namespace {

constexpr double kFullScale = 32768.0 * 32768.0 / 2.0;

double powerAt(double dbfs)
{
    return kFullScale * std::pow(10.0, dbfs / 10.0);
}

} // namespace

VoiceActivity::VoiceActivity(Settings settings)
    : m_settings(settings)
    , m_onPower(powerAt(settings.onDbfs))
    , m_offPower(powerAt(settings.offDbfs))
    , m_attack(qint64(settings.attackMs) * kSampleRate / 1000)
    , m_stop(qint64(settings.stopMs) * kSampleRate / 1000)
{}

std::optional<VoiceActivity::Change> VoiceActivity::feed(double power, bool voice, qint64 start, qint64 length)
{
    const qint64 end = start + length;
    if (!m_active) {
        // Voice begins with a frame above the on level and holds while it stays above the off level: the first
        // syllable's consonants are often between the two.
        if (!voice || power < (m_loudFrom ? m_offPower : m_onPower)) {
            m_loudFrom.reset();
            return std::nullopt;
        }
        if (!m_loudFrom)
            m_loudFrom = start;
        if (end - *m_loudFrom < m_attack)
            return std::nullopt;
        m_active = true;
        const qint64 from = *m_loudFrom;
        m_loudFrom.reset();
        m_quietFrom.reset();
        return Change{true, from};
    }
    if (voice && power >= m_offPower) {
        m_quietFrom.reset();
        return std::nullopt;
    }
    if (!m_quietFrom)
        m_quietFrom = start;
    if (end - *m_quietFrom < m_stop)
        return std::nullopt;
    m_active = false;
    const qint64 quiet = *m_quietFrom;
    m_quietFrom.reset();
    return Change{false, quiet};
}

std::optional<VoiceActivity::Change> VoiceActivity::finish(qint64 end)
{
    m_loudFrom.reset();
    if (!m_active)
        return std::nullopt;
    m_active = false;
    const qint64 quiet = m_quietFrom.value_or(end);
    m_quietFrom.reset();
    return Change{false, quiet};
}

std::optional<qint64> VoiceActivity::pendingSince() const
{
    return m_active ? m_quietFrom : m_loudFrom;
}

} // namespace zabota::telephony
