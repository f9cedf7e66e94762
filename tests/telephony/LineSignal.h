// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/telephony/CallerId.h"

#include <QByteArray>
#include <QString>

#include <initializer_list>
#include <vector>

namespace zabota::tests {

// What a test call sends as its caller ID. An empty number with `absence` set sends the reason instead.
struct TestCall {
    QByteArray number;
    QByteArray name;
    QByteArray dateTime = "11221530";
    telephony::NumberAbsence absence = telephony::NumberAbsence::None;
    bool singleDataMessage = false; // Bell 202 only: SDMF (date, time and number) instead of MDMF
    // FSK only: the channel seizure (alternating bits) and the marks before the message; -1 keeps spandsp's default.
    int seizureBits = -1;
    int markBits = -1;
};

// What is done to an FSK message after the transmitter has computed its checksum.
struct MessageDamage {
    enum class Kind {
        None,
        Checksum,   // the checksum byte is wrong
        FlippedBit, // one bit of one byte is flipped
        LostByte,   // one byte is left out
    };
    Kind kind = Kind::None;
    int byte = 0; // FlippedBit, LostByte: which byte, from the message type (0) to the checksum
    int bit = 0;  // FlippedBit: which bit, 0 the least significant
};

// One tone of a signal made in the test: its frequency and level.
struct Tone {
    double hertz = 0;
    double dbm0 = -10.0;
};

// Line audio made in the test with spandsp's own transmitters, at 8 kHz, 16-bit mono.
class LineSignal final {
public:
    static constexpr int kSampleRate = 8000;

    // The caller ID of `call` as the exchange sends it in `standard`, with 200 ms of silence on either side; an FSK
    // message damaged as `damage` says.
    [[nodiscard]] static std::vector<qint16> callerId(telephony::CallerIdStandard standard, const TestCall& call,
                                                      MessageDamage damage = {});
    // The bytes of the FSK message `callerId` sends for `call` (type, length, body, checksum), undamaged.
    [[nodiscard]] static QByteArray fskMessage(telephony::CallerIdStandard standard, const TestCall& call);
    // The digits as DTMF tones, with 200 ms of silence on either side.
    [[nodiscard]] static std::vector<qint16> dtmf(const char* digits);
    [[nodiscard]] static std::vector<qint16> silence(int milliseconds);
    // Sines at exact frequencies and levels, summed, for `milliseconds`.
    [[nodiscard]] static std::vector<qint16> tones(std::initializer_list<Tone> tones, int milliseconds);

    // A ring burst as a line adapter passes it on: the 25 Hz ring voltage with its harmonics, clipped at the
    // adapter's full scale.
    [[nodiscard]] static std::vector<qint16> ringBurst(int milliseconds);
    // `count` rings in `cadence`: alternately burst and pause lengths in milliseconds, e.g. {1000, 4000} (Russia),
    // {400, 200, 400, 2000} (double ring); each ring ends with its last pause.
    [[nodiscard]] static std::vector<qint16> rings(int count, const std::vector<int>& cadence);
    // The exchange's 425 Hz tone at -10 dBm0: `cycles` bursts of `onMs` each followed by `offMs` of silence (the
    // busy tone: 350/350 in Russia; ringback: 1000/4000).
    [[nodiscard]] static std::vector<qint16> exchangeTone(int cycles, int onMs, int offMs);
    // The dial tone: 425 Hz at -10 dBm0, continuous.
    [[nodiscard]] static std::vector<qint16> dialTone(int milliseconds);

    // The signal scaled so that its tones (the blocks that carry signal) have the power `dbm0`.
    [[nodiscard]] static std::vector<qint16> atLevel(std::vector<qint16> signal, double dbm0);
    // The signal with white Gaussian noise added, `snrDb` below the power of its tones; the same seed gives the same
    // noise.
    [[nodiscard]] static std::vector<qint16> withNoise(std::vector<qint16> signal, double snrDb, unsigned seed);
    // Gaussian noise alone at `dbm0`.
    [[nodiscard]] static std::vector<qint16> noise(int milliseconds, double dbm0, unsigned seed);

    // Writes the signal as a 16-bit mono WAV file with libsndfile, as a line recorder would; false if it cannot.
    [[nodiscard]] static bool writeWav(const QString& path, const std::vector<qint16>& samples,
                                       int sampleRate = kSampleRate);
};

} // namespace zabota::tests
