// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/supportcase/CaseList.h"

#include "core/storage/Database.h"
#include "core/storage/SqlValue.h"

#include <QSqlQuery>

#include <algorithm>

namespace zabota::core {

namespace {

// The main member of a family: the first in the card's order.
const QString kMainMember =
    QStringLiteral("(SELECT TRIM(m.surname || ' ' || m.first_name || ' ' || m.patronymic) FROM family_member m "
                   "WHERE m.family_id = %1 ORDER BY m.position LIMIT 1)");

QString caseSelect()
{
    return QStringLiteral(
               "SELECT c.id, c.case_no, c.family_id, f.card_no, %1, "
               "CASE WHEN f.actual_address <> '' THEN f.actual_address ELSE f.registered_address END, "
               "c.entry_id, e.reg_no, e.reg_year, c.curator_id, u.full_name, c.opened_at, c.basis, c.level, "
               "c.contract_no, c.contract_date, c.contract_until, c.closed_at, c.outcome, c.closing_reason, c.version, "
               "(SELECT COUNT(*) FROM plan_item p WHERE p.case_id = c.id AND p.status = ?), "
               "(SELECT COUNT(*) FROM plan_item p WHERE p.case_id = c.id AND p.status = ? AND p.due_date < ?), "
               "e.applicant_name "
               "FROM support_case c LEFT JOIN family f ON f.id = c.family_id "
               "LEFT JOIN journal_entry e ON e.id = c.entry_id JOIN app_user u ON u.id = c.curator_id ")
        .arg(kMainMember.arg(QStringLiteral("c.family_id")));
}

void bindCounts(QSqlQuery& q, const QDate& today)
{
    q.addBindValue(toCode(PlanItemStatus::Planned));
    q.addBindValue(toCode(PlanItemStatus::Planned));
    q.addBindValue(sql::date(today));
}

QDateTime momentFrom(const QVariant& seconds)
{
    return seconds.isNull() ? QDateTime() : QDateTime::fromSecsSinceEpoch(seconds.toLongLong()).toLocalTime();
}

CaseSummary caseFrom(const QSqlQuery& q)
{
    CaseSummary c;
    c.id = q.value(0).toLongLong();
    c.caseNo = q.value(1).toString();
    c.familyId = sql::idFrom(q.value(2));
    c.familyCardNo = q.value(3).toString();
    c.familyName = q.value(4).toString();
    if (c.familyName.isEmpty())
        c.familyName = q.value(23).toString(); // no family linked: the applicant of the entry
    c.familyAddress = q.value(5).toString();
    c.entryId = sql::idFrom(q.value(6));
    if (c.entryId)
        c.entryNumber = QStringLiteral("%1/%2").arg(q.value(7).toInt()).arg(q.value(8).toInt());
    c.curatorId = q.value(9).toLongLong();
    c.curatorName = q.value(10).toString();
    c.openedAt = momentFrom(q.value(11));
    c.basis = q.value(12).toString();
    c.level = fromCode<CaseLevel>(q.value(13).toString());
    c.contract = {q.value(14).toString(), sql::dateFrom(q.value(15)), sql::dateFrom(q.value(16))};
    c.closedAt = momentFrom(q.value(17));
    c.outcome = fromCode<CaseOutcome>(q.value(18).toString());
    c.closingReason = q.value(19).toString();
    c.version = q.value(20).toInt();
    c.openItems = q.value(21).toInt();
    c.overdueItems = q.value(22).toInt();
    return c;
}

} // namespace

CaseList::CaseList(Database& db, Clock clock)
    : m_db(db)
    , m_clock(std::move(clock))
{}

Result<CaseSummary> CaseList::get(CaseId id) const
{
    QSqlQuery q = m_db.prepare(caseSelect() + QStringLiteral("WHERE c.id = ?"));
    bindCounts(q, m_clock().date());
    q.addBindValue(id);
    if (auto ok = m_db.exec(q); !ok)
        return std::unexpected(ok.error());
    if (!q.next())
        return fail(Error::Kind::NotFound, tr("The case no longer exists."));
    return caseFrom(q);
}

Result<QList<CaseSummary>> CaseList::cases(const CaseFilter& filter) const
{
    QStringList where;
    if (filter.curator)
        where << QStringLiteral("c.curator_id = ?");
    if (filter.openOnly)
        where << QStringLiteral("c.closed_at IS NULL");
    QSqlQuery q =
        m_db.prepare(caseSelect() + (where.isEmpty() ? QString() : QStringLiteral("WHERE ") + where.join(u" AND ")) +
                     QStringLiteral(" ORDER BY c.opened_at DESC, c.id DESC"));
    bindCounts(q, m_clock().date());
    if (filter.curator)
        q.addBindValue(*filter.curator);
    if (auto ok = m_db.exec(q); !ok)
        return std::unexpected(ok.error());
    QList<CaseSummary> list;
    while (q.next())
        list << caseFrom(q);
    return list;
}

Result<QList<OverdueRow>> CaseList::overdue(std::optional<UserId> curator) const
{
    const QDateTime now = m_clock();
    QList<OverdueRow> rows;

    QSqlQuery items = m_db.prepare(
        QStringLiteral("SELECT p.id, p.case_id, c.case_no, %1, p.activity, u.full_name, p.due_date, "
                       "e.applicant_name FROM plan_item p JOIN support_case c ON c.id = p.case_id "
                       "JOIN app_user u ON u.id = c.curator_id LEFT JOIN journal_entry e ON e.id = c.entry_id "
                       "WHERE p.status = ? AND p.due_date < ? AND c.closed_at IS NULL%2")
            .arg(kMainMember.arg(QStringLiteral("c.family_id")),
                 curator ? QStringLiteral(" AND c.curator_id = ?") : QString()));
    items.addBindValue(toCode(PlanItemStatus::Planned));
    items.addBindValue(sql::date(now.date()));
    if (curator)
        items.addBindValue(*curator);
    if (auto ok = m_db.exec(items); !ok)
        return std::unexpected(ok.error());
    while (items.next()) {
        OverdueRow row;
        row.kind = OverdueRow::Kind::PlanItem;
        row.itemId = items.value(0).toLongLong();
        row.caseId = items.value(1).toLongLong();
        row.number = items.value(2).toString();
        row.familyName = items.value(3).toString();
        if (row.familyName.isEmpty())
            row.familyName = items.value(7).toString();
        row.what = items.value(4).toString();
        row.holder = items.value(5).toString();
        row.due = sql::dateFrom(items.value(6)).startOfDay();
        rows << row;
    }

    QSqlQuery offers = m_db.prepare(
        QStringLiteral("SELECT h.id, h.entry_id, e.reg_no, e.reg_year, %1, e.applicant_name, h.note, u.full_name, "
                       "h.deadline FROM handoff h JOIN journal_entry e ON e.id = h.entry_id "
                       "LEFT JOIN app_user u ON u.id = h.curator_id WHERE h.state IN (?, ?) AND h.deadline < ?%2")
            .arg(kMainMember.arg(QStringLiteral("h.family_id")),
                 curator ? QStringLiteral(" AND h.curator_id = ?") : QString()));
    offers.addBindValue(toCode(HandoffState::Offered));
    offers.addBindValue(toCode(HandoffState::Escalated));
    offers.addBindValue(now.toSecsSinceEpoch());
    if (curator)
        offers.addBindValue(*curator);
    if (auto ok = m_db.exec(offers); !ok)
        return std::unexpected(ok.error());
    while (offers.next()) {
        OverdueRow row;
        row.kind = OverdueRow::Kind::Handoff;
        row.handoffId = offers.value(0).toLongLong();
        row.entryId = offers.value(1).toLongLong();
        row.number = QStringLiteral("%1/%2").arg(offers.value(2).toInt()).arg(offers.value(3).toInt());
        row.familyName = offers.value(4).toString();
        if (row.familyName.isEmpty())
            row.familyName = offers.value(5).toString();
        row.what = offers.value(6).toString();
        row.holder = offers.value(7).toString();
        row.due = momentFrom(offers.value(8));
        rows << row;
    }
    std::ranges::stable_sort(rows, {}, &OverdueRow::due);
    return rows;
}

} // namespace zabota::core
