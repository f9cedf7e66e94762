// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <vector>

namespace zabota::tests {

// Real Russian speech for the tests, spoken by espeak-ng at test time, as line audio: 8 kHz, 16-bit mono.
class SpeechSignal final {
public:
    static constexpr int kSampleRate = 8000;

    // `text` spoken by espeak-ng's Russian voice, resampled from its 22050 Hz to 8 kHz through a low-pass below
    // 4 kHz, with the silence (and anything 30 dB below the loudest) before and after the words cut off. Empty if
    // espeak-ng cannot be run.
    [[nodiscard]] static std::vector<qint16> russianSpeech(const QString& text);
};

} // namespace zabota::tests
