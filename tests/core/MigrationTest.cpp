// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/Migrator.h"
#include "tests/support/TestDatabase.h"

#include <QDir>
#include <QFile>
#include <QSet>
#include <QSqlQuery>

#include <catch2/catch.hpp>

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

// The highest migration number shipped with the console.
int latestShipped()
{
    int latest = 0;
    const QStringList names = QDir(core::Database::defaultMigrationsDir()).entryList(QDir::Files);
    for (const QString& name : names)
        latest = std::max(latest, name.section(QLatin1Char('_'), 0, 0).toInt());
    return latest;
}

int scalar(core::Database& db, const QString& sql)
{
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(sql));
    REQUIRE(q.next());
    return q.value(0).toInt();
}

} // namespace

TEST_CASE("a new database gets every migration, the seeded categories and WAL", "[migration]")
{
    tests::TestDatabase t;
    // A step written for each dialect (0002_journal_search.sqlite.sql, …postgres.sql) counts once.
    QSet<int> versions;
    for (const QString& name : QDir(core::Database::defaultMigrationsDir()).entryList(QDir::Files))
        versions << name.section(QLatin1Char('_'), 0, 0).toInt();
    const int migrations = int(versions.size());
    CHECK(latestShipped() >= 6);
    CHECK(t.db().schemaVersion() == latestShipped());
    CHECK(scalar(t.db(), QStringLiteral("SELECT COUNT(*) FROM schema_migrations")) == migrations);
    CHECK(t.categories().list().value().size() == 11);
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
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("z.sqlite"));
    {
        auto db = core::Database::openSqlite(path);
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
    const QString broken =
        migrationsWith(dir, {{brokenName, QByteArrayLiteral("CREATE TABLE half_done (a INTEGER);\n"
                                                            "ALTER TABLE journal_entry ADD COLUMN extra TEXT;\n"
                                                            "INSERT INTO no_such_table VALUES (1);\n")}});
    auto failed = core::Database::openSqlite(path, broken);
    REQUIRE_FALSE(failed);
    CHECK(failed.error().kind == Error::Kind::Migration);
    CHECK(failed.error().message.contains(QString::number(next)));
    CHECK(failed.error().detail.contains(brokenName));

    auto reopened = core::Database::openSqlite(path);
    REQUIRE(reopened);
    CHECK((*reopened)->schemaVersion() == next - 1);
    CHECK(scalar(**reopened, QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE name = 'half_done'")) == 0);
    CHECK(scalar(**reopened,
                 QStringLiteral("SELECT COUNT(*) FROM pragma_table_info('journal_entry') WHERE name = 'extra'")) == 0);
    core::JournalRepository journal(**reopened);
    const auto entries = journal.page({}, 0, 10).value();
    REQUIRE(entries.size() == 1);
    CHECK(entries[0].draft.summary == QStringLiteral("сохранённое обращение"));
}

TEST_CASE("a database from a newer version is refused with a message", "[migration]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("z.sqlite"));
    {
        auto db = core::Database::openSqlite(path);
        REQUIRE(db);
        QSqlQuery q((*db)->connection());
        REQUIRE(q.exec(QStringLiteral("INSERT INTO schema_migrations VALUES (99, '0099_future.sql', 0)")));
    }
    auto db = core::Database::openSqlite(path);
    REQUIRE_FALSE(db);
    CHECK(db.error().kind == Error::Kind::TooNew);
    CHECK(db.error().message.contains(QStringLiteral("99")));
}

TEST_CASE("a file that is not a Zabota database is refused and left untouched", "[migration]")
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

    // An SQLite file of some other program.
    const QString other = dir.filePath(QStringLiteral("other.sqlite"));
    {
        QSqlDatabase c = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
        c.setDatabaseName(other);
        REQUIRE(c.open());
        QSqlQuery q(c);
        REQUIRE(q.exec(QStringLiteral("CREATE TABLE contacts (name TEXT)")));
        c.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("other"));
    auto foreign = core::Database::openSqlite(other);
    REQUIRE_FALSE(foreign);
    CHECK(foreign.error().kind == Error::Kind::Corrupt);
}

TEST_CASE("a locked or unwritable database gives a clear message and keeps what was there", "[storage]")
{
    tests::TestDatabase t;
    REQUIRE(t.journal().registerEntry(t.draft(QStringLiteral("Иванова"), QStringLiteral("первое"))));

    SECTION("another program holds the write lock")
    {
        auto other = core::Database::openSqlite(t.path());
        REQUIRE(other);
        QSqlQuery lock((*other)->connection());
        REQUIRE(lock.exec(QStringLiteral("BEGIN EXCLUSIVE")));
        QSqlQuery(t.db().connection()).exec(QStringLiteral("PRAGMA busy_timeout = 200"));
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
        QSqlQuery(t.db().connection()).exec(QStringLiteral("PRAGMA query_only = 1"));
        auto readOnly = t.journal().registerEntry(t.draft(QStringLiteral("Петров"), QStringLiteral("второе")));
        REQUIRE_FALSE(readOnly);
        CHECK(readOnly.error().kind == Error::Kind::ReadOnly);
        CHECK(t.journal().count({}).value() == 1);
    }
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
