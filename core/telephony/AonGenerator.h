// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QtGlobal>

#include <optional>
#include <vector>

namespace zabota::telephony {

// How AonGenerator lays out the line around the code.
struct AonLineOptions {
    double levelDbm0 = -10.0; // the power of the code, its two tones together
    std::optional<double>
        requestDb;             // the 500 Hz request, this many dB above (or, negative, below) the code; none: none
    int requestLeadMs = 100;   // how long the request sounds alone before the code begins
    int requestOverlapMs = -1; // how long it goes on under the code; negative: until the code ends
    int silenceMs = 200;       // silence before everything and after it
};

// Makes the line signal of an АОН answer (core/telephony/AonCode.h describes the code) as 16-bit, 8 kHz mono audio,
// for tests, benchmarks and training: the symbols 40 ms each with no gaps, each of two sines at half the code's
// power, with continuous phase. The level is set by the options and the result can be rescaled (LineSignal::atLevel
// in the tests); samples are clipped to 16 bits.
class AonGenerator final {
public:
    static constexpr int kSampleRate = 8000;

    // The answer to a request: `repeats` packets of `digits` ('0'…'9', first digit first; exchanges send 7) and
    // `category` ('0'…'9') back to back, closed by a last «Начало». Throws std::invalid_argument for other digits, a
    // category that is no digit, or fewer than one repeat.
    [[nodiscard]] static std::vector<qint16> answer(const QByteArray& digits, char category, int repeats,
                                                    const AonLineOptions& options = {});

    // The symbols of one packet, as AonDetector's code writes them: 'S' for «Начало», 'R' for «Повтор», the digits;
    // 5551234 of category 1 is "S143215R5". Handy to damage a packet before code() sends it.
    [[nodiscard]] static QByteArray packet(const QByteArray& digits, char category);

    // Any sequence of symbols ('0'…'9', 'S', 'R'), sent as they are: nothing is checked or added but the request and
    // the silence. Throws std::invalid_argument for another character.
    [[nodiscard]] static std::vector<qint16> code(const QByteArray& symbols, const AonLineOptions& options = {});
};

} // namespace zabota::telephony
