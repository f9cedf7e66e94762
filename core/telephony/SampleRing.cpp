// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/telephony/SampleRing.h"

#include <algorithm>

namespace zabota::telephony {

SampleRing::SampleRing(qsizetype capacity)
    : m_buffer(std::size_t(std::max<qsizetype>(capacity, 1)))
{}

void SampleRing::append(std::span<const qint16> samples)
{
    const auto capacity = qint64(m_buffer.size());
    if (qint64(samples.size()) > capacity) {
        m_end += qint64(samples.size()) - capacity;
        samples = samples.last(std::size_t(capacity));
    }
    for (qint16 sample : samples)
        m_buffer[std::size_t(m_end++ % capacity)] = sample;
}

qint64 SampleRing::begin() const
{
    return std::max<qint64>(0, m_end - qint64(m_buffer.size()));
}

std::vector<qint16> SampleRing::copy(qint64 from, qint64 to) const
{
    from = std::max(from, begin());
    to = std::min(to, m_end);
    std::vector<qint16> out;
    if (to <= from)
        return out;
    out.reserve(std::size_t(to - from));
    const auto capacity = qint64(m_buffer.size());
    for (qint64 i = from; i < to; ++i)
        out.push_back(m_buffer[std::size_t(i % capacity)]);
    return out;
}

} // namespace zabota::telephony
