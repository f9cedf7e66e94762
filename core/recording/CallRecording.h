// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/EnumText.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace zabota::core {

using RecordingId = qint64;

enum class CallDirection {
    Incoming,
    Outgoing,
};

template <>
struct EnumTraits<CallDirection> {
    static constexpr const char* context = "zabota::core::CallDirection";
    static std::span<const EnumItem<CallDirection>> items()
    {
        static constexpr EnumItem<CallDirection> kItems[] = {
            {CallDirection::Incoming, "incoming", QT_TRANSLATE_NOOP("zabota::core::CallDirection", "Incoming")},
            {CallDirection::Outgoing, "outgoing", QT_TRANSLATE_NOOP("zabota::core::CallDirection", "Outgoing")},
        };
        return kItems;
    }
};

// One recorded call as the catalogue keeps it. Paths are relative to the recordings folder.
struct CallRecording {
    RecordingId id = 0;
    QString lineName;
    std::optional<CallDirection> direction; // nullopt: found as a file with no row, the direction is unknown
    QString number;                         // empty: an anonymous line or a withheld number
    QDateTime startedAt;
    std::optional<qint64> durationMs; // nullopt: still being recorded (or cut off by a crash not yet recovered)
    QString path;
    QString opusPath;              // empty: no Opus copy
    bool interrupted = false;      // recovered after a crash: the end of the call may be missing
    std::optional<qint64> entryId; // nullopt: no journal entry yet
    QString entryNumber;           // the entry's registration number, 15/2026
    bool toldOfRecording = false;  // the caller was told the call is recorded
    QDateTime deletedAt;           // invalid: the files are still there

    [[nodiscard]] bool isFinished() const { return durationMs.has_value(); }
    [[nodiscard]] bool isDeleted() const { return deletedAt.isValid(); }
};

// A recording to put in the catalogue as it starts (or, found after a crash, as it was recovered).
struct NewRecording {
    QString lineName;
    std::optional<CallDirection> direction;
    QString number;
    QDateTime startedAt;
    QString path;
    QString opusPath;
    bool toldOfRecording = false;
    // Set only for a file found after a crash with no row: its readable duration, marked interrupted.
    std::optional<qint64> recoveredDurationMs;
};

} // namespace zabota::core
