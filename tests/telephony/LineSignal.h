// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/telephony/CallerId.h"

#include <QByteArray>

#include <vector>

namespace zabota::tests {

// What a test call sends as its caller ID. An empty number with `absence` set sends the reason instead.
struct TestCall {
    QByteArray number;
    QByteArray name;
    QByteArray dateTime = "11221530";
    telephony::NumberAbsence absence = telephony::NumberAbsence::None;
    bool singleDataMessage = false; // Bell 202 only: SDMF (date, time and number) instead of MDMF
};

// Line audio made in the test with spandsp's own transmitters, at 8 kHz, 16-bit mono.
class LineSignal final {
public:
    static constexpr int kSampleRate = 8000;

    // The caller ID of `call` as the exchange sends it in `standard`, with 200 ms of silence on either side. With
    // `corruptChecksum` the message's checksum byte is damaged after the transmitter computed it.
    [[nodiscard]] static std::vector<qint16> callerId(telephony::CallerIdStandard standard, const TestCall& call,
                                                      bool corruptChecksum = false);
    // The digits as DTMF tones, with 200 ms of silence on either side.
    [[nodiscard]] static std::vector<qint16> dtmf(const char* digits);
    [[nodiscard]] static std::vector<qint16> silence(int milliseconds);

    // The signal scaled so that its tones (the blocks that carry signal) have the power `dbm0`.
    [[nodiscard]] static std::vector<qint16> atLevel(std::vector<qint16> signal, double dbm0);
    // The signal with white Gaussian noise added, `snrDb` below the power of its tones; the same seed gives the same
    // noise.
    [[nodiscard]] static std::vector<qint16> withNoise(std::vector<qint16> signal, double snrDb, unsigned seed);
    // Gaussian noise alone at `dbm0`.
    [[nodiscard]] static std::vector<qint16> noise(int milliseconds, double dbm0, unsigned seed);
};

} // namespace zabota::tests
