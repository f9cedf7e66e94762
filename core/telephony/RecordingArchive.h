// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/recording/CallRecording.h"

#include <QCoreApplication>
#include <QList>
#include <QMutex>
#include <QSet>
#include <QString>

#include <functional>

namespace zabota::core {
class RecordingRepository;
}

namespace zabota::telephony {

// The recordings folder and its catalogue in the database, kept in step: where a new call is recorded, what a crash
// left behind, which recordings still wait for a journal entry, and the keeping rules that delete old ones. The
// console passes `<folder of the database>/recordings`. Paths in the catalogue are relative to that folder, so that
// the database and its recordings can move together.
class RecordingArchive final {
    Q_DECLARE_TR_FUNCTIONS(zabota::telephony::RecordingArchive)

public:
    // Relative paths of a new recording: the WAV and its Opus copy beside it.
    struct Paths {
        QString wav;
        QString opus;
    };

    struct RetentionFailure {
        core::CallRecording recording;
        QString path; // absolute: the file that is still there
        core::Error error;
    };

    // What the keeping rules did, for the console to say.
    struct RetentionReport {
        int count = 0;    // recordings whose files are gone now
        qint64 bytes = 0; // freed on the disk
        QList<core::CallRecording> deleted;
        QList<RetentionFailure> failures; // files that could not be deleted; their rows are kept as they were
    };

    RecordingArchive(QString directory, core::RecordingRepository& repository);

    [[nodiscard]] QString directory() const { return m_directory; }
    [[nodiscard]] QString absolutePath(const QString& relative) const;

    // YYYY/MM/YYYYMMDD-HHMMSS-<line>-<number or "nonumber">.wav in local time, safe as a file name on any disk (letters
    // of any script are kept, slashes and the like are not), and not yet used: a second call on the same line in
    // the same second gets -2, -3 at the end.
    [[nodiscard]] Paths newPaths(const QString& lineName, const QDateTime& startedAt, const QString& number);
    // The same, from a line's capture thread, which may not use the database: a path is taken if it was given or
    // its file exists. Rows whose files are gone are the keeping rules' work, months after their second, so the
    // catalogue has nothing to add for a call starting now. Safe to call from several threads at once.
    [[nodiscard]] Paths newPathsNow(const QString& lineName, const QDateTime& startedAt, const QString& number);

    [[nodiscard]] core::Result<core::RecordingId> started(const core::NewRecording& recording);
    [[nodiscard]] core::Status finished(core::RecordingId id, qint64 durationMs);

    // At start-up, before any call is recorded: rows still without a duration (the console was killed mid-call)
    // get the duration their WAV file gives and are marked interrupted; WAV files in the folder with no row get an
    // interrupted row of their own, with the line, number and start time read from the name where it allows.
    // Returns the recordings recovered.
    [[nodiscard]] core::Result<QList<core::CallRecording>> recover();

    // Finished recordings not attached to any entry, newest first.
    [[nodiscard]] core::Result<QList<core::CallRecording>> orphans() const;
    [[nodiscard]] core::Status attach(core::RecordingId id, qint64 entryId, bool toldOfRecording);
    [[nodiscard]] core::Result<QList<core::CallRecording>> ofEntry(qint64 entryId) const;

    // Deletes the files (WAV and Opus) of the finished recordings older than the keeping time of their line, in
    // days (`daysFor`; 0 keeps a line's recordings for ever), and marks their rows deleted.
    [[nodiscard]] core::Result<RetentionReport>
    applyRetention(const QDateTime& now, const std::function<int(const QString& lineName)>& daysFor);

private:
    // `catalogue`: also a path a row of the catalogue holds.
    [[nodiscard]] bool isTaken(const QString& relativeWav, bool catalogue) const;
    [[nodiscard]] Paths givePaths(const QString& lineName, const QDateTime& startedAt, const QString& number,
                                  bool catalogue);
    [[nodiscard]] qint64 readableDurationMs(const QString& relative) const;
    void removeEmptyFolders(const QString& relative) const;

    QString m_directory;
    core::RecordingRepository& m_repository;
    QSet<QString> m_given; // paths handed out by newPaths(), whose files may not exist yet
    QMutex m_givenLock;    // the captures' threads ask for paths too
};

} // namespace zabota::telephony
