// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/telephony/CallerId.h"

#include <QByteArray>
#include <QtGlobal>

#include <array>
#include <functional>
#include <span>
#include <vector>

namespace zabota::telephony {

// Decodes АОН, the Russian caller ID the exchange sends as "2 of 6" multi-frequency packets (core/telephony/AonCode.h
// gives the code), from 16-bit, 8 kHz mono line audio fed in blocks of any size. The 500 Hz request of the called
// side may sound under the code, louder than it.
//
// Every 5 ms the last 10 ms of audio go through Goertzel filters at the six code frequencies and at 500 Hz; a 10 ms
// window holds a whole number of cycles of each, so the request does not leak into the code's filters. A window shows
// a symbol when its two strongest tones are above a floor, within 8 dB of each other, at least 10 dB above the other
// four, and carry most of the window's power that is not the request. A symbol is taken when it holds for at least
// 25 ms; a packet when its symbols follow each other without gaps, from one «Начало» to the next or to the end of the
// code, and are a category and 7 digits.
//
// The exchange repeats the packet: the digits are voted position by position across the repeats, and one CallerId is
// reported per call (standard Aon, the number, the category, endSample: the sample at which it was decided) as soon
// as at least two packets agree at every position and outvote the rest there, or else, once the code has stopped for
// 200 ms, where at least two agree and have the most votes. A lone packet is never reported. After a second without
// code the next code is a new call. The callback runs inside feed(), like CallerIdDecoder's.
class AonDetector final {
public:
    using Callback = std::function<void(const CallerId&)>;

    static constexpr int kSampleRate = 8000;

    explicit AonDetector(Callback callback);
    AonDetector(const AonDetector&) = delete;
    AonDetector& operator=(const AonDetector&) = delete;

    void feed(std::span<const qint16> samples);
    [[nodiscard]] static constexpr CallerIdStandard standard() { return CallerIdStandard::Aon; }
    // How many samples were fed so far.
    [[nodiscard]] qint64 position() const { return m_position; }

private:
    static constexpr int kWindow = 80; // 10 ms
    static constexpr int kHop = 40;    // 5 ms

    // Windows in a row that showed the same symbol, save for a few that showed none.
    struct Run {
        char symbol = '\0';
        qint64 start = 0; // the first sample of its first window
        qint64 end = 0;   // the sample after its last window
        int windows = 0;
        int missed = 0; // windows since the last one that showed the symbol
    };

    void analyseWindow();
    [[nodiscard]] char classify() const;
    void closeRun();
    void takeSymbol(char symbol, qint64 start, qint64 end);
    void closePacket();
    void decide(bool codeOver);
    void report(const QByteArray& sent);

    Callback m_callback;
    qint64 m_position = 0;
    std::array<qint16, kWindow> m_window{};
    int m_filled = 0;

    Run m_run;

    // The symbol taken last, and where it sounded.
    char m_lastSymbol = '\0';
    qint64 m_lastStart = 0;
    qint64 m_lastEnd = -1;
    bool m_inPacket = false; // a «Начало» was taken and the packet after it is still whole
    QByteArray m_packet;     // the symbols taken since that «Начало»

    // The call: the packets read so far (category then number, see aon::readPacket) and whether it was reported.
    std::vector<QByteArray> m_packets;
    bool m_undecided = false; // packets came since the last try to decide
    bool m_reported = false;
};

} // namespace zabota::telephony
