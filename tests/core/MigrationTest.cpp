// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/Migrator.h"
#include "tests/support/EmptyDatabase.h"
#include "tests/support/TestDatabase.h"

#include <QDir>
#include <QFile>
#include <QSet>
#include <QSqlQuery>
#include <QThread>

#include <catch2/catch.hpp>
#include <memory>
#include <optional>
#include <vector>

using namespace zabota;
using core::Error;

namespace {

// A folder with the real migrations plus the extra files given.
QString migrationsWith(const QTemporaryDir& dir, const QList<std::pair<QString, QByteArray>>& extra)
{
    const QString path = dir.filePath(QStringLiteral("migrations"));
    QDir().mkpath(path);
    const QStringList real = QDir(core::Database::defaultMigrationsDir()).entryList(QDir::Files);
    for (const QString& name : real)
        QFile::copy(core::Database::defaultMigrationsDir() + QLatin1Char('/') + name, path + QLatin1Char('/') + name);
    for (const auto& [name, sql] : extra) {
        QFile f(path + QLatin1Char('/') + name);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(sql);
    }
    return path;
}

// The numbers of the migrations shipped with the console (a step written for each dialect counts once).
QSet<int> shippedVersions()
{
    QSet<int> versions;
    const QStringList names = QDir(core::Database::defaultMigrationsDir()).entryList(QDir::Files);
    for (const QString& name : names)
        versions << name.section(QLatin1Char('_'), 0, 0).toInt();
    return versions;
}

// The highest migration number shipped with the console.
int latestShipped()
{
    const QSet<int> versions = shippedVersions();
    return *std::ranges::max_element(versions);
}

int scalar(core::Database& db, const QString& sql)
{
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(sql));
    REQUIRE(q.next());
    return q.value(0).toInt();
}

} // namespace

TEST_CASE("a new database gets every migration and the seeded categories", "[migration]")
{
    tests::TestDatabase t;
    CHECK(latestShipped() >= 6);
    CHECK(t.db().schemaVersion() == latestShipped());
    CHECK(scalar(t.db(), QStringLiteral("SELECT COUNT(*) FROM schema_migrations")) == int(shippedVersions().size()));
    CHECK(t.categories().list().value().size() == 11);
}

TEST_CASE("every migration has a version for each kind of database", "[migration]")
{
    // A step written for one dialect only needs its counterpart for the other, so that both carry the same versions.
    for (const core::SqlDialect::Kind kind : {core::SqlDialect::Kind::Sqlite, core::SqlDialect::Kind::Postgres}) {
        const core::SqlDialect dialect(kind);
        INFO(dialect.fileTag().toStdString());
        auto loaded = core::Migrator::load(core::Database::defaultMigrationsDir(), dialect);
        REQUIRE(loaded);
        QSet<int> versions;
        for (const auto& migration : std::as_const(*loaded))
            versions << migration.version;
        CHECK(versions == shippedVersions());
    }
}

TEST_CASE("a new SQLite file keeps its journal in WAL mode and enforces foreign keys", "[migration][sqlite]")
{
    tests::TestDatabase t(tests::Backend::Sqlite);
    QSqlQuery q(t.db().connection());
    REQUIRE(q.exec(QStringLiteral("PRAGMA journal_mode")));
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == QStringLiteral("wal"));
    REQUIRE(q.exec(QStringLiteral("PRAGMA foreign_keys")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 1);
}

TEST_CASE("a migration that fails leaves the database and its data as they were", "[migration]")
{
    tests::EmptyDatabase empty;
    {
        auto db = empty.open();
        REQUIRE(db);
        core::UserRepository users(**db);
        core::AuthService auth(users, 1000);
        auto admin = auth.createFirstAdmin(
            {QStringLiteral("admin"), QStringLiteral("Админ"), QStringLiteral("long enough"), {}});
        REQUIRE(admin);
        core::JournalRepository journal(**db);
        core::EntryDraft d;
        d.receivedAt = QDateTime::currentDateTime();
        d.applicantName = QStringLiteral("Иванова");
        d.summary = QStringLiteral("сохранённое обращение");
        REQUIRE(journal.insert(d, admin->id, QDateTime::currentDateTime()));
    }
    const int next = latestShipped() + 1;
    const QString brokenName = QStringLiteral("%1_broken.sql").arg(next, 4, 10, QLatin1Char('0'));
    QTemporaryDir dir;
    const QString broken =
        migrationsWith(dir, {{brokenName, QByteArrayLiteral("CREATE TABLE half_done (a INTEGER);\n"
                                                            "ALTER TABLE journal_entry ADD COLUMN extra TEXT;\n"
                                                            "INSERT INTO no_such_table VALUES (1);\n")}});
    auto failed = empty.open(broken);
    REQUIRE_FALSE(failed);
    CHECK(failed.error().kind == Error::Kind::Migration);
    CHECK(failed.error().message.contains(QString::number(next)));
    CHECK(failed.error().detail.contains(brokenName));

    auto reopened = empty.open();
    REQUIRE(reopened);
    CHECK((*reopened)->schemaVersion() == next - 1);
    // Neither the new table nor the new column stayed.
    CHECK_FALSE(QSqlQuery((*reopened)->connection()).exec(QStringLiteral("SELECT a FROM half_done")));
    CHECK_FALSE(QSqlQuery((*reopened)->connection()).exec(QStringLiteral("SELECT extra FROM journal_entry")));
    core::JournalRepository journal(**reopened);
    const auto entries = journal.page({}, 0, 10).value();
    REQUIRE(entries.size() == 1);
    CHECK(entries[0].draft.summary == QStringLiteral("сохранённое обращение"));
}

TEST_CASE("workstations starting at once on a new database upgrade it once", "[migration]")
{
    tests::EmptyDatabase empty;
    constexpr int kWorkstations = 4;
    // Each workstation is a thread with a connection of its own; Catch checks only after they are done.
    std::vector<std::optional<core::Result<int>>> versions(kWorkstations);
    std::vector<std::unique_ptr<QThread>> workstations;
    const core::DatabaseAddress address = empty.address();
    for (int w = 0; w < kWorkstations; ++w) {
        workstations.emplace_back(QThread::create([&versions, &address, w] {
            auto db = core::Database::open(address);
            versions[w] = db ? core::Result<int>((*db)->schemaVersion()) : std::unexpected(db.error());
        }));
        workstations.back()->start();
    }
    for (const auto& workstation : workstations)
        workstation->wait();
    for (int w = 0; w < kWorkstations; ++w) {
        INFO("workstation " << w);
        REQUIRE(versions[w].has_value());
        INFO((versions[w]->has_value() ? std::string() : versions[w]->error().detail.toStdString()));
        REQUIRE(versions[w]->has_value());
        CHECK(**versions[w] == latestShipped());
    }
    auto db = empty.open();
    REQUIRE(db);
    CHECK(scalar(**db, QStringLiteral("SELECT COUNT(*) FROM schema_migrations")) == int(shippedVersions().size()));
    CHECK(scalar(**db, QStringLiteral("SELECT COUNT(*) FROM problem_category")) == 11);
}

TEST_CASE("a database from a newer version is refused with a message", "[migration]")
{
    tests::EmptyDatabase empty;
    {
        auto db = empty.open();
        REQUIRE(db);
        QSqlQuery q((*db)->connection());
        REQUIRE(q.exec(QStringLiteral("INSERT INTO schema_migrations VALUES (99, '0099_future.sql', 0)")));
    }
    auto db = empty.open();
    REQUIRE_FALSE(db);
    CHECK(db.error().kind == Error::Kind::TooNew);
    CHECK(db.error().message.contains(QStringLiteral("99")));
}

TEST_CASE("a file that is not a database at all is refused and left untouched", "[migration][sqlite]")
{
    QTemporaryDir dir;
    const QString text = dir.filePath(QStringLiteral("notes.txt"));
    {
        QFile f(text);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("Список дел на понедельник\n");
    }
    auto notDb = core::Database::openSqlite(text);
    REQUIRE_FALSE(notDb);
    CHECK(notDb.error().kind == Error::Kind::Corrupt);
    QFile f(text);
    REQUIRE(f.open(QIODevice::ReadOnly));
    CHECK(f.readAll() == QByteArrayLiteral("Список дел на понедельник\n"));
}

TEST_CASE("a database that holds another program's tables is refused and left untouched", "[migration]")
{
    tests::EmptyDatabase empty;
    empty.runAsAnotherProgram({QStringLiteral("CREATE TABLE contacts (name TEXT)"),
                               QStringLiteral("INSERT INTO contacts VALUES ('Иванова')")});
    auto foreign = empty.open();
    REQUIRE_FALSE(foreign);
    CHECK(foreign.error().kind == Error::Kind::Corrupt);
    // Nothing of the console's was written there.
    CHECK(empty.runAsAnotherProgram({QStringLiteral("SELECT COUNT(*) FROM contacts")}).toInt() == 1);
    CHECK(empty.tables() == QStringList{QStringLiteral("contacts")});
}

TEST_CASE("a locked or unwritable database gives a clear message and keeps what was there", "[storage]")
{
    tests::TestDatabase t;
    const bool sqlite = !t.address().isPostgres();
    REQUIRE(t.journal().registerEntry(t.draft(QStringLiteral("Иванова"), QStringLiteral("первое"))));

    SECTION("another workstation holds the write lock")
    {
        auto other = core::Database::open(t.address());
        REQUIRE(other);
        QSqlQuery lock((*other)->connection());
        if (sqlite) {
            REQUIRE(lock.exec(QStringLiteral("BEGIN EXCLUSIVE")));
            REQUIRE(QSqlQuery(t.db().connection()).exec(QStringLiteral("PRAGMA busy_timeout = 200")));
        } else {
            // The other workstation is registering an entry: it holds this year's counter row.
            REQUIRE(lock.exec(QStringLiteral("BEGIN")));
            REQUIRE(lock.exec(QStringLiteral("SELECT last_no FROM journal_counter FOR UPDATE")));
            REQUIRE(QSqlQuery(t.db().connection()).exec(QStringLiteral("SET lock_timeout = '200ms'")));
        }
        auto busy = t.journal().registerEntry(t.draft(QStringLiteral("Петров"), QStringLiteral("второе")));
        REQUIRE_FALSE(busy);
        CHECK(busy.error().kind == Error::Kind::Busy);
        CHECK_FALSE(busy.error().message.contains(QStringLiteral("SQL")));
        REQUIRE(lock.exec(QStringLiteral("ROLLBACK")));
        REQUIRE(t.journal().registerEntry(t.draft(QStringLiteral("Петров"), QStringLiteral("второе"))));
        CHECK(t.journal().count({}).value() == 2);
    }
    SECTION("the database refuses writes")
    {
        t.refuseWrites();
        auto readOnly = t.journal().registerEntry(t.draft(QStringLiteral("Петров"), QStringLiteral("второе")));
        REQUIRE_FALSE(readOnly);
        CHECK(readOnly.error().kind == Error::Kind::ReadOnly);
        CHECK(t.journal().count({}).value() == 1);
    }
}

TEST_CASE("a record saved twice at the same moment is refused as a conflict and nothing is saved", "[storage]")
{
    tests::TestDatabase t;
    const QString title = t.categories().list().value().first().title;
    QSqlQuery insert = t.db().prepare(QStringLiteral("INSERT INTO problem_category (title, position) VALUES (?, 99)"));
    insert.addBindValue(title);
    auto twice = t.db().exec(insert);
    REQUIRE_FALSE(twice);
    CHECK(twice.error().kind == Error::Kind::Conflict);
    CHECK_FALSE(twice.error().message.contains(QStringLiteral("SQL")));
    CHECK(t.categories().list().value().size() == 11);
}

TEST_CASE("a migration file splits into its statements, comments dropped", "[migration]")
{
    const auto parts = core::Migrator::statements(QStringLiteral("-- comment\nCREATE TABLE a (x INTEGER);\n\n"
                                                                 "INSERT INTO a VALUES (1),\n    (2);\nDROP TABLE a"));
    REQUIRE(parts.size() == 3);
    CHECK(parts[0] == QStringLiteral("CREATE TABLE a (x INTEGER)"));
    CHECK(parts[1].startsWith(QStringLiteral("INSERT INTO a VALUES (1),")));
    CHECK(parts[2] == QStringLiteral("DROP TABLE a"));
}
