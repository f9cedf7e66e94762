// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/CommandLine.h"

#include <QCoreApplication>

namespace zabota::app {

// `zabota line-replay FILE.wav`: runs a recording of the phone line through the line monitor, as if it were the line
// heard live, and prints every event as one JSON object a line on stdout, in the order of their times, e.g.
//   {"t":1.000,"event":"call-start","direction":"incoming"}
//   {"t":1.000,"event":"ring","ring":1}
//   {"t":2.734,"event":"caller-id","standard":"v23","number":"79123456789","name":"…","time":"11221530",
//    "withheld":false,"unavailable":false}
//   {"t":7.310,"event":"answer"}  {"t":7.310,"event":"speech-start"}  {"t":9.020,"event":"speech-stop"}
//   {"t":9.500,"event":"dtmf","digit":"5"}
//   {"t":13.340,"event":"busy"}
//   {"t":13.340,"event":"call-end","reason":"busy","answered":true,"duration":12.340,"direction":"incoming"}
// `t` is the time in seconds from the start of the recording at which the event happened (for caller ID and DTMF:
// at which it was complete). "call-end" and "call-discarded" (a "call" too short to keep) give the reason ("busy",
// "silence", "not-answered"), whether it was answered and the duration, and for an outgoing call the digits dialled
// ("dialled"). The other events are "speech-start" and "speech-stop" (VOX).
class LineReplayCommand final {
public:
    explicit LineReplayCommand(LineReplayOptions options);

    // The process's exit code: 0 done (whether or not anything was found), 1 the file cannot be read or is not at
    // 8000 Hz (the reason is printed on stderr).
    [[nodiscard]] int run();

private:
    LineReplayOptions m_options;
};

} // namespace zabota::app
