// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QChar>
#include <QtGlobal>

#include <array>
#include <functional>
#include <memory>
#include <optional>
#include <span>

struct dtmf_rx_state_s;

namespace zabota::telephony {

// Detects DTMF digits (0-9, *, #, A-D) in 16-bit, 8 kHz mono line audio with spandsp's DTMF receiver, held to the
// limits of the common hardware receivers (Mitel MT8870): a tone within 1.5% of its frequencies is accepted and one
// 3.5% off is not, the low group may be up to 8 dB louder than the high group (normal twist) or 4 dB softer (reverse
// twist), and a tone of 40 ms is enough while one of 20 ms is not. spandsp finds the digit; its duration and
// frequencies are then measured here, as spandsp alone lets through tones too short or too far off. Each digit is
// reported once, when it is confirmed, with the sample at which that happened. The callback runs inside feed().
class DtmfDetector final {
public:
    struct Digit {
        QChar digit;
        qint64 sample = 0; // counted from the detector's start
    };
    using Callback = std::function<void(const Digit&)>;

    explicit DtmfDetector(Callback callback);
    ~DtmfDetector();
    DtmfDetector(const DtmfDetector&) = delete;
    DtmfDetector& operator=(const DtmfDetector&) = delete;

    void feed(std::span<const qint16> samples);
    // Moves on over `samples` samples not worth listening to (the line is quiet); a digit being measured is dropped.
    void skip(qint64 samples);
    [[nodiscard]] qint64 position() const { return m_position; }

private:
    struct StateDeleter {
        void operator()(dtmf_rx_state_s* state) const;
    };
    // A digit spandsp found, being measured.
    struct Candidate {
        QChar digit;
        double row = 0; // the nominal frequencies, Hz
        double column = 0;
        double reference = 0; // the power of the tone's loudest window so far
        int windows = 0;      // consecutive windows carrying the tone
        qint64 toneEnd = 0;   // the end of the last of them
    };
    static constexpr std::size_t kHistory = 1024;

    static void receiveDigits(void* self, const char* digits, int length);
    void begin(QChar digit);
    void measureWindows();
    // The power of the window of 40 samples ending at `end`, or 0 when the window is not mostly the candidate's tones.
    [[nodiscard]] double tonePower(qint64 end) const;
    [[nodiscard]] double frequency(double nominal, qint64 end) const;
    void decide(bool ended);

    Callback m_callback;
    qint64 m_position = 0;
    qint64 m_blockEnd = 0;
    std::unique_ptr<dtmf_rx_state_s, StateDeleter> m_state;
    std::array<qint16, kHistory> m_history{}; // the last samples, at their position modulo kHistory
    std::optional<Candidate> m_candidate;
    qint64 m_windowEnd = 0; // the end of the last window measured for the candidate
};

} // namespace zabota::telephony
