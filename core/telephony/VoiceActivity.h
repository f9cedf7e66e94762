// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <optional>

namespace zabota::telephony {

// VOX: whether someone speaks on the line, from the level of its frames, with hysteresis. Voice starts after a frame
// above `onDbfs` followed by `attackMs` above `offDbfs` (a click does not start it) and is dated from that frame; it
// stops when the level stays below `offDbfs` for `stopMs`, dated from where it went quiet. Frames the caller knows are
// not voice (ring, the exchange's tones, caller ID) count as quiet.
class VoiceActivity final {
public:
    struct Settings {
        double onDbfs = -40.0; // a full-scale sine is 0 dBFS
        double offDbfs = -46.0;
        int stopMs = 1500;
        int attackMs = 40;
    };
    struct Change {
        bool started = false; // voice began at `sample`; false: it stopped at `sample`
        qint64 sample = 0;
    };

    static constexpr int kSampleRate = 8000;

    explicit VoiceActivity(Settings settings);

    // One frame from `start`, `length` samples long, of mean square `power`; `voice` false when it is known not to be.
    [[nodiscard]] std::optional<Change> feed(double power, bool voice, qint64 start, qint64 length);
    // End of input at `end`: voice still on stops, where it went quiet or else at `end`.
    [[nodiscard]] std::optional<Change> finish(qint64 end);
    [[nodiscard]] bool active() const { return m_active; }
    // The earliest sample a change not yet decided may carry, or nullopt when nothing is pending.
    [[nodiscard]] std::optional<qint64> pendingSince() const;

private:
    Settings m_settings;
    double m_onPower = 0;
    double m_offPower = 0;
    qint64 m_attack = 0;
    qint64 m_stop = 0;
    bool m_active = false;
    std::optional<qint64> m_loudFrom;  // not active: loud since
    std::optional<qint64> m_quietFrom; // active: quiet since
};

} // namespace zabota::telephony
