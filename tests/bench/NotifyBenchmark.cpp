// SPDX-License-Identifier: GPL-3.0-or-later
// How soon the other workstations hear of an appeal saved on one: a writer registers appeals one at a time on a
// connection of its own, and N workstations' change feeds (each with its connection and thread, as in the console)
// listen. The time from the writer's commit returning to each feed's message reaching the main thread is the notify
// latency; the target is a p95 within 1 s. Needs a PostgreSQL database with the console's schema (an empty
// test database will do; the appeals written stay in it):
//   zabota_notify_bench --database postgresql://user:password@host/db [--workstations N] [--changes N]
#include "core/journal/JournalRepository.h"
#include "core/storage/ChangeFeed.h"
#include "core/storage/Database.h"
#include "core/storage/DatabaseAddress.h"
#include "tests/bench/BenchOutput.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlQuery>

#include <algorithm>
#include <memory>

using namespace zabota;
using namespace zabota::bench;

namespace {

constexpr double kTargetMs = 1000.0;
constexpr qint64 kGiveUpMs = 5000;

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Notify latency between workstations on PostgreSQL"));
    parser.addHelpOption();
    const QCommandLineOption databaseOption(QStringLiteral("database"), QStringLiteral("postgresql://… URL"),
                                            QStringLiteral("url"));
    const QCommandLineOption workstationsOption(QStringLiteral("workstations"),
                                                QStringLiteral("listening workstations (default 3)"),
                                                QStringLiteral("n"), QStringLiteral("3"));
    const QCommandLineOption changesOption(QStringLiteral("changes"), QStringLiteral("appeals saved (default 200)"),
                                           QStringLiteral("n"), QStringLiteral("200"));
    parser.addOptions({databaseOption, workstationsOption, changesOption});
    parser.process(app);

    auto address = core::DatabaseAddress::parse(parser.value(databaseOption));
    if (!address || !address->isPostgres())
        die(QStringLiteral("--database"),
            {core::Error::Kind::Validation, QStringLiteral("give the URL of a PostgreSQL database"), {}, {}});
    const int workstations = std::max(1, parser.value(workstationsOption).toInt());
    const int changes = std::max(1, parser.value(changesOption).toInt());

    auto writerDb = core::Database::open(*address);
    if (!writerDb)
        die(QStringLiteral("open"), writerDb.error());
    core::JournalRepository journal(**writerDb);
    QSqlQuery users((*writerDb)->connection());
    if (!users.exec(QStringLiteral("SELECT MIN(id) FROM app_user")) || !users.next() || users.value(0).isNull())
        die(QStringLiteral("users"),
            {core::Error::Kind::NotFound, QStringLiteral("the database has no user: start the console once"), {}, {}});
    const core::UserId by = users.value(0).toLongLong();

    // The workstations, each listening before the first appeal is saved.
    QList<std::shared_ptr<core::ChangeFeed>> feeds;
    QList<qint64> heardAt(workstations, -1);
    int listening = 0;
    QElapsedTimer clock;
    clock.start();
    for (int i = 0; i < workstations; ++i) {
        auto feed = std::make_shared<core::ChangeFeed>(*address);
        QObject::connect(feed.get(), &core::ChangeFeed::listening, [&listening] { ++listening; });
        QObject::connect(feed.get(), &core::ChangeFeed::changed, [&heardAt, &clock, i](const QSet<QString>& tables) {
            if (tables.contains(QStringLiteral("journal_entry")) && heardAt[i] < 0)
                heardAt[i] = clock.nsecsElapsed();
        });
        feeds << feed;
    }
    while (listening < workstations && clock.elapsed() < kGiveUpMs)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    if (listening < workstations)
        die(QStringLiteral("listen"),
            {core::Error::Kind::Storage, QStringLiteral("the workstations did not start listening"), {}, {}});

    QList<double> latencies;
    int missed = 0;
    core::EntryDraft draft;
    draft.applicantName = QStringLiteral("Проверка уведомлений");
    draft.summary = QStringLiteral("Обращение для замера");
    for (int n = 0; n < changes; ++n) {
        std::ranges::fill(heardAt, -1);
        draft.receivedAt = QDateTime::currentDateTime();
        if (auto ok = journal.insertBatch({{draft, by, draft.receivedAt}}); !ok)
            die(QStringLiteral("save"), ok.error());
        const qint64 committed = clock.nsecsElapsed();
        const qint64 deadline = clock.elapsed() + kGiveUpMs;
        while (std::ranges::any_of(heardAt, [](qint64 at) { return at < 0; }) && clock.elapsed() < deadline)
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 20);
        for (const qint64 at : std::as_const(heardAt)) {
            if (at < 0)
                ++missed;
            else
                latencies << double(at - committed) / 1e6;
        }
    }

    const Percentiles figures = percentiles(latencies);
    out() << "notify latency, " << changes << " appeals heard by " << workstations << " workstations ("
          << address->shown() << ")\n";
    out() << QStringLiteral("  p50 %1 ms, p95 %2 ms, max %3 ms; not heard within %4 s: %5\n")
                 .arg(figures.p50, 0, 'f', 2)
                 .arg(figures.p95, 0, 'f', 2)
                 .arg(figures.max, 0, 'f', 2)
                 .arg(kGiveUpMs / 1000)
                 .arg(missed);
    const bool met = figures.p95 <= kTargetMs && missed == 0;
    out() << QStringLiteral("  target p95 <= %1 ms: %2\n")
                 .arg(kTargetMs)
                 .arg(missed == 0 ? verdict(figures.p95, kTargetMs) : QStringLiteral("MISSED"));
    out().flush();
    feeds.clear();
    return met ? 0 : 1;
}
