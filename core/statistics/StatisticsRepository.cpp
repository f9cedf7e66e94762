// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/statistics/StatisticsRepository.h"

#include "core/handoff/HandoffRules.h"
#include "core/journal/JournalEnums.h"
#include "core/storage/Database.h"
#include "core/storage/SqlValue.h"

#include <QSqlQuery>

namespace zabota::core {

namespace {

constexpr double kSecondsPerHour = 3600.0;

} // namespace

StatisticsRepository::StatisticsRepository(const Database& db)
    : m_db(db)
{}

Result<int> StatisticsRepository::single(const QString& sql, const QVariantList& binds) const
{
    auto rows = m_db.list(sql, binds, [](const QSqlQuery& q) { return q.value(0).toInt(); });
    if (!rows)
        return std::unexpected(rows.error());
    return rows->isEmpty() ? 0 : rows->first();
}

Result<QHash<QString, int>> StatisticsRepository::byCode(const QString& sql, const QVariantList& binds) const
{
    auto rows = m_db.list(sql, binds, [](const QSqlQuery& q) {
        return std::pair{q.value(0).toString(), q.value(1).toInt()};
    });
    if (!rows)
        return std::unexpected(rows.error());
    QHash<QString, int> counts;
    for (const auto& [code, count] : std::as_const(*rows))
        counts[code] += count;
    return counts;
}

Result<QHash<qint64, int>> StatisticsRepository::byId(const QString& sql, const QVariantList& binds) const
{
    // NULL (no category) comes back as 0.
    auto rows = m_db.list(sql, binds, [](const QSqlQuery& q) {
        return std::pair{q.value(0).toLongLong(), q.value(1).toInt()};
    });
    if (!rows)
        return std::unexpected(rows.error());
    QHash<qint64, int> counts;
    for (const auto& [id, count] : std::as_const(*rows))
        counts[id] += count;
    return counts;
}

Status StatisticsRepository::countJournal(StatisticsFigures& f, qint64 start, qint64 end) const
{
    // The counts of each combination of the columns, from the journal_entry_statistics index alone (see migration
    // 0015), added up here by disposition, and for appeals by channel, caller type, urgency and category. Grouping by
    // one column at a time would make the planner walk that column's own index and read every entry's row for its
    // disposition, several times slower.
    struct Group {
        QString disposition;
        QString channel;
        QString callerType;
        QString urgency;
        CategoryId category = 0;
        int count = 0;
    };
    auto groups = m_db.list(
        QStringLiteral("SELECT disposition, channel, caller_type, urgency, category_id, COUNT(*) FROM journal_entry "
                       "WHERE received_at >= ? AND received_at < ? "
                       "GROUP BY disposition, channel, caller_type, urgency, category_id"),
        {start, end}, [](const QSqlQuery& q) {
            return Group{q.value(0).toString(), q.value(1).toString(),   q.value(2).toString(),
                         q.value(3).toString(), q.value(4).toLongLong(), q.value(5).toInt()};
        });
    if (!groups)
        return std::unexpected(groups.error());
    const QString appeal = toCode(Disposition::Case);
    f.entries = 0;
    for (const Group& g : std::as_const(*groups)) {
        f.entries += g.count;
        f.byDisposition[g.disposition] += g.count;
        if (g.disposition != appeal)
            continue;
        f.byChannel[g.channel] += g.count;
        f.byCallerType[g.callerType] += g.count;
        f.byUrgency[g.urgency] += g.count;
        f.byCategory[g.category] += g.count; // 0: no category
    }
    auto dispatchers = byId(QStringLiteral("SELECT created_by, COUNT(*) FROM journal_entry "
                                           "WHERE received_at >= ? AND received_at < ? GROUP BY created_by"),
                            {start, end});
    if (!dispatchers)
        return std::unexpected(dispatchers.error());
    f.byDispatcher = *dispatchers;
    return {};
}

Status StatisticsRepository::countHandoffs(StatisticsFigures& f, qint64 start, qint64 end) const
{
    auto offered =
        single(QStringLiteral("SELECT COUNT(*) FROM handoff WHERE created_at >= ? AND created_at < ?"), {start, end});
    if (!offered)
        return std::unexpected(offered.error());
    f.handoffsOffered = *offered;

    // A handoff returned twice in the period counts once; acceptance and withdrawal happen once anyway.
    const QString accept = toCode(HandoffAction::Accept);
    auto moves = byCode(
        QStringLiteral("SELECT action, COUNT(DISTINCT handoff_id) FROM handoff_transition WHERE action IN (?, ?, ?, ?) "
                       "AND at >= ? AND at < ? GROUP BY action"),
        {accept, toCode(HandoffAction::Return), toCode(HandoffAction::Escalate), toCode(HandoffAction::Withdraw), start,
         end});
    if (!moves)
        return std::unexpected(moves.error());
    f.handoffsAccepted = moves->value(accept);
    f.handoffsReturned = moves->value(toCode(HandoffAction::Return));
    f.handoffsEscalated = moves->value(toCode(HandoffAction::Escalate));
    f.handoffsWithdrawn = moves->value(toCode(HandoffAction::Withdraw));

    // The wait from the offer to the acceptance, and whether it came by the deadline in force then (a reassignment
    // sets a new one; nothing changes it after the acceptance).
    const QString accepted = QStringLiteral("FROM handoff_transition t JOIN handoff h ON h.id = t.handoff_id "
                                            "WHERE t.action = ? AND t.at >= ? AND t.at < ? ");
    const QVariantList binds{accept, start, end};
    auto summary = m_db.list(QStringLiteral("SELECT COUNT(*), AVG(t.at - h.created_at), "
                                            "SUM(CASE WHEN t.at <= h.deadline THEN 1 ELSE 0 END) ") +
                                 accepted,
                             binds, [](const QSqlQuery& q) {
                                 return std::tuple{q.value(0).toInt(), q.value(1), q.value(2).toInt()};
                             });
    if (!summary)
        return std::unexpected(summary.error());
    const auto [count, mean, inTime] = summary->value(0);
    f.acceptedInTime = inTime;
    f.meanHoursToAccept.reset();
    f.medianHoursToAccept.reset();
    if (count == 0)
        return {};
    f.meanHoursToAccept = mean.toDouble() / kSecondsPerHour;
    // The median: the middle wait, or the mean of the two middle ones.
    auto middle = m_db.list(QStringLiteral("SELECT t.at - h.created_at AS waited ") + accepted +
                                QStringLiteral("ORDER BY waited LIMIT ? OFFSET ?"),
                            binds + QVariantList{count % 2 == 0 ? 2 : 1, (count - 1) / 2},
                            [](const QSqlQuery& q) { return q.value(0).toDouble(); });
    if (!middle)
        return std::unexpected(middle.error());
    if (!middle->isEmpty()) {
        double sum = 0;
        for (const double waited : std::as_const(*middle))
            sum += waited;
        f.medianHoursToAccept = sum / double(middle->size()) / kSecondsPerHour;
    }
    return {};
}

Status StatisticsRepository::countCases(StatisticsFigures& f, qint64 start, qint64 end) const
{
    auto opened = single(QStringLiteral("SELECT COUNT(*) FROM support_case WHERE opened_at >= ? AND opened_at < ?"),
                         {start, end});
    if (!opened)
        return std::unexpected(opened.error());
    f.casesOpened = *opened;
    auto closed = byCode(QStringLiteral("SELECT COALESCE(outcome, ''), COUNT(*) FROM support_case "
                                        "WHERE closed_at >= ? AND closed_at < ? GROUP BY outcome"),
                         {start, end});
    if (!closed)
        return std::unexpected(closed.error());
    f.closedByOutcome = *closed;
    f.casesClosed = 0;
    for (const int n : std::as_const(f.closedByOutcome))
        f.casesClosed += n;
    auto open = single(QStringLiteral("SELECT COUNT(*) FROM support_case WHERE opened_at < ? AND "
                                      "(closed_at IS NULL OR closed_at >= ?)"),
                       {end, end});
    if (!open)
        return std::unexpected(open.error());
    f.casesOpenAtEnd = *open;
    return {};
}

Status StatisticsRepository::countRegister(StatisticsFigures& f, const QDate& from, const QDate& to) const
{
    // A stay covers the days from registered_on to the day before removed_on: a family taken off on a day is no
    // longer on the register at that day's end. Stays of one family never overlap.
    const QVariant first = sql::date(from);
    const QVariant last = sql::date(to);
    auto atStart = single(QStringLiteral("SELECT COUNT(DISTINCT family_id) FROM family_registration "
                                         "WHERE registered_on < ? AND (removed_on IS NULL OR removed_on >= ?)"),
                          {first, first});
    if (!atStart)
        return std::unexpected(atStart.error());
    f.onRegisterAtStart = *atStart;
    auto atEnd = single(QStringLiteral("SELECT COUNT(DISTINCT family_id) FROM family_registration "
                                       "WHERE registered_on <= ? AND (removed_on IS NULL OR removed_on > ?)"),
                        {last, last});
    if (!atEnd)
        return std::unexpected(atEnd.error());
    f.onRegisterAtEnd = *atEnd;
    auto putOn = single(
        QStringLiteral("SELECT COUNT(*) FROM family_registration WHERE registered_on >= ? AND registered_on <= ?"),
        {first, last});
    if (!putOn)
        return std::unexpected(putOn.error());
    f.putOnRegister = *putOn;
    auto takenOff = byCode(QStringLiteral("SELECT COALESCE(removal_reason, ''), COUNT(*) FROM family_registration "
                                          "WHERE removed_on >= ? AND removed_on <= ? GROUP BY removal_reason"),
                           {first, last});
    if (!takenOff)
        return std::unexpected(takenOff.error());
    f.takenOffByReason = *takenOff;
    f.takenOffRegister = 0;
    for (const int n : std::as_const(f.takenOffByReason))
        f.takenOffRegister += n;
    return {};
}

Result<StatisticsFigures> StatisticsRepository::figures(const QDate& from, const QDate& to) const
{
    const qint64 start = from.startOfDay().toSecsSinceEpoch();
    const qint64 end = to.addDays(1).startOfDay().toSecsSinceEpoch();
    StatisticsFigures f;
    if (auto ok = countJournal(f, start, end); !ok)
        return std::unexpected(ok.error());
    if (auto ok = countHandoffs(f, start, end); !ok)
        return std::unexpected(ok.error());
    if (auto ok = countCases(f, start, end); !ok)
        return std::unexpected(ok.error());
    if (auto ok = countRegister(f, from, to); !ok)
        return std::unexpected(ok.error());
    return f;
}

Result<StatisticsNames> StatisticsRepository::names() const
{
    StatisticsNames names;
    auto categories =
        m_db.list(QStringLiteral("SELECT id, title, position, active FROM problem_category ORDER BY position, title"),
                  {}, [](const QSqlQuery& q) {
                      return ProblemCategory{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toInt(),
                                             q.value(3).toBool()};
                  });
    if (!categories)
        return std::unexpected(categories.error());
    names.categories = *categories;
    auto users = m_db.list(QStringLiteral("SELECT id, full_name FROM app_user"), {}, [](const QSqlQuery& q) {
        return std::pair{q.value(0).toLongLong(), q.value(1).toString()};
    });
    if (!users)
        return std::unexpected(users.error());
    for (const auto& [id, name] : std::as_const(*users))
        names.users.insert(id, name);
    return names;
}

} // namespace zabota::core
