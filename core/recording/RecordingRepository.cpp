// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/recording/RecordingRepository.h"

#include "core/storage/Database.h"
#include "core/storage/SqlValue.h"
#include "core/storage/Transaction.h"
#include "core/text/DateText.h"

#include <QSqlQuery>

namespace zabota::core {

namespace {

const QString kSelectRecording = QStringLiteral(
    "SELECT r.id, r.line_name, r.direction, r.number, r.started_at, r.duration_ms, r.path, r.opus_path, "
    "r.interrupted, r.entry_id, e.reg_no, e.reg_year, r.told_of_recording, r.deleted_at FROM call_recording r "
    "LEFT JOIN journal_entry e ON e.id = r.entry_id ");

CallRecording recordingFrom(const QSqlQuery& q)
{
    CallRecording r;
    r.id = q.value(0).toLongLong();
    r.lineName = q.value(1).toString();
    if (!q.value(2).isNull())
        r.direction = fromCode<CallDirection>(q.value(2).toString());
    r.number = q.value(3).toString();
    r.startedAt = QDateTime::fromSecsSinceEpoch(q.value(4).toLongLong());
    if (!q.value(5).isNull())
        r.durationMs = q.value(5).toLongLong();
    r.path = q.value(6).toString();
    r.opusPath = q.value(7).toString();
    r.interrupted = q.value(8).toBool();
    r.entryId = sql::idFrom(q.value(9));
    if (r.entryId)
        r.entryNumber = QStringLiteral("%1/%2").arg(q.value(10).toInt()).arg(q.value(11).toInt());
    r.toldOfRecording = q.value(12).toBool();
    if (!q.value(13).isNull())
        r.deletedAt = QDateTime::fromSecsSinceEpoch(q.value(13).toLongLong());
    return r;
}

QVariant optionalText(const QString& value)
{
    return value.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(value);
}

} // namespace

RecordingRepository::RecordingRepository(Database& db)
    : m_db(db)
{}

Result<QList<CallRecording>> RecordingRepository::select(const QString& condition, const QVariantList& binds) const
{
    return m_db.list(kSelectRecording + condition, binds, recordingFrom);
}

Result<RecordingId> RecordingRepository::insert(const NewRecording& recording)
{
    QSqlQuery q = m_db.prepare(
        QStringLiteral("INSERT INTO call_recording (line_name, direction, number, started_at, duration_ms, path, "
                       "opus_path, interrupted, told_of_recording) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    q.addBindValue(sql::text(recording.lineName));
    q.addBindValue(recording.direction ? QVariant(toCode(*recording.direction))
                                       : QVariant(QMetaType(QMetaType::QString)));
    q.addBindValue(sql::text(recording.number));
    q.addBindValue(recording.startedAt.toSecsSinceEpoch());
    q.addBindValue(sql::id(recording.recoveredDurationMs));
    // Paths are kept exactly: a trimmed one would name another file.
    q.addBindValue(recording.path);
    q.addBindValue(optionalText(recording.opusPath));
    q.addBindValue(recording.recoveredDurationMs.has_value());
    q.addBindValue(recording.toldOfRecording);
    if (auto ok = m_db.exec(q); !ok)
        return std::unexpected(ok.error());
    q.next();
    return q.value(0).toLongLong();
}

Status RecordingRepository::setDuration(RecordingId id, qint64 durationMs, bool interrupted)
{
    QSqlQuery q = m_db.prepare(QStringLiteral(
        "UPDATE call_recording SET duration_ms = ?, interrupted = ? WHERE id = ? AND duration_ms IS NULL"));
    q.addBindValue(durationMs);
    q.addBindValue(interrupted);
    q.addBindValue(id);
    if (auto ok = m_db.exec(q); !ok)
        return ok;
    if (q.numRowsAffected() == 1)
        return {};
    if (auto found = get(id); !found)
        return std::unexpected(found.error());
    return fail(Error::Kind::Conflict, tr("The recording of this call was already closed."),
                QStringLiteral("call_recording %1 already has a duration").arg(id));
}

Status RecordingRepository::finish(RecordingId id, qint64 durationMs)
{
    return setDuration(id, durationMs, false);
}

Status RecordingRepository::markInterrupted(RecordingId id, qint64 recoveredDurationMs)
{
    return setDuration(id, recoveredDurationMs, true);
}

Status RecordingRepository::attach(RecordingId id, qint64 entryId, bool toldOfRecording)
{
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return std::unexpected(tx.error());
    // The row stays locked until the end: two dispatchers never both attach it on the same reading.
    QSqlQuery lock =
        m_db.prepare(QStringLiteral("SELECT id FROM call_recording WHERE id = ?") + m_db.dialect().lockRows());
    lock.addBindValue(id);
    if (auto ok = m_db.exec(lock); !ok)
        return ok;
    lock.finish();
    auto current = get(id);
    if (!current)
        return std::unexpected(current.error());
    if (current->isDeleted())
        return fail(Error::Kind::Conflict,
                    tr("This recording was deleted on %1 under the keeping rules of its line; it can no longer be "
                       "attached to an entry.")
                        .arg(text::shownDateTime(current->deletedAt)));
    if (current->entryId && *current->entryId != entryId)
        return fail(
            Error::Kind::Conflict,
            tr("This recording is already attached to entry %1. Nothing was changed.").arg(current->entryNumber));
    QSqlQuery entry = m_db.prepare(QStringLiteral("SELECT 1 FROM journal_entry WHERE id = ?"));
    entry.addBindValue(entryId);
    if (auto ok = m_db.exec(entry); !ok)
        return ok;
    if (!entry.next())
        return fail(Error::Kind::NotFound, tr("The journal entry no longer exists."));
    entry.finish();

    QSqlQuery q =
        m_db.prepare(QStringLiteral("UPDATE call_recording SET entry_id = ?, told_of_recording = ? WHERE id = ?"));
    q.addBindValue(entryId);
    q.addBindValue(toldOfRecording);
    q.addBindValue(id);
    if (auto ok = m_db.exec(q); !ok)
        return ok;
    return tx->commit();
}

Status RecordingRepository::markDeleted(RecordingId id, const QDateTime& at)
{
    QSqlQuery q = m_db.prepare(QStringLiteral("UPDATE call_recording SET deleted_at = ? WHERE id = ?"));
    q.addBindValue(at.toSecsSinceEpoch());
    q.addBindValue(id);
    if (auto ok = m_db.exec(q); !ok)
        return ok;
    if (q.numRowsAffected() != 1)
        return fail(Error::Kind::NotFound, tr("The call recording no longer exists."));
    return {};
}

Result<CallRecording> RecordingRepository::get(RecordingId id) const
{
    auto found = select(QStringLiteral("WHERE r.id = ?"), {id});
    if (!found)
        return std::unexpected(found.error());
    if (found->isEmpty())
        return fail(Error::Kind::NotFound, tr("The call recording no longer exists."));
    return found->first();
}

Result<std::optional<CallRecording>> RecordingRepository::findByPath(const QString& path) const
{
    auto found = select(QStringLiteral("WHERE r.path = ?"), {path});
    if (!found)
        return std::unexpected(found.error());
    if (found->isEmpty())
        return std::optional<CallRecording>();
    return std::optional<CallRecording>(found->first());
}

Result<QList<CallRecording>> RecordingRepository::unfinished() const
{
    return select(QStringLiteral("WHERE r.duration_ms IS NULL ORDER BY r.started_at, r.id"), {});
}

Result<QList<CallRecording>> RecordingRepository::withoutEntry() const
{
    return select(QStringLiteral("WHERE r.entry_id IS NULL AND r.deleted_at IS NULL AND r.duration_ms IS NOT NULL "
                                 "ORDER BY r.started_at DESC, r.id DESC"),
                  {});
}

Result<QList<CallRecording>> RecordingRepository::ofEntry(qint64 entryId) const
{
    return select(QStringLiteral("WHERE r.entry_id = ? ORDER BY r.started_at, r.id"), {entryId});
}

Result<QStringList> RecordingRepository::linesWithFiles() const
{
    QSqlQuery q = m_db.prepare(QStringLiteral("SELECT DISTINCT line_name FROM call_recording "
                                              "WHERE deleted_at IS NULL AND duration_ms IS NOT NULL ORDER BY 1"));
    if (auto ok = m_db.exec(q); !ok)
        return std::unexpected(ok.error());
    QStringList lines;
    while (q.next())
        lines << q.value(0).toString();
    return lines;
}

Result<QList<CallRecording>> RecordingRepository::finishedBefore(const QString& lineName, const QDateTime& before) const
{
    return select(QStringLiteral("WHERE r.line_name = ? AND r.started_at < ? AND r.deleted_at IS NULL "
                                 "AND r.duration_ms IS NOT NULL ORDER BY r.started_at, r.id"),
                  {sql::text(lineName), before.toSecsSinceEpoch()});
}

} // namespace zabota::core
