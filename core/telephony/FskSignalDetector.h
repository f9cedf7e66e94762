// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <array>
#include <span>

namespace zabota::telephony {

// Whether a frame of 8 kHz audio sounds like FSK caller ID (Bell 202 or V.23), so that the message is not taken for
// speech. FSK hops between two tones at constant amplitude: nearly all of its power lies between 0.7 and 3 kHz and
// stays steady from frame to frame, where speech has most of its power lower and rises and falls.
class FskSignalDetector final {
public:
    static constexpr int kSampleRate = 8000;

    FskSignalDetector();

    // The next frame, whose mean square is `power`; an empty frame is quiet. True if it sounds like FSK.
    bool feed(std::span<const qint16> frame, double power);

private:
    struct Biquad {
        double b0 = 0, b1 = 0, b2 = 0, a1 = 0, a2 = 0;
        double z1 = 0, z2 = 0;
        double step(double x);
    };
    static constexpr std::size_t kSteadyFrames = 3;

    std::array<Biquad, 2> m_band; // high-pass at 700 Hz, low-pass at 3 kHz
    std::array<double, kSteadyFrames> m_powers{};
    std::size_t m_slot = 0;
};

} // namespace zabota::telephony
