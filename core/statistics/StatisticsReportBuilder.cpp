// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/statistics/StatisticsReportBuilder.h"

#include "core/family/FamilyEnums.h"
#include "core/journal/JournalEnums.h"
#include "core/statistics/StatisticsRepository.h"
#include "core/supportcase/SupportPlan.h"

#include <algorithm>

namespace zabota::core {

namespace {

StatisticsRow count(const QString& label, int now, int before, int level = 0, bool charted = false)
{
    return {label, double(now), double(before), StatisticsUnit::Count, level, charted};
}

// A part of a whole as a percentage; unknown when the whole is nothing.
std::optional<double> share(int part, int whole)
{
    if (whole <= 0)
        return std::nullopt;
    return part * 100.0 / whole;
}

StatisticsRow percent(const QString& label, int partNow, int wholeNow, int partBefore, int wholeBefore)
{
    return {label, share(partNow, wholeNow), share(partBefore, wholeBefore), StatisticsUnit::Percent, 0, false};
}

// A row for every value of an enumeration, in its order, under its translated label.
template <typename E>
QList<StatisticsRow> enumRows(const QHash<QString, int>& now, const QHash<QString, int>& before, int level = 0)
{
    QList<StatisticsRow> rows;
    for (const E value : allValues<E>())
        rows << count(label(value), now.value(toCode(value)), before.value(toCode(value)), level, true);
    return rows;
}

// The counts under codes no value of the enumeration has (written by a newer console, or none at all).
template <typename E>
std::pair<int, int> unknownCodes(const QHash<QString, int>& now, const QHash<QString, int>& before)
{
    auto sum = [](const QHash<QString, int>& counts) {
        int n = 0;
        for (auto it = counts.cbegin(); it != counts.cend(); ++it)
            if (!fromCode<E>(it.key()))
                n += it.value();
        return n;
    };
    return {sum(now), sum(before)};
}

int appealsOf(const StatisticsFigures& f)
{
    return f.byDisposition.value(toCode(Disposition::Case));
}

int sumOf(const QHash<QString, int>& counts, const QList<CallerType>& types)
{
    int n = 0;
    for (const CallerType type : types)
        n += counts.value(toCode(type));
    return n;
}

} // namespace

Result<StatisticsReport> StatisticsReportBuilder::compute(const StatisticsRepository& repository,
                                                          const StatisticsPeriod& period)
{
    if (auto ok = period.validate(); !ok)
        return std::unexpected(ok.error());
    const StatisticsPeriod previous = period.previous();
    auto now = repository.figures(period.from(), period.to());
    if (!now)
        return std::unexpected(now.error());
    auto before = repository.figures(previous.from(), previous.to());
    if (!before)
        return std::unexpected(before.error());
    auto names = repository.names();
    if (!names)
        return std::unexpected(names.error());
    return build(period, *now, *before, *names);
}

StatisticsReport StatisticsReportBuilder::build(const StatisticsPeriod& period, const StatisticsFigures& current,
                                                const StatisticsFigures& previous, const StatisticsNames& names)
{
    StatisticsReport report;
    report.period = period;
    report.previous = period.previous();
    report.computedAt = QDateTime::currentDateTime();
    report.sections = {appeals(current, previous),  channels(current, previous), categories(current, previous, names),
                       callers(current, previous),  urgency(current, previous),  dispatchers(current, previous, names),
                       handoffs(current, previous), cases(current, previous),    familyRegister(current, previous)};
    return report;
}

StatisticsSection StatisticsReportBuilder::appeals(const StatisticsFigures& now, const StatisticsFigures& before)
{
    StatisticsSection s{QStringLiteral("appeals"),
                        tr("Journal entries"),
                        tr("Entries received in the period. An appeal is an entry with case data; the calls registered "
                           "with one key carry none. The tables of channels, categories, callers and urgency count "
                           "appeals; the table of dispatchers counts every entry."),
                        StatisticsChart::Bars,
                        {}};
    s.rows << count(tr("Entries in the journal"), now.entries, before.entries);
    s.rows << enumRows<Disposition>(now.byDisposition, before.byDisposition, 1);
    // The disposition's own label names one entry («Appeal»); the row counts them.
    s.rows[1].label = tr("Appeals");
    return s;
}

StatisticsSection StatisticsReportBuilder::channels(const StatisticsFigures& now, const StatisticsFigures& before)
{
    StatisticsSection s{QStringLiteral("channels"), tr("Appeals by channel"), {}, StatisticsChart::Bars, {}};
    s.rows = enumRows<Channel>(now.byChannel, before.byChannel);
    return s;
}

StatisticsSection StatisticsReportBuilder::categories(const StatisticsFigures& now, const StatisticsFigures& before,
                                                      const StatisticsNames& names)
{
    StatisticsSection s{QStringLiteral("categories"),
                        tr("Appeals by problem category"),
                        tr("Categories no longer in use are shown while they have appeals in either period."),
                        StatisticsChart::Bars,
                        {}};
    for (const ProblemCategory& c : names.categories) {
        const int n = now.byCategory.value(c.id);
        const int b = before.byCategory.value(c.id);
        if (c.active || n > 0 || b > 0)
            s.rows << count(c.title, n, b, 0, true);
    }
    // Appeals with no category, or with one since removed from the list.
    auto rest = [&names](const QHash<CategoryId, int>& counts) {
        int n = 0;
        for (auto it = counts.cbegin(); it != counts.cend(); ++it)
            if (std::ranges::none_of(names.categories, [&it](const ProblemCategory& c) { return c.id == it.key(); }))
                n += it.value();
        return n;
    };
    const int restNow = rest(now.byCategory);
    const int restBefore = rest(before.byCategory);
    if (restNow > 0 || restBefore > 0)
        s.rows << count(tr("No category"), restNow, restBefore, 0, true);
    return s;
}

StatisticsSection StatisticsReportBuilder::callers(const StatisticsFigures& now, const StatisticsFigures& before)
{
    StatisticsSection s{
        QStringLiteral("callers"),
        tr("Appeals by caller: minors and adults"),
        tr("Minors: callers of the type «%1». Adults: «%2», «%3» and «%4». Agencies call about a family. For «%5» and "
           "«%6» callers the age is not known. The share of minors is taken of every appeal.")
            .arg(label(CallerType::Child), label(CallerType::Parent), label(CallerType::Relative),
                 label(CallerType::Neighbour), label(CallerType::Anonymous), label(CallerType::Other)),
        StatisticsChart::Bars,
        {}};
    struct Group {
        QString title;
        QList<CallerType> types;
    };
    const Group groups[] = {
        {tr("Minors"), {CallerType::Child}},
        {tr("Adults"), {CallerType::Parent, CallerType::Relative, CallerType::Neighbour}},
        {tr("Agencies"), {CallerType::Agency}},
        {tr("Age not known"), {CallerType::Anonymous, CallerType::Other}},
    };
    for (const Group& g : groups) {
        s.rows << count(g.title, sumOf(now.byCallerType, g.types), sumOf(before.byCallerType, g.types), 0, true);
        for (const CallerType type : g.types)
            s.rows << count(label(type), now.byCallerType.value(toCode(type)), before.byCallerType.value(toCode(type)),
                            1);
    }
    s.rows << percent(tr("Share of minors"), sumOf(now.byCallerType, {CallerType::Child}), appealsOf(now),
                      sumOf(before.byCallerType, {CallerType::Child}), appealsOf(before));
    return s;
}

StatisticsSection StatisticsReportBuilder::urgency(const StatisticsFigures& now, const StatisticsFigures& before)
{
    StatisticsSection s{QStringLiteral("urgency"), tr("Appeals by urgency"), {}, StatisticsChart::Bars, {}};
    s.rows = enumRows<Urgency>(now.byUrgency, before.byUrgency);
    return s;
}

StatisticsSection StatisticsReportBuilder::dispatchers(const StatisticsFigures& now, const StatisticsFigures& before,
                                                       const StatisticsNames& names)
{
    StatisticsSection s{QStringLiteral("dispatchers"),
                        tr("Journal entries by dispatcher"),
                        tr("Every entry registered by the person, calls without an appeal included."),
                        StatisticsChart::Bars,
                        {}};
    QList<UserId> ids = now.byDispatcher.keys();
    for (const UserId id : before.byDispatcher.keys())
        if (!ids.contains(id))
            ids << id;
    auto nameOf = [&names](UserId id) {
        return names.users.value(id, tr("User %1").arg(id));
    };
    std::ranges::sort(ids,
                      [&nameOf](UserId a, UserId b) { return QString::localeAwareCompare(nameOf(a), nameOf(b)) < 0; });
    for (const UserId id : ids)
        s.rows << count(nameOf(id), now.byDispatcher.value(id), before.byDispatcher.value(id), 0, true);
    return s;
}

StatisticsSection StatisticsReportBuilder::handoffs(const StatisticsFigures& now, const StatisticsFigures& before)
{
    StatisticsSection s{QStringLiteral("handoffs"),
                        tr("Handoffs to case curators"),
                        tr("Offered: handoffs made in the period. Accepted, returned, escalated and withdrawn: "
                           "handoffs that moved so in the period, each counted once. The times run from the offer to "
                           "the acceptance, over the handoffs accepted in the period, and the deadline is the one in "
                           "force when the handoff was accepted."),
                        StatisticsChart::Bars,
                        {}};
    s.rows << count(tr("Offered"), now.handoffsOffered, before.handoffsOffered, 0, true);
    s.rows << count(tr("Accepted"), now.handoffsAccepted, before.handoffsAccepted, 0, true);
    s.rows << count(tr("Returned by the curator"), now.handoffsReturned, before.handoffsReturned, 0, true);
    s.rows << count(tr("Escalated past the deadline"), now.handoffsEscalated, before.handoffsEscalated, 0, true);
    s.rows << count(tr("Withdrawn"), now.handoffsWithdrawn, before.handoffsWithdrawn, 0, true);
    s.rows << percent(tr("Accepted by the deadline"), now.acceptedInTime, now.handoffsAccepted, before.acceptedInTime,
                      before.handoffsAccepted);
    s.rows << StatisticsRow{tr("Time to acceptance, median"), now.medianHoursToAccept, before.medianHoursToAccept,
                            StatisticsUnit::Hours};
    s.rows << StatisticsRow{tr("Time to acceptance, mean"), now.meanHoursToAccept, before.meanHoursToAccept,
                            StatisticsUnit::Hours};
    return s;
}

StatisticsSection StatisticsReportBuilder::cases(const StatisticsFigures& now, const StatisticsFigures& before)
{
    StatisticsSection s{QStringLiteral("cases"),
                        tr("Support cases"),
                        tr("A positive result is the outcome «%1».").arg(label(CaseOutcome::ImprovedRemoved)),
                        StatisticsChart::Pie,
                        {}};
    s.rows << count(tr("Opened"), now.casesOpened, before.casesOpened);
    s.rows << count(tr("Closed"), now.casesClosed, before.casesClosed);
    s.rows << enumRows<CaseOutcome>(now.closedByOutcome, before.closedByOutcome, 1);
    if (const auto [n, b] = unknownCodes<CaseOutcome>(now.closedByOutcome, before.closedByOutcome); n > 0 || b > 0)
        s.rows << count(tr("Outcome not stated"), n, b, 1, true);
    const QString positive = toCode(CaseOutcome::ImprovedRemoved);
    s.rows << percent(tr("Closed with a positive result"), now.closedByOutcome.value(positive), now.casesClosed,
                      before.closedByOutcome.value(positive), before.casesClosed);
    s.rows << count(tr("Open at the end of the period"), now.casesOpenAtEnd, before.casesOpenAtEnd);
    return s;
}

StatisticsSection StatisticsReportBuilder::familyRegister(const StatisticsFigures& now, const StatisticsFigures& before)
{
    StatisticsSection s{
        QStringLiteral("register"),
        tr("Families on the preventive register"),
        tr("A family is on the register from the day it is put on it until the day it is taken off. At the start: "
           "before the first day's changes; at the end: after the last day's. A positive result is the reason «%1».")
            .arg(label(RemovalReason::Improvement)),
        StatisticsChart::Bars,
        {}};
    s.rows << count(tr("On the register at the start"), now.onRegisterAtStart, before.onRegisterAtStart, 0, true);
    s.rows << count(tr("Put on the register"), now.putOnRegister, before.putOnRegister, 0, true);
    s.rows << count(tr("Taken off the register"), now.takenOffRegister, before.takenOffRegister, 0, true);
    for (StatisticsRow row : enumRows<RemovalReason>(now.takenOffByReason, before.takenOffByReason, 1)) {
        row.charted = false;
        s.rows << row;
    }
    if (const auto [n, b] = unknownCodes<RemovalReason>(now.takenOffByReason, before.takenOffByReason); n > 0 || b > 0)
        s.rows << count(tr("Reason not stated"), n, b, 1);
    s.rows << count(tr("On the register at the end"), now.onRegisterAtEnd, before.onRegisterAtEnd, 0, true);
    const QString improvement = toCode(RemovalReason::Improvement);
    s.rows << percent(tr("Taken off with a positive result"), now.takenOffByReason.value(improvement),
                      now.takenOffRegister, before.takenOffByReason.value(improvement), before.takenOffRegister);
    return s;
}

} // namespace zabota::core
