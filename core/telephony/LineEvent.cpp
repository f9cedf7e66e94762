// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/telephony/LineEvent.h"

namespace zabota::telephony {

QString eventKey(LineEventKind kind)
{
    switch (kind) {
    case LineEventKind::CallStarted:
        return QStringLiteral("call-start");
    case LineEventKind::Ring:
        return QStringLiteral("ring");
    case LineEventKind::CallerId:
        return QStringLiteral("caller-id");
    case LineEventKind::Answered:
        return QStringLiteral("answer");
    case LineEventKind::Dtmf:
        return QStringLiteral("dtmf");
    case LineEventKind::SpeechStarted:
        return QStringLiteral("speech-start");
    case LineEventKind::SpeechStopped:
        return QStringLiteral("speech-stop");
    case LineEventKind::BusyTone:
        return QStringLiteral("busy");
    case LineEventKind::CallEnded:
        return QStringLiteral("call-end");
    case LineEventKind::CallDiscarded:
        return QStringLiteral("call-discarded");
    }
    return {};
}

QString endKey(CallEnd end)
{
    switch (end) {
    case CallEnd::BusyTone:
        return QStringLiteral("busy");
    case CallEnd::Silence:
        return QStringLiteral("silence");
    case CallEnd::NotAnswered:
        return QStringLiteral("not-answered");
    }
    return {};
}

QString directionKey(CallDirection direction)
{
    return direction == CallDirection::Incoming ? QStringLiteral("incoming") : QStringLiteral("outgoing");
}

} // namespace zabota::telephony
