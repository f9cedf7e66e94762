// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QChar>
#include <QtGlobal>

#include <functional>
#include <memory>
#include <span>

struct dtmf_rx_state_s;

namespace zabota::telephony {

// Detects DTMF digits (0-9, *, #, A-D) in 16-bit, 8 kHz mono line audio with spandsp's DTMF receiver. Each digit is
// reported once, when the receiver has confirmed it, with the sample at which that happened. The callback runs
// inside feed().
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
    [[nodiscard]] qint64 position() const { return m_position; }

private:
    struct StateDeleter {
        void operator()(dtmf_rx_state_s* state) const;
    };

    static void receiveDigits(void* self, const char* digits, int length);

    Callback m_callback;
    qint64 m_position = 0;
    qint64 m_blockEnd = 0;
    std::unique_ptr<dtmf_rx_state_s, StateDeleter> m_state;
};

} // namespace zabota::telephony
