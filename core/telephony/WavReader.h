// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QString>

#include <functional>
#include <span>
#include <vector>

namespace zabota::telephony {

// Reads a recording of the phone line (WAV, or anything else libsndfile reads) as 16-bit, 8 kHz mono samples, the
// form the decoders take. Stereo is mixed down to mono; other sample rates are refused, as nothing is resampled.
class WavReader final {
    Q_DECLARE_TR_FUNCTIONS(zabota::telephony::WavReader)

public:
    static constexpr int kSampleRate = 8000;

    [[nodiscard]] static core::Result<std::vector<qint16>> read(const QString& path);
    // The same, a block of at most `blockSamples` at a time handed to `take` as it is read: a day of a line is 1.4 GB
    // of samples, which need not be in memory at once. Fails before the first block if the file cannot be replayed.
    [[nodiscard]] static core::Status stream(const QString& path, qsizetype blockSamples,
                                             const std::function<void(std::span<const qint16>)>& take);
};

} // namespace zabota::telephony
