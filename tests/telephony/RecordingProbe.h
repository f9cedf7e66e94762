// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <cmath>
#include <numbers>
#include <vector>

namespace zabota::tests {

// The tone zabota_recording_probe records and the recorder tests write: two tones in the speech band at about
// -10 dBFS, so that the Opus encoder has something to code and a sample read back can be compared with the one
// written. Sample `i` is the same in every process.
struct ProbeTone {
    static constexpr int kSampleRate = 8000;
    static constexpr int kBlock = 160; // 20 ms, what a line adapter hands over at a time

    [[nodiscard]] static qint16 at(qint64 i)
    {
        const double t = double(i) / kSampleRate;
        return qint16(std::lround(5000.0 * std::sin(2 * std::numbers::pi * 440.0 * t) +
                                  3000.0 * std::sin(2 * std::numbers::pi * 1230.0 * t)));
    }

    // Samples [first, first + count).
    [[nodiscard]] static std::vector<qint16> samples(qint64 first, qint64 count)
    {
        std::vector<qint16> result(static_cast<std::size_t>(count));
        for (qint64 i = 0; i < count; ++i)
            result[std::size_t(i)] = at(first + i);
        return result;
    }
};

} // namespace zabota::tests
