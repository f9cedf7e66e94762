// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <span>
#include <vector>

namespace zabota::telephony {

// How much of a short frame of 8 kHz audio lies at each of a few frequencies (Goertzel): the exchange's 425 Hz tones,
// the DTMF and FSK tones. A pure tone at one of the frequencies gives a share near 1 there; speech and noise, spread
// over the band, give small shares everywhere. A frame of N samples resolves about 8000/N Hz.
class ToneDetector final {
public:
    explicit ToneDetector(std::vector<double> frequencies, int sampleRate = 8000);

    // Measures the frame; the shares below are of this frame until the next call.
    void measure(std::span<const qint16> frame);
    // The frame's mean square (0 for an empty frame).
    [[nodiscard]] double power() const { return m_power; }
    // The mean square of the frame's component at frequency `index`, as a share of the frame's power.
    [[nodiscard]] double share(std::size_t index) const;
    [[nodiscard]] std::size_t size() const { return m_coefficients.size(); }

private:
    std::vector<double> m_coefficients;
    std::vector<double> m_components;
    double m_power = 0;
};

} // namespace zabota::telephony
