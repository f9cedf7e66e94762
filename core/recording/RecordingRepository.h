// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/recording/CallRecording.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace zabota::core {

class Database;

// The catalogue of call recordings: one row a recorded call, from its start to the keeping rules deleting its files.
// The files themselves are RecordingArchive's (zabota_telephony); this class only keeps the rows.
class RecordingRepository final {
    Q_DECLARE_TR_FUNCTIONS(zabota::core::RecordingRepository)

public:
    explicit RecordingRepository(Database& db);

    [[nodiscard]] Result<RecordingId> insert(const NewRecording& recording);
    // The call ended: how long it was recorded.
    [[nodiscard]] Status finish(RecordingId id, qint64 durationMs);
    // A recording cut off by a crash: the duration its file still gives.
    [[nodiscard]] Status markInterrupted(RecordingId id, qint64 recoveredDurationMs);
    // Attaches a recording to a journal entry (again to the same entry: only `told` changes). A deleted recording,
    // or one attached to another entry, is refused with a sentence and nothing is changed.
    [[nodiscard]] Status attach(RecordingId id, qint64 entryId, bool toldOfRecording);
    // The keeping rules removed the files at `at`; the row stays.
    [[nodiscard]] Status markDeleted(RecordingId id, const QDateTime& at);

    [[nodiscard]] Result<CallRecording> get(RecordingId id) const;
    [[nodiscard]] Result<std::optional<CallRecording>> findByPath(const QString& path) const;
    // Rows without a duration: being recorded now, or cut off by a crash.
    [[nodiscard]] Result<QList<CallRecording>> unfinished() const;
    // Finished recordings not attached to any entry and not deleted, newest first.
    [[nodiscard]] Result<QList<CallRecording>> withoutEntry() const;
    // The recordings of a journal entry, deleted ones included, oldest first.
    [[nodiscard]] Result<QList<CallRecording>> ofEntry(qint64 entryId) const;
    // The lines that have finished recordings whose files are still there.
    [[nodiscard]] Result<QStringList> linesWithFiles() const;
    // The finished recordings of a line started before `before` whose files are still there, oldest first.
    [[nodiscard]] Result<QList<CallRecording>> finishedBefore(const QString& lineName, const QDateTime& before) const;

private:
    [[nodiscard]] Result<QList<CallRecording>> select(const QString& condition, const QVariantList& binds) const;
    [[nodiscard]] Status setDuration(RecordingId id, qint64 durationMs, bool interrupted);

    Database& m_db;
};

} // namespace zabota::core
