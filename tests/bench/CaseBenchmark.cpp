// SPDX-License-Identifier: GPL-3.0-or-later
// The curator's and the supervisor's lists at the size of a large centre: 10,000 open support cases with five plan
// items each, spread over 20 curators, and 1,000 handoffs waiting. Target: the inbox, the late lists and a curator's
// cases read within 100 ms; the supervisor's list of every case is given for information.
//
// It builds a fresh database (demo journal and families, then the cases and handoffs written directly), opens it
// again as the console would at start, and reads each list many times, printing the 50th and 95th percentiles.
// ZABOTA_CASE_BENCH_DB=PATH keeps the database there instead of in a temporary folder.
#include "core/auth/UserRepository.h"
#include "core/demo/DemoGenerator.h"
#include "core/handoff/HandoffRepository.h"
#include "core/handoff/HandoffService.h"
#include "core/storage/Database.h"
#include "core/storage/Transaction.h"
#include "core/supportcase/CaseList.h"
#include "tests/bench/BenchOutput.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <functional>

using namespace zabota;
using namespace zabota::bench;

namespace {

constexpr double kTargetMs = 100.0;
constexpr int kCurators = 20;
constexpr int kItemsPerCase = 5;
constexpr int kRuns = 50;

template <typename T>
T check(const QString& what, core::Result<T> result)
{
    if (!result)
        die(what, result.error());
    return std::move(*result);
}

void exec(core::Database& db, QSqlQuery& q, const QString& what)
{
    if (auto ok = db.exec(q); !ok)
        die(what, ok.error());
}

// Writes `cases` accepted handoffs with their open cases and plan items, and `waiting` offered handoffs, over the
// demo journal's first entries. A fifth of the plan items and of the offers are late at `now`.
void seed(core::Database& db, const QList<core::UserId>& curators, core::UserId dispatcher, int cases, int waiting,
          const QDateTime& now)
{
    QRandomGenerator rng(20261122);
    auto tx = check(QStringLiteral("begin"), core::Transaction::begin(db));
    QSqlQuery entries = db.prepare(QStringLiteral("SELECT id, family_id FROM journal_entry ORDER BY id LIMIT ?"));
    entries.addBindValue(cases + waiting);
    exec(db, entries, QStringLiteral("entries"));
    QList<std::pair<qint64, QVariant>> rows;
    while (entries.next())
        rows.append({entries.value(0).toLongLong(), entries.value(1)});
    entries.finish();
    if (rows.size() < cases + waiting)
        die(QStringLiteral("seed"), {core::Error::Kind::Storage, QStringLiteral("too few journal entries"), {}, {}});

    QSqlQuery supportCase = db.prepare(QStringLiteral(
        "INSERT INTO support_case (case_year, case_seq, case_no, family_id, entry_id, curator_id, opened_at, basis, "
        "level) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    QSqlQuery item = db.prepare(QStringLiteral(
        "INSERT INTO plan_item (case_id, position, section, activity, partner, volume, due_date, status, done_on) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    QSqlQuery handoff = db.prepare(QStringLiteral(
        "INSERT INTO handoff (entry_id, family_id, offered_by, curator_id, note, deadline, state, case_id, "
        "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    const qint64 nowSecs = now.toSecsSinceEpoch();
    for (int i = 0; i < cases + waiting; ++i) {
        const auto& [entryId, familyId] = rows.at(i);
        const core::UserId curator = curators.at(i % curators.size());
        if (i < cases) {
            const QDateTime opened = now.addDays(-qint64(rng.bounded(1, 365)));
            for (const QVariant& v :
                 {QVariant(now.date().year()), QVariant(i + 1),
                  QVariant(QStringLiteral("%1/%2").arg(i + 1).arg(now.date().year())), familyId, QVariant(entryId),
                  QVariant(curator), QVariant(opened.toSecsSinceEpoch()), QVariant(QStringLiteral("Заявление")),
                  QVariant(QStringLiteral("rehabilitation"))})
                supportCase.addBindValue(v);
            exec(db, supportCase, QStringLiteral("case"));
            supportCase.next();
            const qint64 caseId = supportCase.value(0).toLongLong();
            supportCase.finish();
            for (int n = 1; n <= kItemsPerCase; ++n) {
                // Due from a month before today to four months after it: about a fifth are late; half of those done.
                const QDate due = now.date().addDays(rng.bounded(-30, 120));
                const bool done = due < now.date() && rng.bounded(2) == 0;
                for (const QVariant& v :
                     {QVariant(caseId), QVariant(n), QVariant(QStringLiteral("Социально-психологические услуги")),
                      QVariant(QStringLiteral("Консультация психолога %1").arg(n)),
                      QVariant(QStringLiteral("МАУ «Центр психологической помощи»")),
                      QVariant(QStringLiteral("1 раз в неделю")), QVariant(due.toString(Qt::ISODate)),
                      QVariant(done ? QStringLiteral("done") : QStringLiteral("planned")),
                      done ? QVariant(due.toString(Qt::ISODate)) : QVariant(QMetaType(QMetaType::QString))})
                    item.addBindValue(v);
                exec(db, item, QStringLiteral("plan item"));
            }
            for (const QVariant& v :
                 {QVariant(entryId), familyId, QVariant(dispatcher), QVariant(curator), QVariant(QStringLiteral("")),
                  QVariant(opened.toSecsSinceEpoch()), QVariant(QStringLiteral("accepted")), QVariant(caseId),
                  QVariant(opened.toSecsSinceEpoch()), QVariant(opened.toSecsSinceEpoch())})
                handoff.addBindValue(v);
        } else {
            const qint64 deadline = nowSecs + qint64(rng.bounded(-86400, 4 * 86400));
            for (const QVariant& v : {QVariant(entryId), familyId, QVariant(dispatcher), QVariant(curator),
                                      QVariant(QStringLiteral("Просьба принять семью")), QVariant(deadline),
                                      QVariant(QStringLiteral("offered")), QVariant(QMetaType(QMetaType::LongLong)),
                                      QVariant(nowSecs - 3600), QVariant(nowSecs - 3600)})
                handoff.addBindValue(v);
        }
        exec(db, handoff, QStringLiteral("handoff"));
    }
    if (auto ok = tx.commit(); !ok)
        die(QStringLiteral("commit"), ok.error());
}

struct Figures {
    double p50 = 0;
    double p95 = 0;
    qsizetype rows = 0;
};

Figures measure(const std::function<qsizetype()>& read)
{
    QList<double> ms;
    qsizetype rows = 0;
    for (int i = 0; i < kRuns; ++i) {
        QElapsedTimer timer;
        timer.start();
        rows = read();
        ms << double(timer.nsecsElapsed()) / 1e6;
    }
    const Percentiles p = percentiles(ms);
    return {p.p50, p.p95, rows};
}

// A list with the target, or (`targeted` false) a figure given for information.
void report(const QString& what, const Figures& f, bool targeted = true)
{
    out() << what << ": p50 " << QString::number(f.p50, 'f', 1) << " ms, p95 " << QString::number(f.p95, 'f', 1)
          << " ms, " << f.rows << " rows";
    if (targeted)
        out() << " (target <= " << kTargetMs << " ms) " << verdict(f.p95, kTargetMs);
    out() << Qt::endl;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("zabota-case-bench"));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("The case lists at the size of a large centre."));
    parser.addHelpOption();
    const QCommandLineOption casesOption(QStringLiteral("cases"), QStringLiteral("Open cases (default 10000)."),
                                         QStringLiteral("count"), QStringLiteral("10000"));
    const QCommandLineOption waitingOption(QStringLiteral("waiting"),
                                           QStringLiteral("Handoffs waiting to be accepted (default 1000)."),
                                           QStringLiteral("count"), QStringLiteral("1000"));
    parser.addOptions({casesOption, waitingOption});
    parser.process(app);
    const int cases = parser.value(casesOption).toInt();
    const int waiting = parser.value(waitingOption).toInt();

    QTemporaryDir dir;
    const QString path = qEnvironmentVariable("ZABOTA_CASE_BENCH_DB", dir.filePath(QStringLiteral("cases.sqlite")));
    const QDateTime now = QDateTime::currentDateTime();
    QElapsedTimer build;
    build.start();
    QList<core::UserId> curators;
    core::UserId dispatcher = 0;
    {
        auto db = check(QStringLiteral("open"), core::Database::openSqlite(path));
        core::DemoOptions options;
        options.entries = cases + waiting;
        options.families = cases / 4;
        options.passwordIterations = 1;
        options.cases = 0; // the cases are written below, numbered from 1
        check(QStringLiteral("demo"), core::DemoGenerator(*db).generate(options));
        core::UserRepository users(*db);
        for (int i = 1; i <= kCurators; ++i)
            curators << check(QStringLiteral("curator"), users.insert({QStringLiteral("curator%1").arg(i),
                                                                       QStringLiteral("Куратор %1").arg(i),
                                                                       {},
                                                                       {core::Role::Curator}},
                                                                      QStringLiteral("-"), std::nullopt, now))
                            .id;
        dispatcher =
            check(
                QStringLiteral("dispatcher"),
                users.insert({QStringLiteral("dispatcher"), QStringLiteral("Диспетчер"), {}, {core::Role::Dispatcher}},
                             QStringLiteral("-"), std::nullopt, now))
                .id;
        seed(*db, curators, dispatcher, cases, waiting, now);
    }
    out() << "built " << cases << " open cases with " << cases * kItemsPerCase << " plan items and " << waiting
          << " waiting handoffs over " << kCurators << " curators in " << build.elapsed() / 1000.0 << " s" << Qt::endl;

    // Opened again as the console opens it at start.
    auto db = check(QStringLiteral("reopen"), core::Database::openSqlite(path));
    core::UserRepository users(*db);
    core::HandoffRepository handoffRepo(*db);
    const core::User curator = check(QStringLiteral("curator"), users.get(curators.first()));
    core::HandoffService desk(handoffRepo, users, curator, [now] { return now; });
    core::CaseList list(*db, [now] { return now; });

    report(QStringLiteral("curator's inbox"),
           measure([&] { return check(QStringLiteral("inbox"), desk.inbox()).size(); }));
    report(QStringLiteral("late handoffs, everyone's"),
           measure([&] { return check(QStringLiteral("overdue"), desk.overdue()).size(); }));
    report(QStringLiteral("late work of one curator"),
           measure([&] { return check(QStringLiteral("late"), list.overdue(curator.id)).size(); }));
    report(QStringLiteral("late work, everyone's"),
           measure([&] { return check(QStringLiteral("late"), list.overdue()).size(); }));
    report(QStringLiteral("one curator's open cases"), measure([&] {
               return check(QStringLiteral("cases"), list.cases({curator.id, true})).size();
           }));
    // The supervisor's whole list, every row with its counts: no target, it is read when asked for.
    report(QStringLiteral("every open case (for information)"),
           measure([&] { return check(QStringLiteral("cases"), list.cases({})).size(); }), false);
    return 0;
}
