// SPDX-License-Identifier: GPL-3.0-or-later
// What one workstation hears of another's work: the tables changed, on a PostgreSQL server by its notifications and on
// a shared SQLite file by its data version; and what it does when the server goes away and comes back. The other
// workstation is a second connection to the same database, as another console would open it.
#include "core/storage/ChangeFeed.h"

#include "tests/support/PostgresServer.h"
#include "tests/support/TestDatabase.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

#include <catch2/catch.hpp>

using namespace zabota;

namespace {

// Generous for a loaded test machine: the benchmark measures how quick it really is.
constexpr int kWaitMs = 10000;

// The feed of a workstation, started and listening.
std::unique_ptr<core::ChangeFeed> listeningFeed(const core::DatabaseAddress& address)
{
    auto feed = std::make_unique<core::ChangeFeed>(address);
    QSignalSpy listening(feed.get(), &core::ChangeFeed::listening);
    REQUIRE(listening.wait(kWaitMs));
    return feed;
}

// The tables of every `changed` signal heard so far, together.
QSet<QString> heard(const QSignalSpy& spy)
{
    QSet<QString> tables;
    for (const QList<QVariant>& signal : spy)
        tables.unite(signal.at(0).value<QSet<QString>>());
    return tables;
}

// Registers an appeal through a connection of its own, as another workstation does.
void registerElsewhere(tests::TestDatabase& t, const QString& applicant)
{
    auto other = core::Database::open(t.address());
    REQUIRE(other);
    core::JournalRepository journal(**other);
    REQUIRE(
        journal.insertBatch({{t.draft(applicant, QStringLiteral("Просит консультацию")), t.dispatcher().id, t.now()}}));
}

} // namespace

TEST_CASE("an appeal registered on another workstation is heard here, with its table", "[postgres][changes]")
{
    tests::TestDatabase t(tests::Backend::Postgres);
    auto feed = listeningFeed(t.address());
    QSignalSpy changed(feed.get(), &core::ChangeFeed::changed);

    registerElsewhere(t, QStringLiteral("Савельева Нина"));
    REQUIRE(changed.wait(kWaitMs));
    CHECK(heard(changed).contains(QStringLiteral("journal_entry")));
    CHECK(feed->isConnected());
}

TEST_CASE(
    "a batch of appeals is heard as one change; a batch refused and a statement that changed nothing are not heard",
    "[postgres][changes]")
{
    tests::TestDatabase t(tests::Backend::Postgres);
    auto feed = listeningFeed(t.address());
    QSignalSpy changed(feed.get(), &core::ChangeFeed::changed);

    auto other = core::Database::open(t.address());
    REQUIRE(other);
    core::JournalRepository journal(**other);
    // A batch whose second appeal names a user who does not exist: refused, so the first is not kept either.
    const QList<core::JournalRepository::NewRecord> refused{
        {t.draft(QStringLiteral("Отменённая"), QStringLiteral("Не сохранится")), t.dispatcher().id, t.now()},
        {t.draft(QStringLiteral("Отменённая"), QStringLiteral("Не сохранится")), 987654, t.now()}};
    REQUIRE_FALSE(journal.insertBatch(refused).has_value());
    // A statement that changes no row, as the handoff inbox's escalation finds nothing late: nobody is told either.
    QSqlQuery none((*other)->connection());
    REQUIRE(none.exec(QStringLiteral("UPDATE journal_entry SET summary = summary WHERE id < 0")));
    QList<core::JournalRepository::NewRecord> batch;
    for (int i = 0; i < 200; ++i)
        batch << core::JournalRepository::NewRecord{
            t.draft(QStringLiteral("Заявитель %1").arg(i), QStringLiteral("Пачка")), t.dispatcher().id, t.now()};
    REQUIRE(journal.insertBatch(batch));

    REQUIRE(changed.wait(kWaitMs));
    // Wait a little more: a second message for the same batch, or one for the rolled back row, would come now.
    changed.wait(3 * core::ChangeFeed::kGatherMs + 300);
    CHECK(changed.size() == 1);
    CHECK(heard(changed) == QSet<QString>{QStringLiteral("journal_entry")});
    CHECK(*t.journalRepo().count({}) == 200);
}

TEST_CASE("a family card made elsewhere is heard by its table", "[postgres][changes]")
{
    tests::TestDatabase t(tests::Backend::Postgres);
    auto feed = listeningFeed(t.address());
    QSignalSpy changed(feed.get(), &core::ChangeFeed::changed);

    auto created = t.families().createFamily(tests::TestDatabase::familyDraft(QStringLiteral("Орлова")));
    REQUIRE(created);
    REQUIRE(changed.wait(kWaitMs));
    CHECK(heard(changed).contains(QStringLiteral("family")));
}

TEST_CASE("a change written to a shared SQLite file by another connection is heard", "[sqlite][changes]")
{
    tests::TestDatabase t(tests::Backend::Sqlite);
    auto feed = listeningFeed(t.address());
    QSignalSpy changed(feed.get(), &core::ChangeFeed::changed);

    registerElsewhere(t, QStringLiteral("Ермакова Алла"));
    REQUIRE(changed.wait(kWaitMs));
    CHECK(changed.size() == 1);
    CHECK(heard(changed).isEmpty()); // a file does not say which table: everything is read again
}

TEST_CASE("a server that goes away is reported with a sentence, a save meanwhile is refused and nothing is half "
          "written, and everything works again when it is back",
          "[postgres][changes]")
{
    tests::TestDatabase t(tests::Backend::Postgres);
    auto& server = tests::PostgresServer::get();
    auto feed = listeningFeed(t.address());
    QSignalSpy lost(feed.get(), &core::ChangeFeed::connectionLost);
    QSignalSpy restored(feed.get(), &core::ChangeFeed::connectionRestored);
    QSignalSpy changed(feed.get(), &core::ChangeFeed::changed);
    const int before = *t.journalRepo().count({});

    // As a server restart does to every workstation: their connections are cut, and no new one is let in for now.
    const QString name = t.address().databaseName();
    REQUIRE(server.runAsSuperuser(
        QStringLiteral("postgres"),
        {QStringLiteral("ALTER DATABASE %1 ALLOW_CONNECTIONS false").arg(name),
         QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '%1'").arg(name)}));

    REQUIRE(lost.wait(kWaitMs));
    CHECK_FALSE(feed->isConnected());
    const QString message = lost.at(0).at(0).toString();
    INFO(message.toStdString());
    CHECK(message.contains(QStringLiteral("cannot reach the database server")));
    CHECK(feed->lostMessage() == message);

    // The dispatcher saves meanwhile: refused with the same kind of sentence, the form's text is the caller's to keep.
    auto saved = t.journal().registerEntry(t.draft(QStringLiteral("Зуева Ирина"), QStringLiteral("Во время сбоя")));
    REQUIRE_FALSE(saved.has_value());
    CHECK(saved.error().kind == core::Error::Kind::CantOpen);
    CHECK(saved.error().message.contains(QStringLiteral("nothing was saved")));
    CHECK(t.db().isLost());

    REQUIRE(server.runAsSuperuser(QStringLiteral("postgres"),
                                  {QStringLiteral("ALTER DATABASE %1 ALLOW_CONNECTIONS true").arg(name)}));
    REQUIRE(restored.wait(kWaitMs));
    CHECK(feed->isConnected());
    CHECK(feed->lostMessage().isEmpty());
    // Everything is read again: what was said while it was away was not heard.
    REQUIRE((changed.size() > 0 || changed.wait(kWaitMs)));
    CHECK(changed.last().at(0).value<QSet<QString>>().isEmpty());

    // The same connection works again at its next use (once the pause between tries has passed).
    core::Result<core::JournalEntry> again = std::unexpected(core::Error{});
    for (int attempt = 0; attempt < 20 && !again; ++attempt) {
        again = t.journal().registerEntry(t.draft(QStringLiteral("Зуева Ирина"), QStringLiteral("После сбоя")));
        if (!again)
            QTest::qWait(500);
    }
    INFO((again ? QString() : again.error().detail).toStdString());
    REQUIRE(again.has_value());
    CHECK_FALSE(t.db().isLost());
    CHECK(*t.journalRepo().count({}) == before + 1);
}
