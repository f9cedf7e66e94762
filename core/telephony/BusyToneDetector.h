// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <optional>

namespace zabota::telephony {

// The busy tone by its cadence: bursts of the exchange's tone (425 Hz in Russia) and gaps, each `minMs` to `maxMs`
// long (Russian exchanges send about 0.35-0.4 s on, 0.35-0.4 s off), for `cycles` cycles. Longer bursts are the dial
// or ringback tone, never busy. Fed frame by frame with whether the frame carries the tone; reported once per run of
// busy tone, dated from its first burst.
class BusyToneDetector final {
public:
    struct Settings {
        int minMs = 250;
        int maxMs = 600;
        int cycles = 2;
    };

    static constexpr int kSampleRate = 8000;

    BusyToneDetector();
    explicit BusyToneDetector(Settings settings);

    // The busy tone's start, in the frame where the cadence is confirmed.
    [[nodiscard]] std::optional<qint64> feed(bool tone, qint64 start, qint64 length);
    // The earliest sample a busy tone not yet confirmed may be dated from, or nullopt.
    [[nodiscard]] std::optional<qint64> pendingSince() const;

private:
    void reset();

    Settings m_settings;
    qint64 m_min = 0;
    qint64 m_max = 0;
    bool m_on = false;
    qint64 m_segmentStart = 0;
    std::optional<qint64> m_first; // the first burst of the cadence being followed
    int m_bursts = 0;              // bursts of the right length so far
    bool m_reported = false;
};

} // namespace zabota::telephony
