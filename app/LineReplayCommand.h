// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/CommandLine.h"

#include <QCoreApplication>

namespace zabota::app {

// `zabota line-replay FILE.wav`: runs a recording of the phone line through the caller ID decoders and the DTMF
// detector and prints every event as one JSON object a line on stdout, in the order of their times, e.g.
//   {"t":1.234,"event":"caller-id","standard":"v23","number":"79123456789","name":"…","time":"11221530",
//    "withheld":false,"unavailable":false}
//   {"t":2.010,"event":"dtmf","digit":"5"}
// `t` is the time in seconds from the start of the recording at which the event was complete.
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
