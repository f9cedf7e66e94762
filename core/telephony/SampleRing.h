// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <span>
#include <vector>

namespace zabota::telephony {

// The last `capacity` samples of a line, addressed by their number since the line was opened. A call is known to have
// started only once its first signs were heard; its recording begins from here, at the sample where the call began.
class SampleRing final {
public:
    explicit SampleRing(qsizetype capacity);

    void append(std::span<const qint16> samples);
    // The number of the next sample to come, i.e. how many were appended in all.
    [[nodiscard]] qint64 end() const { return m_end; }
    // The first sample still held.
    [[nodiscard]] qint64 begin() const;
    // The samples [from, to) that are still held, in order; `from` before begin() is moved up to it.
    [[nodiscard]] std::vector<qint16> copy(qint64 from, qint64 to) const;

private:
    std::vector<qint16> m_buffer;
    qint64 m_end = 0;
};

} // namespace zabota::telephony
