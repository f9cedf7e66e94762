// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QtGlobal>

#include <vector>

namespace zabota::tests {

// Speech on the line, for the detectors to ignore: espeak-ng run at test time, resampled to the line's 8 kHz.
class SpeechSignal final {
public:
    static constexpr int kSampleRate = 8000;

    // `text` spoken by espeak-ng's Russian voice, as 16-bit, 8 kHz mono samples; empty when espeak-ng cannot be run or
    // gives no WAV.
    [[nodiscard]] static std::vector<qint16> russianSpeech(const QString& text);
    // 16-bit mono `samples` at `rate` Hz taken to 8 kHz: a windowed-sinc (Blackman) low-pass at 3.5 kHz interpolated at
    // each output instant.
    [[nodiscard]] static std::vector<qint16> resampled(const std::vector<qint16>& samples, int rate);
};

} // namespace zabota::tests
