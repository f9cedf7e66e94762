// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <array>
#include <optional>
#include <span>

namespace zabota::telephony {

// Finds ring bursts in the audio of a tapped line. The adapter passes on the 25 Hz ring voltage as a loud, often
// clipped, low-frequency wave with harmonics, nothing like speech or the exchange's tones: a burst is at least
// `minBurstMs` of audio whose energy lies mostly below 200 Hz, and it ends after `releaseMs` without it. Fed frame by
// frame (any length, usually 10 ms); what it reports is dated by the frames' samples.
class RingDetector final {
public:
    struct Settings {
        double minDbfs = -35.0; // the low band's level (a full-scale sine is 0 dBFS)
        double minShare = 0.6;  // of the power below 200 Hz
        int minBurstMs = 200;
        int releaseMs = 100;
    };
    struct Change {
        bool started = false; // a burst began at `sample`; false: the burst ended at `sample`
        qint64 sample = 0;
    };

    static constexpr int kSampleRate = 8000;

    RingDetector();
    explicit RingDetector(Settings settings);

    // The frame starting at `start`; a frame that is known to be quiet can be given as empty, with its length.
    [[nodiscard]] std::optional<Change> feed(std::span<const qint16> frame, qint64 start, qint64 length);
    // Whether the last frame sounded like ringing (loud, mostly below 200 Hz), burst or not yet.
    [[nodiscard]] bool ringing() const { return m_ringing; }
    [[nodiscard]] bool inBurst() const { return m_inBurst; }
    // The earliest sample a change not yet decided may carry, or nullopt when nothing is pending.
    [[nodiscard]] std::optional<qint64> pendingSince() const;

private:
    struct Biquad {
        double b0 = 0, b1 = 0, b2 = 0, a1 = 0, a2 = 0;
        double z1 = 0, z2 = 0;
        double step(double x);
    };
    static constexpr std::size_t kWindow = 4; // frames over which a 25 Hz wave's power is averaged (40 ms)

    Settings m_settings;
    std::array<Biquad, 2> m_lowPass;
    std::array<double, kWindow> m_low{};
    std::array<double, kWindow> m_total{};
    std::size_t m_slot = 0;
    double m_minLowPower = 0;
    bool m_ringing = false;
    bool m_inBurst = false;
    std::optional<qint64> m_runStart;  // ringing audio since, not yet a burst
    std::optional<qint64> m_quietFrom; // in a burst: no ringing audio since
};

} // namespace zabota::telephony
