// SPDX-License-Identifier: GPL-3.0-or-later
// Two workstations on one PostgreSQL database: what one saves shows on the other's screen without a keystroke, and
// the other's status bar says when the server has gone and when it is back. The second workstation is a second
// connection with services of its own, as another console would have.
#include "core/handoff/HandoffRepository.h"
#include "core/handoff/HandoffService.h"
#include "core/storage/ChangeFeed.h"
#include "tests/support/PostgresServer.h"
#include "tests/support/TestDatabase.h"
#include "ui/HandoffInboxWindow.h"
#include "ui/JournalModel.h"
#include "ui/MainWindow.h"

#include <QLabel>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

#include <catch2/catch.hpp>

using namespace zabota;

namespace {

constexpr int kWaitMs = 10000;

// Another workstation: its own connection to the same database, and a dispatcher's services over it.
struct OtherWorkstation {
    explicit OtherWorkstation(tests::TestDatabase& t)
        : db(std::move(core::Database::open(t.address()).value()))
        , journalRepo(*db)
        , users(*db)
        , handoffRepo(*db)
        , handoffs(handoffRepo, users, t.dispatcher(), [&t] { return t.now(); })
    {}
    std::unique_ptr<core::Database> db;
    core::JournalRepository journalRepo;
    core::UserRepository users;
    core::HandoffRepository handoffRepo;
    core::HandoffService handoffs;
};

std::unique_ptr<core::ChangeFeed> listeningFeed(const core::DatabaseAddress& address)
{
    auto feed = std::make_unique<core::ChangeFeed>(address);
    QSignalSpy listening(feed.get(), &core::ChangeFeed::listening);
    REQUIRE(listening.wait(kWaitMs));
    return feed;
}

QStringList columnTexts(const QAbstractItemModel& model, int column)
{
    QStringList texts;
    for (int row = 0; row < model.rowCount(); ++row)
        texts << model.index(row, column).data().toString();
    return texts;
}

} // namespace

TEST_CASE("an appeal registered on another workstation appears in the journal here, and the selected row stays",
          "[ui][postgres][live]")
{
    tests::TestDatabase t(tests::Backend::Postgres);
    const auto first = t.journal().registerEntry(t.draft(QStringLiteral("Лаптева Анна"), QStringLiteral("Первое")));
    REQUIRE(first);
    ui::MainWindow window(t.journal(), t.auth());
    auto feed = listeningFeed(t.address());
    window.setChangeFeed(feed.get());
    window.show();
    REQUIRE(window.model()->totalCount() == 1);
    REQUIRE(window.selectEntry(first->id));

    OtherWorkstation other(t);
    REQUIRE(other.journalRepo.insertBatch(
        {{t.draft(QStringLiteral("Беляева Ольга"), QStringLiteral("С другого места")), t.dispatcher().id, t.now()}}));

    QTRY_COMPARE_WITH_TIMEOUT(window.model()->totalCount(), 2, kWaitMs);
    const int applicantColumn = int(ui::JournalModel::Applicant);
    CHECK(columnTexts(*window.model(), applicantColumn).contains(QStringLiteral("Беляева Ольга")));
    REQUIRE(window.currentEntry());
    CHECK(window.currentEntry()->id == first->id);
}

TEST_CASE("a handoff offered on another workstation appears in the curator's open inbox, and the curator hears of it "
          "with the inbox closed",
          "[ui][postgres][live]")
{
    tests::TestDatabase t(tests::Backend::Postgres);
    const core::User curator =
        t.addUser(QStringLiteral("morozova"), QStringLiteral("Морозова Наталья"), {core::Role::Curator});
    const auto entry = t.journal().registerEntry(t.draft(QStringLiteral("Сорокина"), QStringLiteral("Конфликт")));
    const auto second = t.journal().registerEntry(t.draft(QStringLiteral("Кравец"), QStringLiteral("Долги")));
    REQUIRE(entry);
    REQUIRE(second);

    // The curator's console.
    core::JournalService curatorJournal(t.journalRepo(), t.categories(), curator, [&t] { return t.now(); });
    core::HandoffRepository repo(t.db());
    core::HandoffService curatorHandoffs(repo, t.users(), curator, [&t] { return t.now(); });
    ui::MainWindow window(curatorJournal, t.auth());
    window.setHandoffService(&curatorHandoffs);
    auto feed = listeningFeed(t.address());
    window.setChangeFeed(feed.get());
    window.show();

    OtherWorkstation other(t);
    // With the inbox closed: a line in the status bar.
    REQUIRE(other.handoffs.offer(entry->id, std::nullopt, curator.id, QStringLiteral("Срочно")));
    QTRY_VERIFY_WITH_TIMEOUT(window.statusBar()->currentMessage().contains(QStringLiteral("1 new handoff")), kWaitMs);

    // With the inbox open: the row comes by itself.
    ui::HandoffInboxWindow* inbox = window.showHandoffs();
    REQUIRE(inbox != nullptr);
    REQUIRE(inbox->table()->rowCount() == 1);
    REQUIRE(other.handoffs.offer(second->id, std::nullopt, curator.id, QStringLiteral("Посмотрите")));
    QTRY_COMPARE_WITH_TIMEOUT(inbox->table()->rowCount(), 2, kWaitMs);
}

TEST_CASE("the status bar says when the database server cannot be reached and when it is back", "[ui][postgres][live]")
{
    tests::TestDatabase t(tests::Backend::Postgres);
    ui::MainWindow window(t.journal(), t.auth());
    auto feed = listeningFeed(t.address());
    window.setChangeFeed(feed.get());
    window.show();
    REQUIRE(window.connectionLabel() != nullptr);
    CHECK(window.connectionLabel()->isHidden());

    auto& server = tests::PostgresServer::get();
    const QString name = t.address().databaseName();
    REQUIRE(server.runAsSuperuser(
        QStringLiteral("postgres"),
        {QStringLiteral("ALTER DATABASE %1 ALLOW_CONNECTIONS false").arg(name),
         QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '%1'").arg(name)}));
    QTRY_VERIFY_WITH_TIMEOUT(window.connectionLabel()->isVisible(), kWaitMs);
    CHECK(window.connectionLabel()->text().contains(QStringLiteral("No connection to the database server")));
    CHECK(window.connectionLabel()->toolTip().contains(QStringLiteral("cannot reach")));

    REQUIRE(server.runAsSuperuser(QStringLiteral("postgres"),
                                  {QStringLiteral("ALTER DATABASE %1 ALLOW_CONNECTIONS true").arg(name)}));
    QTRY_VERIFY_WITH_TIMEOUT(window.connectionLabel()->isHidden(), kWaitMs);
    CHECK(window.statusBar()->currentMessage().contains(QStringLiteral("Connected to the database server again")));
}
