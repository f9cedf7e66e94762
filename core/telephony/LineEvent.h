// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/telephony/CallerId.h"

#include <QChar>
#include <QString>

namespace zabota::telephony {

enum class LineEventKind {
    CallStarted, // the first sign of a call: a ring burst or a caller ID (incoming), or the line taken without ringing:
                 // dial tone, DTMF or speech (outgoing)
    Ring,        // a ring burst began; `ring` counts them from 1 within the call
    CallerId,    // `callerId` decoded (incoming)
    Answered,    // the incoming call was picked up (ringing stopped and speech followed)
    Dtmf,        // `digit` (on an outgoing call: the digits dialled; also reported during a call)
    SpeechStarted, // VOX: voice on the line
    SpeechStopped, // VOX: voice gone for the stop delay (the event's sample is where it went quiet)
    BusyTone,      // the busy tone (the far end hung up)
    CallEnded,     // `end` says why, `answered` whether it was; duration = sample - callStart
    CallDiscarded, // what looked like a call was shorter than the minimum: nothing of it should be kept
};

enum class CallDirection { Incoming, Outgoing };

enum class CallEnd { BusyTone, Silence, NotAnswered };

// What the line monitor saw, at which sample. Every event belongs to a call: the line is idle between calls.
struct LineEvent {
    LineEventKind kind = LineEventKind::CallStarted;
    qint64 sample = 0;    // when, counted from the monitor's start
    qint64 callStart = 0; // the sample of the call's CallStarted (every event inside a call carries it)
    CallDirection direction = CallDirection::Incoming;
    int ring = 0;
    CallerId callerId;
    QChar digit;
    CallEnd end = CallEnd::Silence;
    bool answered = false;
    QString dialled; // CallEnded of an outgoing call: the digits dialled
};

// "call-start", "ring", "caller-id", "answer", "dtmf", "speech-start", "speech-stop", "busy", "call-end",
// "call-discarded": the names used in the JSON of `zabota line-replay`.
[[nodiscard]] QString eventKey(LineEventKind kind);
// "busy", "silence", "not-answered".
[[nodiscard]] QString endKey(CallEnd end);
// "incoming", "outgoing".
[[nodiscard]] QString directionKey(CallDirection direction);

} // namespace zabota::telephony
