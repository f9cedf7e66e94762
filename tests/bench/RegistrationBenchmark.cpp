// SPDX-License-Identifier: GPL-3.0-or-later
// Registrations from several workstations at once: clients (threads, each with a connection of its own and a user
// of its own) register journal entries through JournalService for a while, all at the same time, against a real
// PostgreSQL server (a throwaway one, started through tests/support/PostgresServer) and, for comparison, against one
// SQLite file. Prints registrations per second and the 50th/95th/99th percentile of one registration's time, and
// checks that the numbers came out gapless.
//
//   zabota_registration_bench [--clients 1,4] [--seconds 5] [--backends postgres,sqlite]
//
// Neither backend waits for the disk at a commit here: the test server runs with fsync off, and SQLite's WAL with
// synchronous = NORMAL syncs only at checkpoints. A production server with fsync on adds a disk flush per commit.
#include "core/auth/AuthService.h"
#include "core/auth/UserRepository.h"
#include "core/journal/CategoryRepository.h"
#include "core/journal/JournalRepository.h"
#include "core/journal/JournalService.h"
#include "core/storage/Database.h"
#include "tests/bench/BenchOutput.h"
#include "tests/support/PostgresServer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>

#include <latch>
#include <memory>
#include <vector>

using namespace zabota;
using namespace zabota::bench;

namespace {

template <typename T>
T check(const QString& what, core::Result<T> result)
{
    if (!result)
        die(what, result.error());
    return std::move(*result);
}

struct Run {
    int registrations = 0;
    double seconds = 0;
    QList<double> latenciesMs;
    QString failure;
};

// `clients` threads register for `seconds` seconds, starting together; each opens its own connection first.
Run registerAtOnce(const core::DatabaseAddress& address, const QList<core::User>& users, int clients, double seconds)
{
    std::vector<QList<double>> latencies(clients);
    std::vector<QString> failures(clients);
    std::latch ready(clients + 1);
    std::latch go(1);
    std::vector<std::unique_ptr<QThread>> threads;
    for (int c = 0; c < clients; ++c) {
        threads.emplace_back(QThread::create([&, c] {
            auto db = core::Database::open(address);
            ready.count_down();
            go.wait();
            if (!db) {
                failures[c] = db.error().message + QLatin1String(" / ") + db.error().detail;
                return;
            }
            core::JournalRepository repo(**db);
            core::CategoryRepository categories(**db);
            core::JournalService journal(repo, categories, users[c]);
            const auto categoryList = journal.categories();
            if (!categoryList || categoryList->isEmpty()) {
                failures[c] = QStringLiteral("no categories");
                return;
            }
            QElapsedTimer running;
            running.start();
            for (int i = 0; running.elapsed() < seconds * 1000; ++i) {
                core::EntryDraft draft = journal.newDraft();
                draft.applicantName = QStringLiteral("Иванова Мария Петровна %1-%2").arg(c).arg(i);
                draft.applicantPhone = QStringLiteral("+7 912 %1").arg(1000000 + c * 100000 + i % 100000);
                draft.categoryId = categoryList->at(i % categoryList->size()).id;
                draft.summary = QStringLiteral("Обращение по поводу конфликта в семье, просит консультацию "
                                               "психолога; двое детей, 7 и 12 лет. Клиент %1, звонок %2.")
                                    .arg(c)
                                    .arg(i);
                QElapsedTimer one;
                one.start();
                auto entry = journal.registerEntry(draft);
                const double ms = double(one.nsecsElapsed()) / 1e6;
                if (!entry) {
                    failures[c] = entry.error().message + QLatin1String(" / ") + entry.error().detail;
                    return;
                }
                latencies[c] << ms;
            }
        }));
        threads.back()->start();
    }
    ready.arrive_and_wait();
    QElapsedTimer wall;
    wall.start();
    go.count_down();
    for (const auto& thread : threads)
        thread->wait();
    Run run;
    run.seconds = double(wall.nsecsElapsed()) / 1e9;
    for (int c = 0; c < clients; ++c) {
        run.latenciesMs << latencies[c];
        if (!failures[c].isEmpty())
            run.failure = failures[c];
    }
    run.registrations = int(run.latenciesMs.size());
    return run;
}

// Whether the journal's numbers run 1..N without a gap or a repeat in every year.
QString numbering(core::Database& db)
{
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("SELECT COUNT(*), COUNT(DISTINCT reg_no), MIN(reg_no), MAX(reg_no) FROM journal_entry "
                               "GROUP BY reg_year")))
        return QStringLiteral("could not be checked");
    qint64 total = 0;
    bool ok = true;
    while (q.next()) {
        const qint64 count = q.value(0).toLongLong();
        ok = ok && q.value(1).toLongLong() == count && q.value(2).toLongLong() == 1 && q.value(3).toLongLong() == count;
        total += count;
    }
    return ok ? QStringLiteral("unique and gapless (%1 entries)").arg(total) : QStringLiteral("BROKEN");
}

// A fresh migrated database with an administrator and `clients` dispatchers.
QList<core::User> prepareUsers(core::Database& db, int clients)
{
    core::UserRepository users(db);
    core::AuthService auth(users, 1000);
    const auto admin =
        check(QStringLiteral("administrator"), auth.createFirstAdmin({QStringLiteral("admin"),
                                                                      QStringLiteral("Администратор Системы"),
                                                                      QStringLiteral("correct horse"),
                                                                      {core::Role::Administrator}}));
    QList<core::User> dispatchers;
    for (int c = 0; c < clients; ++c)
        dispatchers << check(QStringLiteral("dispatcher"), auth.addUser(admin, {QStringLiteral("desk%1").arg(c),
                                                                                QStringLiteral("Диспетчер %1").arg(c),
                                                                                QStringLiteral("correct horse"),
                                                                                {core::Role::Dispatcher}}));
    return dispatchers;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Registrations per second from several workstations at once."));
    parser.addHelpOption();
    const QCommandLineOption clientsOption(QStringLiteral("clients"), QStringLiteral("Numbers of clients to try."),
                                           QStringLiteral("list"), QStringLiteral("1,4"));
    const QCommandLineOption secondsOption(QStringLiteral("seconds"), QStringLiteral("Seconds each run registers."),
                                           QStringLiteral("s"), QStringLiteral("5"));
    const QCommandLineOption backendsOption(QStringLiteral("backends"), QStringLiteral("postgres, sqlite or both."),
                                            QStringLiteral("list"), QStringLiteral("postgres,sqlite"));
    parser.addOptions({clientsOption, secondsOption, backendsOption});
    parser.process(app);
    QList<int> clientCounts;
    for (const QString& n : parser.value(clientsOption).split(QLatin1Char(','), Qt::SkipEmptyParts))
        clientCounts << std::max(1, n.toInt());
    const double seconds = std::max(0.5, parser.value(secondsOption).toDouble());
    const int most = *std::ranges::max_element(clientCounts);

    out() << "Registrations through JournalService, each client a thread with its own connection and user; " << seconds
          << " s a run." << Qt::endl;
    QTemporaryDir folder;
    for (const QString& backend : parser.value(backendsOption).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        for (const int clients : clientCounts) {
            core::DatabaseAddress address;
            if (backend == u"postgres") {
                auto server = tests::PostgresServer::instance();
                if (!server)
                    die(QStringLiteral("PostgreSQL"), {core::Error::Kind::CantOpen, server.error(), {}, {}});
                auto created = (*server)->createDatabase(true);
                if (!created)
                    die(QStringLiteral("PostgreSQL"), {core::Error::Kind::CantOpen, created.error(), {}, {}});
                address = *created;
            } else {
                address =
                    core::DatabaseAddress::sqlite(folder.filePath(QStringLiteral("bench-%1.sqlite").arg(clients)));
            }
            auto db = check(QStringLiteral("open"), core::Database::open(address));
            const QList<core::User> users = prepareUsers(*db, most);
            const Run run = registerAtOnce(address, users, clients, seconds);
            if (!run.failure.isEmpty())
                die(QStringLiteral("registration"), {core::Error::Kind::Storage, run.failure, {}, {}});
            const Percentiles p = percentiles(run.latenciesMs);
            out() << QStringLiteral("%1 %2 client(s): %3 registrations in %4 s = %5 registrations/s; one registration "
                                    "p50 %6 ms, p95 %7 ms, p99 %8 ms, max %9 ms; numbers %10")
                         .arg(backend == u"postgres" ? QStringLiteral("PostgreSQL 15")
                                                     : QStringLiteral("SQLite file  "))
                         .arg(clients)
                         .arg(run.registrations)
                         .arg(run.seconds, 0, 'f', 2)
                         .arg(run.registrations / run.seconds, 0, 'f', 0)
                         .arg(p.p50, 0, 'f', 2)
                         .arg(p.p95, 0, 'f', 2)
                         .arg(p.p99, 0, 'f', 2)
                         .arg(p.max, 0, 'f', 1)
                         .arg(numbering(*db))
                  << Qt::endl;
            db.reset();
            if (address.isPostgres())
                (*tests::PostgresServer::instance())->dropDatabase(address);
        }
    }
    return 0;
}
