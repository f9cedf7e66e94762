// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QString>

#include <vector>

namespace zabota::telephony {

// Reads a recording of the phone line (WAV, or anything else libsndfile reads) as 16-bit, 8 kHz mono samples, the
// form the decoders take. Stereo is mixed down to mono; other sample rates are refused, as nothing is resampled.
class WavReader final {
    Q_DECLARE_TR_FUNCTIONS(zabota::telephony::WavReader)

public:
    static constexpr int kSampleRate = 8000;

    [[nodiscard]] static core::Result<std::vector<qint16>> read(const QString& path);
};

} // namespace zabota::telephony
