// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/telephony/DtmfDetector.h"

#include <algorithm>
#include <new>
#include <spandsp.h>

namespace zabota::telephony {

namespace {

// Samples handed to spandsp at a time: 5 ms, the precision of a digit's time.
constexpr qsizetype kBlock = 40;

} // namespace

void DtmfDetector::StateDeleter::operator()(dtmf_rx_state_s* state) const
{
    dtmf_rx_free(state);
}

DtmfDetector::DtmfDetector(Callback callback)
    : m_callback(std::move(callback))
    , m_state(dtmf_rx_init(nullptr, &DtmfDetector::receiveDigits, this))
{
    if (!m_state)
        throw std::bad_alloc();
}

DtmfDetector::~DtmfDetector() = default;

void DtmfDetector::feed(std::span<const qint16> samples)
{
    while (!samples.empty()) {
        const auto count = std::min<qsizetype>(kBlock, qsizetype(samples.size()));
        m_blockEnd = m_position + count;
        dtmf_rx(m_state.get(), samples.data(), int(count));
        m_position = m_blockEnd;
        samples = samples.subspan(std::size_t(count));
    }
}

void DtmfDetector::receiveDigits(void* self, const char* digits, int length)
{
    auto* detector = static_cast<DtmfDetector*>(self);
    for (int i = 0; i < length; ++i)
        if (detector->m_callback)
            detector->m_callback({QLatin1Char(digits[i]), detector->m_blockEnd});
}

} // namespace zabota::telephony
