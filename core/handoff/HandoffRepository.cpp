// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/handoff/HandoffRepository.h"

#include "core/storage/Database.h"
#include "core/storage/SqlValue.h"
#include "core/storage/Transaction.h"
#include "core/storage/YearlyCounter.h"
#include "core/text/DateText.h"

#include <QSqlQuery>

namespace zabota::core {

namespace {

const QString kSelectHandoff = QStringLiteral(
    "SELECT h.id, h.entry_id, h.family_id, h.offered_by, ob.full_name, h.curator_id, cu.full_name, h.note, "
    "h.deadline, h.state, h.case_id, h.created_at, h.updated_at, h.version, e.reg_no, e.reg_year, "
    "e.applicant_name FROM handoff h JOIN journal_entry e ON e.id = h.entry_id "
    "JOIN app_user ob ON ob.id = h.offered_by LEFT JOIN app_user cu ON cu.id = h.curator_id ");

Handoff handoffFrom(const QSqlQuery& q)
{
    Handoff h;
    h.id = q.value(0).toLongLong();
    h.entryId = q.value(1).toLongLong();
    h.familyId = sql::idFrom(q.value(2));
    h.offeredBy = q.value(3).toLongLong();
    h.offeredByName = q.value(4).toString();
    h.curatorId = sql::idFrom(q.value(5));
    h.curatorName = q.value(6).toString();
    h.note = q.value(7).toString();
    h.deadline = QDateTime::fromSecsSinceEpoch(q.value(8).toLongLong());
    h.state = fromCode<HandoffState>(q.value(9).toString()).value_or(HandoffState::Offered);
    h.caseId = sql::idFrom(q.value(10));
    h.createdAt = QDateTime::fromSecsSinceEpoch(q.value(11).toLongLong());
    h.updatedAt = QDateTime::fromSecsSinceEpoch(q.value(12).toLongLong());
    h.version = q.value(13).toInt();
    h.entryNumber = QStringLiteral("%1/%2").arg(q.value(14).toInt()).arg(q.value(15).toInt());
    h.applicantName = q.value(16).toString();
    return h;
}

} // namespace

HandoffRepository::HandoffRepository(Database& db)
    : m_db(db)
{}

Result<QList<Handoff>> HandoffRepository::select(const QString& condition, const QVariantList& binds) const
{
    return m_db.list(kSelectHandoff + condition, binds, handoffFrom);
}

Result<Handoff> HandoffRepository::get(HandoffId id) const
{
    auto found = select(QStringLiteral("WHERE h.id = ?"), {id});
    if (!found)
        return std::unexpected(found.error());
    if (found->isEmpty())
        return fail(Error::Kind::NotFound, tr("The handoff no longer exists."));
    return found->first();
}

Status HandoffRepository::addTransition(HandoffId id, const Move& move, std::optional<HandoffState> from,
                                        HandoffState to, const QDateTime& now) const
{
    QSqlQuery q = m_db.prepare(
        QStringLiteral("INSERT INTO handoff_transition (handoff_id, at, by_user, action, from_state, to_state, "
                       "curator_id, reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(id);
    q.addBindValue(now.toSecsSinceEpoch());
    q.addBindValue(sql::id(move.by));
    q.addBindValue(toCode(move.action));
    q.addBindValue(from ? QVariant(toCode(*from)) : QVariant(QMetaType(QMetaType::QString)));
    q.addBindValue(toCode(to));
    q.addBindValue(sql::id(move.curatorId));
    q.addBindValue(sql::text(move.reason));
    return m_db.exec(q);
}

Result<Handoff> HandoffRepository::offer(qint64 entryId, std::optional<qint64> familyId, UserId by,
                                         std::optional<UserId> curatorId, const QString& note,
                                         const QDateTime& deadline, const QDateTime& now)
{
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return std::unexpected(tx.error());
    QSqlQuery q = m_db.prepare(QStringLiteral(
        "INSERT INTO handoff (entry_id, family_id, offered_by, curator_id, note, deadline, state, created_at, "
        "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    q.addBindValue(entryId);
    q.addBindValue(sql::id(familyId));
    q.addBindValue(by);
    q.addBindValue(sql::id(curatorId));
    q.addBindValue(sql::text(note));
    q.addBindValue(deadline.toSecsSinceEpoch());
    q.addBindValue(toCode(HandoffState::Offered));
    q.addBindValue(now.toSecsSinceEpoch());
    q.addBindValue(now.toSecsSinceEpoch());
    if (auto ok = m_db.exec(q); !ok)
        return std::unexpected(ok.error());
    q.next();
    const HandoffId id = q.value(0).toLongLong();
    q.finish();
    Move created{HandoffAction::Offer, by, note, curatorId, deadline, std::nullopt};
    if (auto ok = addTransition(id, created, std::nullopt, HandoffState::Offered, now); !ok)
        return std::unexpected(ok.error());
    if (auto ok = tx->commit(); !ok)
        return std::unexpected(ok.error());
    return get(id);
}

Result<CaseId> HandoffRepository::openCase(const Handoff& handoff, UserId curator, const QDateTime& now) const
{
    const int year = now.toLocalTime().date().year();
    const auto number = YearlyCounter(m_db, QStringLiteral("case_counter"), QStringLiteral("case_year")).next(year);
    if (!number)
        return std::unexpected(number.error());
    const int seq = *number;
    QSqlQuery insert = m_db.prepare(QStringLiteral(
        "INSERT INTO support_case (case_year, case_seq, case_no, family_id, entry_id, curator_id, opened_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    insert.addBindValue(year);
    insert.addBindValue(seq);
    insert.addBindValue(QStringLiteral("%1/%2").arg(seq).arg(year));
    insert.addBindValue(sql::id(handoff.familyId));
    insert.addBindValue(handoff.entryId);
    insert.addBindValue(curator);
    insert.addBindValue(now.toSecsSinceEpoch());
    if (auto ok = m_db.exec(insert); !ok)
        return std::unexpected(ok.error());
    insert.next();
    return insert.value(0).toLongLong();
}

Result<Handoff> HandoffRepository::move(HandoffId id, const Move& move, const QDateTime& now)
{
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return std::unexpected(tx.error());
    // The row stays locked until the end: a move from another workstation waits for this one and then meets the new
    // state, so that two curators never both accept, and the one refused is told who was first.
    QSqlQuery lock = m_db.prepare(QStringLiteral("SELECT id FROM handoff WHERE id = ?") + m_db.dialect().lockRows());
    lock.addBindValue(id);
    if (auto ok = m_db.exec(lock); !ok)
        return std::unexpected(ok.error());
    lock.finish();
    auto current = get(id);
    if (!current)
        return std::unexpected(current.error());
    const auto to = HandoffRules::next(current->state, move.action);
    const bool changed = move.expectedVersion && *move.expectedVersion != current->version;
    if (!to || changed) {
        // Say what happened to it last, and who did it: usually someone else was first.
        const auto moves = history(id);
        const QString action = label(move.action).toLower();
        QString state = label(current->state).toLower();
        if (current->state == HandoffState::Offered)
            state = current->curatorId ? tr("offered to %1").arg(current->curatorName)
                                       : tr("offered to the curators' queue");
        const QString detail = QStringLiteral("handoff %1: %2 from %3, version %4 (expected %5)")
                                   .arg(id)
                                   .arg(toCode(move.action), toCode(current->state))
                                   .arg(current->version)
                                   .arg(move.expectedVersion.value_or(0));
        if (!moves || moves->isEmpty())
            return fail(Error::Kind::Conflict,
                        tr("You cannot %1 this handoff now: it is %2. Nothing was changed.").arg(action, state),
                        detail);
        const HandoffTransition& last = moves->last();
        const QString who = last.by ? last.byName : tr("the deadline");
        if (!to)
            return fail(
                Error::Kind::Conflict,
                tr("You cannot %1 this handoff now: it was %2 by %3 at %4 (%5). Nothing was changed.")
                    .arg(action, state, who, text::shownTime(last.at), text::shownDate(last.at.toLocalTime().date())),
                detail);
        return fail(Error::Kind::Conflict,
                    tr("The handoff of entry %1 was changed by %2 at %3 (%4) while you had it open: it is now %5. "
                       "Nothing was changed; look at it again and decide.")
                        .arg(current->entryNumber, who, text::shownTime(last.at),
                             text::shownDate(last.at.toLocalTime().date()), state),
                    detail);
    }
    std::optional<CaseId> caseId = current->caseId;
    if (move.action == HandoffAction::Accept) {
        auto opened = openCase(*current, move.by.value_or(0), now);
        if (!opened)
            return std::unexpected(opened.error());
        caseId = *opened;
    }
    const bool reassign = move.action == HandoffAction::Reassign;
    QSqlQuery update = m_db.prepare(
        QStringLiteral("UPDATE handoff SET state = ?, case_id = ?, curator_id = %1, deadline = %2, updated_at = ?, "
                       "version = version + 1 WHERE id = ? AND version = ?")
            .arg(reassign ? QStringLiteral("?") : QStringLiteral("curator_id"),
                 reassign ? QStringLiteral("?") : QStringLiteral("deadline")));
    update.addBindValue(toCode(*to));
    update.addBindValue(sql::id(caseId));
    if (reassign) {
        update.addBindValue(sql::id(move.curatorId));
        update.addBindValue(move.deadline.toSecsSinceEpoch());
    }
    update.addBindValue(now.toSecsSinceEpoch());
    update.addBindValue(id);
    update.addBindValue(current->version);
    if (auto ok = m_db.exec(update); !ok)
        return std::unexpected(ok.error());
    if (update.numRowsAffected() != 1) // not with the row locked above
        return fail(Error::Kind::Conflict, tr("Someone changed this handoff at the same moment. Nothing was changed."),
                    QStringLiteral("handoff %1: no row of version %2 to update").arg(id).arg(current->version));
    Move recorded = move;
    if (!reassign)
        recorded.curatorId = move.action == HandoffAction::Accept ? move.by : current->curatorId;
    if (auto ok = addTransition(id, recorded, current->state, *to, now); !ok)
        return std::unexpected(ok.error());
    // Read before the commit: after it another workstation may have saved again, and the record returned must be
    // the one this save made (its version is what the caller's next save is checked against).
    auto saved = get(id);
    if (!saved)
        return saved;
    if (auto ok = tx->commit(); !ok)
        return std::unexpected(ok.error());
    return saved;
}

Result<QList<HandoffTransition>> HandoffRepository::history(HandoffId id) const
{
    QSqlQuery q = m_db.prepare(
        QStringLiteral("SELECT t.at, t.by_user, u.full_name, t.action, t.from_state, t.to_state, t.curator_id, "
                       "t.reason, c.full_name FROM handoff_transition t LEFT JOIN app_user u ON u.id = t.by_user "
                       "LEFT JOIN app_user c ON c.id = t.curator_id WHERE t.handoff_id = ? ORDER BY t.at, t.id"));
    q.addBindValue(id);
    if (auto ok = m_db.exec(q); !ok)
        return std::unexpected(ok.error());
    QList<HandoffTransition> result;
    while (q.next()) {
        HandoffTransition t;
        t.at = QDateTime::fromSecsSinceEpoch(q.value(0).toLongLong());
        t.by = sql::idFrom(q.value(1));
        t.byName = q.value(2).toString();
        t.action = fromCode<HandoffAction>(q.value(3).toString()).value_or(HandoffAction::Offer);
        if (!q.value(4).isNull())
            t.from = fromCode<HandoffState>(q.value(4).toString());
        t.to = fromCode<HandoffState>(q.value(5).toString()).value_or(HandoffState::Offered);
        t.curatorId = sql::idFrom(q.value(6));
        t.reason = q.value(7).toString();
        t.curatorName = q.value(8).toString();
        result << t;
    }
    return result;
}

Result<SupportCase> HandoffRepository::supportCase(CaseId id) const
{
    QSqlQuery q = m_db.prepare(QStringLiteral(
        "SELECT id, case_no, family_id, entry_id, curator_id, opened_at FROM support_case WHERE id = ?"));
    q.addBindValue(id);
    if (auto ok = m_db.exec(q); !ok)
        return std::unexpected(ok.error());
    if (!q.next())
        return fail(Error::Kind::NotFound, tr("The case no longer exists."));
    return SupportCase{q.value(0).toLongLong(), q.value(1).toString(),
                       sql::idFrom(q.value(2)), sql::idFrom(q.value(3)),
                       q.value(4).toLongLong(), QDateTime::fromSecsSinceEpoch(q.value(5).toLongLong())};
}

Result<QList<Handoff>> HandoffRepository::inbox(UserId curatorId) const
{
    return select(QStringLiteral("WHERE h.state IN (?, ?) AND (h.curator_id = ? OR h.curator_id IS NULL) "
                                 "ORDER BY h.deadline, h.id"),
                  {toCode(HandoffState::Offered), toCode(HandoffState::Escalated), curatorId});
}

Result<QList<Handoff>> HandoffRepository::returnedTo(UserId dispatcherId) const
{
    return select(QStringLiteral("WHERE h.state = ? AND h.offered_by = ? ORDER BY h.updated_at DESC, h.id DESC"),
                  {toCode(HandoffState::Returned), dispatcherId});
}

Result<QList<Handoff>> HandoffRepository::inState(HandoffState state) const
{
    return select(QStringLiteral("WHERE h.state = ? ORDER BY h.deadline, h.id"), {toCode(state)});
}

Result<QList<Handoff>> HandoffRepository::overdue(const QDateTime& now) const
{
    return select(QStringLiteral("WHERE h.state IN (?, ?) AND h.deadline < ? ORDER BY h.deadline, h.id"),
                  {toCode(HandoffState::Offered), toCode(HandoffState::Escalated), now.toSecsSinceEpoch()});
}

Result<QList<Handoff>> HandoffRepository::ofEntry(qint64 entryId) const
{
    return select(QStringLiteral("WHERE h.entry_id = ? ORDER BY h.created_at, h.id"), {entryId});
}

} // namespace zabota::core
