// SPDX-License-Identifier: GPL-3.0-or-later
// The supervisor's statistics at the size of a large centre: 1,000,000 journal entries over five years, with handoffs,
// support cases and stays on the register in proportion. Target: the statistics of a year beside the year before
// within 1 s. The month's and the quarter's are given too.
//
// It fills a fresh SQLite file quickly (one transaction, prepared inserts, no full-text index: the statistics never
// read it), opens it again as the console would, and computes each report several times, printing the 50th
// percentile and the slowest run. --database PATH keeps the file (and reuses one that is already filled unless
// --rebuild is given).
#include "core/auth/UserRepository.h"
#include "core/statistics/StatisticsReportBuilder.h"
#include "core/statistics/StatisticsRepository.h"
#include "core/storage/Database.h"
#include "core/storage/Transaction.h"
#include "tests/bench/BenchOutput.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>
#include <array>
#include <functional>

using namespace zabota;
using namespace zabota::bench;

namespace {

constexpr double kYearTargetMs = 1000.0;
constexpr int kDispatchers = 12;
constexpr int kCurators = 10;
// One appeal in twenty is handed to a curator; one card of the register for every 25 entries.
constexpr int kEntriesPerHandoff = 20;
constexpr int kEntriesPerStay = 25;

template <typename T>
T check(const QString& what, core::Result<T> result)
{
    if (!result)
        die(what, result.error());
    return std::move(*result);
}

void exec(const core::Database& db, QSqlQuery& q, const QString& what)
{
    if (auto ok = db.exec(q); !ok)
        die(what, ok.error());
}

// A weighted choice: the index of the weight the draw falls on.
template <std::size_t N>
int pick(QRandomGenerator& rng, const std::array<int, N>& weights)
{
    int total = 0;
    for (const int w : weights)
        total += w;
    int draw = int(rng.bounded(total));
    for (std::size_t i = 0; i < N; ++i) {
        if (draw < weights[i])
            return int(i);
        draw -= weights[i];
    }
    return int(N - 1);
}

void bindAll(QSqlQuery& q, const QVariantList& values)
{
    for (const QVariant& v : values)
        q.addBindValue(v);
}

const QVariant kNullId = QVariant(QMetaType(QMetaType::LongLong));
const QVariant kNullText = QVariant(QMetaType(QMetaType::QString));

struct Sizes {
    int entries = 0;
    int handoffs = 0;
    int cases = 0;
    int families = 0;
};

// Fills an empty database: the staff, the journal, the handoffs and their cases, the register.
Sizes fill(core::Database& db, int entries, int years, const QDateTime& end)
{
    QRandomGenerator rng(20260310);
    Sizes sizes;
    core::UserRepository users(db);
    QList<core::UserId> dispatchers;
    QList<core::UserId> curators;
    for (int i = 1; i <= kDispatchers; ++i)
        dispatchers << check(QStringLiteral("dispatcher"), users.insert({QStringLiteral("dispatcher%1").arg(i),
                                                                         QStringLiteral("Диспетчер %1").arg(i),
                                                                         {},
                                                                         {core::Role::Dispatcher}},
                                                                        QStringLiteral("-"), std::nullopt, end))
                           .id;
    for (int i = 1; i <= kCurators; ++i)
        curators << check(QStringLiteral("curator"), users.insert({QStringLiteral("curator%1").arg(i),
                                                                   QStringLiteral("Куратор %1").arg(i),
                                                                   {},
                                                                   {core::Role::Curator}},
                                                                  QStringLiteral("-"), std::nullopt, end))
                        .id;
    QList<qint64> categories;
    QSqlQuery list = db.prepare(QStringLiteral("SELECT id FROM problem_category ORDER BY position"));
    exec(db, list, QStringLiteral("categories"));
    while (list.next())
        categories << list.value(0).toLongLong();
    list.finish();

    auto tx = check(QStringLiteral("begin"), core::Transaction::begin(db));
    QSqlQuery entry = db.prepare(QStringLiteral(
        "INSERT INTO journal_entry (reg_year, reg_no, received_at, channel, caller_type, anonymous, applicant_name, "
        "category_id, urgency, summary, status, disposition, created_at, created_by, updated_at, updated_by) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    QSqlQuery counter = db.prepare(QStringLiteral("INSERT INTO journal_counter (reg_year, last_no) VALUES (?, ?)"));
    QSqlQuery handoff = db.prepare(QStringLiteral(
        "INSERT INTO handoff (entry_id, offered_by, curator_id, deadline, state, case_id, created_at, updated_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    QSqlQuery move = db.prepare(QStringLiteral("INSERT INTO handoff_transition (handoff_id, at, by_user, action, "
                                               "from_state, to_state, curator_id) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    QSqlQuery supportCase = db.prepare(QStringLiteral(
        "INSERT INTO support_case (case_year, case_seq, case_no, entry_id, curator_id, opened_at, closed_at, outcome) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));

    static const char* const kChannels[] = {"phone", "walk_in",   "email",  "vk",
                                            "ok",    "messenger", "letter", "district_visit"};
    static const char* const kCallers[] = {"parent", "child", "relative", "neighbour", "agency"};
    static const char* const kUrgencies[] = {"planned", "urgent", "emergency"};
    static const char* const kQuick[] = {"silent", "hang_up", "wrong_number", "information"};
    static const char* const kOutcomes[] = {"improved_removed", "moved", "refused", "turned_adult", "other"};
    // Seed 004: 59% of appeals about relations in the family (categories 1, 2 and 9), 19% from minors.
    const std::array<int, 11> categoryWeights{25, 24, 6, 8, 4, 4, 3, 3, 10, 3, 10};
    const std::array<int, 8> channelWeights{53, 14, 8, 6, 4, 7, 3, 5};
    const std::array<int, 5> callerWeights{62, 19, 8, 4, 7};
    const std::array<int, 3> urgencyWeights{82, 12, 6};
    const std::array<int, 4> quickWeights{35, 30, 15, 20};
    const std::array<int, 5> outcomeWeights{62, 12, 10, 6, 10};
    std::array<int, kDispatchers> dispatcherWeights{};
    for (int i = 0; i < kDispatchers; ++i)
        dispatcherWeights[i] = 6 + (i * 7) % 11; // some take more calls than others

    const qint64 last = end.toSecsSinceEpoch();
    const qint64 first = end.addYears(-years).toSecsSinceEpoch();
    const double step = double(last - first) / entries;
    QHash<int, int> numbers; // the last registration number of each year
    QHash<int, int> caseNumbers;
    for (int i = 0; i < entries; ++i) {
        const qint64 received = first + qint64(i * step) + qint64(rng.bounded(int(std::max(1.0, step))));
        const int year = QDateTime::fromSecsSinceEpoch(received).date().year();
        const int number = ++numbers[year];
        const bool quick = rng.bounded(100) < 15;
        const core::UserId by = dispatchers.at(pick(rng, dispatcherWeights));
        const QString caller =
            quick ? QStringLiteral("anonymous") : QString::fromLatin1(kCallers[pick(rng, callerWeights)]);
        bindAll(entry,
                {year, number, received, QString::fromLatin1(quick ? "phone" : kChannels[pick(rng, channelWeights)]),
                 caller, quick, quick ? QStringLiteral("") : QStringLiteral("Заявитель %1").arg(i),
                 quick ? kNullId : QVariant(categories.at(pick(rng, categoryWeights))),
                 QString::fromLatin1(quick ? "planned" : kUrgencies[pick(rng, urgencyWeights)]),
                 quick ? QStringLiteral("") : QStringLiteral("Обращение"), QStringLiteral("closed"),
                 QString::fromLatin1(quick ? kQuick[pick(rng, quickWeights)] : "case"), received, by, received, by});
        exec(db, entry, QStringLiteral("entry"));
        ++sizes.entries;
        if (quick || i % kEntriesPerHandoff != 0)
            continue;

        // The appeal's family is handed to a curator within the hour; most are accepted within a day or two.
        const qint64 entryId = entry.lastInsertId().toLongLong();
        const core::UserId curator = curators.at(int(rng.bounded(kCurators)));
        const qint64 offered = received + rng.bounded(3600);
        const qint64 deadline = offered + 86400;
        const int fate = int(rng.bounded(100)); // 0–79 accepted, 80–89 returned then accepted, 90–94 withdrawn,
                                                // 95–99 escalated and waiting
        const qint64 decided = offered + rng.bounded(fate < 80 ? 3 * 86400 : 86400);
        const bool accepted = fate < 90 && decided < last;
        QVariant caseId = kNullId;
        if (accepted) {
            const int caseYear = QDateTime::fromSecsSinceEpoch(decided).date().year();
            const int seq = ++caseNumbers[caseYear];
            const qint64 closed = decided + qint64(rng.bounded(30, 400)) * 86400;
            const bool isClosed = closed < last && rng.bounded(100) < 90;
            bindAll(supportCase,
                    {caseYear, seq, QStringLiteral("%1/%2").arg(seq).arg(caseYear), entryId, curator, decided,
                     isClosed ? QVariant(closed) : kNullId,
                     isClosed ? QVariant(QString::fromLatin1(kOutcomes[pick(rng, outcomeWeights)])) : kNullText});
            exec(db, supportCase, QStringLiteral("case"));
            supportCase.next();
            caseId = supportCase.value(0);
            supportCase.finish();
            ++sizes.cases;
        }
        const QString state = accepted    ? QStringLiteral("accepted")
                              : fate < 95 ? QStringLiteral("withdrawn")
                                          : QStringLiteral("escalated");
        bindAll(handoff, {entryId, by, curator, deadline, state, caseId, offered, decided});
        exec(db, handoff, QStringLiteral("handoff"));
        handoff.next();
        const qint64 handoffId = handoff.value(0).toLongLong();
        handoff.finish();
        ++sizes.handoffs;
        auto moved = [&](qint64 at, QVariant byUser, const char* action, QVariant from, const char* to) {
            bindAll(move, {handoffId, at, byUser, QString::fromLatin1(action), from, QString::fromLatin1(to), curator});
            exec(db, move, QStringLiteral("transition"));
        };
        moved(offered, by, "offer", kNullText, "offered");
        if (fate >= 80 && fate < 90) {
            moved(offered + 600, curator, "return", QStringLiteral("offered"), "returned");
            moved(offered + 1200, by, "reassign", QStringLiteral("returned"), "offered");
        }
        if (accepted)
            moved(decided, curator, "accept", QStringLiteral("offered"), "accepted");
        else if (fate < 95)
            moved(decided, by, "withdraw", QStringLiteral("offered"), "withdrawn");
        else
            moved(deadline, kNullId, "escalate", QStringLiteral("offered"), "escalated");
    }
    for (auto it = numbers.cbegin(); it != numbers.cend(); ++it) {
        bindAll(counter, {it.key(), it.value()});
        exec(db, counter, QStringLiteral("counter"));
    }

    // The register: families put on it over the years, most taken off again after months, most of those improved.
    QSqlQuery family = db.prepare(QStringLiteral(
        "INSERT INTO family (card_year, card_seq, card_no, created_at, created_by, updated_at, updated_by) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)"));
    QSqlQuery stay = db.prepare(QStringLiteral(
        "INSERT INTO family_registration (family_id, registered_on, basis, removed_on, removal_reason, created_at, "
        "created_by) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    static const char* const kReasons[] = {"improvement", "moved", "turned18", "other"};
    const std::array<int, 4> reasonWeights{62, 15, 8, 15};
    const QDate firstDay = QDateTime::fromSecsSinceEpoch(first).date();
    const QDate lastDay = end.date();
    const int families = entries / kEntriesPerStay;
    QHash<int, int> cardNumbers;
    for (int i = 0; i < families; ++i) {
        const QDate on = firstDay.addDays(rng.bounded(int(firstDay.daysTo(lastDay)) + 1));
        const int seq = ++cardNumbers[on.year()];
        const qint64 created = on.startOfDay().toSecsSinceEpoch();
        bindAll(family, {on.year(), seq, QStringLiteral("%1/%2").arg(seq).arg(on.year()), created, dispatchers.first(),
                         created, dispatchers.first()});
        exec(db, family, QStringLiteral("family"));
        const qint64 familyId = family.lastInsertId().toLongLong();
        const QDate off = on.addDays(rng.bounded(60, 720));
        const bool removed = off <= lastDay && rng.bounded(100) < 85;
        bindAll(stay, {familyId, on.toString(Qt::ISODate), QStringLiteral("Постановление КДН"),
                       removed ? QVariant(off.toString(Qt::ISODate)) : kNullText,
                       removed ? QVariant(QString::fromLatin1(kReasons[pick(rng, reasonWeights)])) : kNullText, created,
                       dispatchers.first()});
        exec(db, stay, QStringLiteral("stay"));
        ++sizes.families;
    }
    if (auto ok = tx.commit(); !ok)
        die(QStringLiteral("commit"), ok.error());
    if (auto ok = db.refreshStatistics(); !ok)
        die(QStringLiteral("analyze"), ok.error());
    return sizes;
}

int countOf(const core::Database& db, const QString& table)
{
    QSqlQuery q = db.prepare(QStringLiteral("SELECT COUNT(*) FROM ") + table);
    exec(db, q, table);
    return q.next() ? q.value(0).toInt() : 0;
}

void measure(const QString& what, const core::StatisticsRepository& repository, const core::StatisticsPeriod& period,
             int runs, double target)
{
    QList<double> ms;
    int entries = 0;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        const auto report = check(what, core::StatisticsReportBuilder::compute(repository, period));
        ms << double(timer.nsecsElapsed()) / 1e6;
        entries = int(report.sections.first().rows.first().current.value_or(0));
    }
    const double first = ms.first();
    const Percentiles p = percentiles(ms);
    out() << what << " (" << period.title() << " beside " << period.previous().title() << ", " << entries
          << " entries): first " << QString::number(first, 'f', 0) << " ms, p50 " << QString::number(p.p50, 'f', 0)
          << " ms, max " << QString::number(p.max, 'f', 0) << " ms over " << runs << " runs";
    if (target > 0)
        out() << " (target <= " << target << " ms) " << verdict(p.max, target);
    out() << Qt::endl;
}

void explain(const core::Database& db, const QString& sql, const QVariantList& binds)
{
    QSqlQuery q = db.prepare(QStringLiteral("EXPLAIN QUERY PLAN ") + sql);
    bindAll(q, binds);
    exec(db, q, QStringLiteral("plan"));
    out() << "  " << sql << Qt::endl;
    while (q.next())
        out() << "    " << q.value(3).toString() << Qt::endl;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("zabota-statistics-bench"));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("The statistics report over a journal of a million entries."));
    parser.addHelpOption();
    const QCommandLineOption entriesOption(QStringLiteral("entries"), QStringLiteral("Journal entries (1000000)."),
                                           QStringLiteral("count"), QStringLiteral("1000000"));
    const QCommandLineOption yearsOption(QStringLiteral("years"), QStringLiteral("Years they span (5)."),
                                         QStringLiteral("count"), QStringLiteral("5"));
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Runs of each report (10)."),
                                        QStringLiteral("count"), QStringLiteral("10"));
    const QCommandLineOption databaseOption(QStringLiteral("database"),
                                            QStringLiteral("Keep the database here (reused if filled)."),
                                            QStringLiteral("path"));
    const QCommandLineOption rebuildOption(QStringLiteral("rebuild"), QStringLiteral("Fill the database anew."));
    const QCommandLineOption plansOption(QStringLiteral("plans"), QStringLiteral("Print the journal's query plans."));
    parser.addOptions({entriesOption, yearsOption, runsOption, databaseOption, rebuildOption, plansOption});
    parser.process(app);
    const int entries = parser.value(entriesOption).toInt();
    const int years = std::max(2, parser.value(yearsOption).toInt());
    const int runs = std::max(1, parser.value(runsOption).toInt());

    QTemporaryDir dir;
    const QString path =
        parser.isSet(databaseOption) ? parser.value(databaseOption) : dir.filePath(QStringLiteral("statistics.sqlite"));
    if (parser.isSet(rebuildOption)) {
        for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(path + suffix);
    }
    // The journal ends at the end of last month, so that the last whole year, quarter and month are full.
    const QDate today = QDate::currentDate();
    const QDateTime end(QDate(today.year(), today.month(), 1).addDays(-1), QTime(23, 59, 59));
    {
        auto db = check(QStringLiteral("open"), core::Database::openSqlite(path));
        if (countOf(*db, QStringLiteral("journal_entry")) == 0) {
            QElapsedTimer build;
            build.start();
            const Sizes sizes = fill(*db, entries, years, end);
            out() << "built " << sizes.entries << " entries over " << years << " years, " << sizes.handoffs
                  << " handoffs, " << sizes.cases << " cases and " << sizes.families << " stays on the register in "
                  << QString::number(build.elapsed() / 1000.0, 'f', 1) << " s" << Qt::endl;
        }
    }

    // Opened again as the console opens it at start.
    QElapsedTimer opening;
    opening.start();
    auto db = check(QStringLiteral("reopen"), core::Database::openSqlite(path));
    out() << "database: " << QFileInfo(path).size() / (1024 * 1024) << " MB, "
          << countOf(*db, QStringLiteral("journal_entry")) << " entries, " << countOf(*db, QStringLiteral("handoff"))
          << " handoffs, " << countOf(*db, QStringLiteral("support_case")) << " cases, "
          << countOf(*db, QStringLiteral("family_registration")) << " stays; opened in " << opening.elapsed() << " ms"
          << Qt::endl;
    const core::StatisticsRepository repository(*db);
    const QDate lastMonth = end.date();
    const auto year = core::StatisticsPeriod::year(lastMonth.year() - (lastMonth.month() == 12 ? 0 : 1));
    if (parser.isSet(plansOption)) {
        const QVariantList range{year.from().startOfDay().toSecsSinceEpoch(),
                                 year.to().addDays(1).startOfDay().toSecsSinceEpoch()};
        out() << "query plans:" << Qt::endl;
        explain(*db,
                QStringLiteral("SELECT disposition, channel, caller_type, urgency, category_id, COUNT(*) FROM "
                               "journal_entry WHERE received_at >= ? AND received_at < ? "
                               "GROUP BY disposition, channel, caller_type, urgency, category_id"),
                range);
        explain(*db,
                QStringLiteral("SELECT created_by, COUNT(*) FROM journal_entry WHERE received_at >= ? AND "
                               "received_at < ? GROUP BY created_by"),
                range);
    }
    measure(QStringLiteral("year"), repository, year, runs, kYearTargetMs);
    // The last whole quarter: the one that holds the last day of the journal if that day ends it, or the one before.
    auto quarter = core::StatisticsPeriod::containing(core::StatisticsPeriod::Kind::Quarter, lastMonth);
    if (quarter.to() != lastMonth)
        quarter = quarter.previous();
    measure(QStringLiteral("quarter"), repository, quarter, runs, 0);
    measure(QStringLiteral("month"), repository, core::StatisticsPeriod::month(lastMonth.year(), lastMonth.month()),
            runs, 0);
    return 0;
}
