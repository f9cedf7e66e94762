// SPDX-License-Identifier: GPL-3.0-or-later
// The real `zabota migrate`, run as a process as an administrator would run it from a terminal or a script: a desk's
// SQLite file with demo work moved to a new database on the PostgreSQL test server. Its table, its sentences, and a
// distinct exit code for each thing that can go wrong; the password never printed.
#include "app/CommandLine.h"
#include "tests/support/MoveFixture.h"

#include <QDir>
#include <QFile>
#include <QHostAddress>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <catch2/catch.hpp>
#include <csignal>

using namespace zabota;
using app::CommandLine;

namespace {

struct Run {
    int exitCode = -1;
    QString out;    // stdout
    QString errors; // stderr
    QString log;    // the log file
};

// The address without the password, as an administrator types it; the password goes by the environment.
QString urlOf(const core::DatabaseAddress& address)
{
    return address.withPassword({}).shown();
}

QProcessEnvironment environmentFor(const QString& home, const QString& password = {})
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    // The log and the settings go to the test's folder, not to the user's; no ~/.pgpass there.
    environment.insert(QStringLiteral("HOME"), home);
    environment.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
    environment.remove(QStringLiteral("PGPASSWORD"));
    environment.remove(QStringLiteral("PGPASSFILE"));
    environment.remove(CommandLine::kPasswordVariable);
    if (!password.isEmpty())
        environment.insert(CommandLine::kPasswordVariable, password);
    return environment;
}

QString logIn(const QString& home)
{
    QFile log(home + QStringLiteral("/data/zabota/zabota.log"));
    return log.open(QIODevice::ReadOnly) ? QString::fromUtf8(log.readAll()) : QString();
}

Run finish(QProcess& process, const QString& home)
{
    REQUIRE(process.waitForFinished(180'000));
    Run run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.errors = QString::fromUtf8(process.readAllStandardError());
    run.log = logIn(home);
    return run;
}

Run migrate(const QString& home, const QStringList& arguments, const QString& password = {})
{
    QProcess process;
    process.setProcessEnvironment(environmentFor(home, password));
    process.start(QStringLiteral(ZABOTA_EXECUTABLE), QStringList{QStringLiteral("migrate")} + arguments +
                                                         QStringList{QStringLiteral("--lang"), QStringLiteral("en")});
    REQUIRE(process.waitForStarted(10'000));
    return finish(process, home);
}

// The line of a table in the command's table, with its numbers' group separators taken out.
QString tableLine(const Run& run, const QString& table)
{
    const QStringList lines = run.out.split(u'\n');
    for (QString line : lines) {
        if (line.startsWith(table + QLatin1Char(' '))) {
            static const QRegularExpression separator(QStringLiteral("(?<=\\d)[,\\x{00a0} ](?=\\d{3})"));
            return line.replace(separator, QString()).simplified();
        }
    }
    return {};
}

QString everything(const Run& run)
{
    return run.out + run.errors + run.log;
}

} // namespace

TEST_CASE("zabota migrate moves a desk to the server, prints every table matching and leaves with 0", "[app][move]")
{
    tests::MoveFixture f;
    const QString home = f.desk().dir();
    const QString password = f.server().password();
    const Run run = migrate(
        home,
        {QStringLiteral("--from"), QStringLiteral("sqlite:") + f.deskPath(), QStringLiteral("--to"), urlOf(f.server())},
        password);
    INFO(run.errors.toStdString());
    CHECK(run.exitCode == 0);
    // Progress on stderr, table by table.
    CHECK(run.errors.contains(QStringLiteral("Connecting to ") + urlOf(f.server())));
    CHECK(run.errors.contains(QRegularExpression(QStringLiteral("journal_entry: 1.?500 rows copied"))));
    CHECK(run.errors.contains(QStringLiteral("Writing the search index of journal_entry")));
    CHECK(run.errors.contains(QStringLiteral("Comparing every table of the two databases")));
    // The table on stdout: every table, its rows on both sides, its checksum matching.
    CHECK(run.out.startsWith(QStringLiteral("Table ")));
    CHECK(run.out.section(u'\n', 0, 0).simplified() == QStringLiteral("Table Rows in source Rows in target Checksum"));
    CHECK(tableLine(run, QStringLiteral("journal_entry")) == QStringLiteral("journal_entry 1500 1500 OK"));
    CHECK(tableLine(run, QStringLiteral("family")) == QStringLiteral("family 150 150 OK"));
    CHECK(tableLine(run, QStringLiteral("app_user")).endsWith(QStringLiteral(" OK")));
    CHECK_FALSE(tableLine(run, QStringLiteral("journal_counter")).isEmpty());
    CHECK_FALSE(run.out.contains(QStringLiteral("DIFFERENT")));
    CHECK(tableLine(run, QStringLiteral("schema_migrations")).isEmpty());
    CHECK(run.out.contains(QStringLiteral("every table matches")));
    // The password is never printed, nor logged.
    CHECK_FALSE(everything(run).contains(password));
    CHECK(run.log.contains(QStringLiteral("migrate: moving")));

    // The same comparison later, with the password from a file readable by its owner only.
    const QString passwordFile = home + QStringLiteral("/server-password");
    {
        QFile file(passwordFile);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(password.toUtf8() + "\n");
        file.close();
        REQUIRE(file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    }
    const Run verified =
        migrate(home, {QStringLiteral("--verify"), QStringLiteral("--from"), f.deskPath(), QStringLiteral("--to"),
                       urlOf(f.server()), QStringLiteral("--password-file"), passwordFile});
    INFO(verified.errors.toStdString());
    CHECK(verified.exitCode == 0);
    CHECK(tableLine(verified, QStringLiteral("journal_entry")) == QStringLiteral("journal_entry 1500 1500 OK"));
    CHECK(verified.out.contains(QStringLiteral("hold the same rows: every table matches")));
    CHECK_FALSE(verified.errors.contains(QStringLiteral("Warning")));
    CHECK_FALSE(everything(verified).contains(password));

    // The server's database holds data now: a second move into it is refused.
    const Run again = migrate(
        home,
        {QStringLiteral("--from"), QStringLiteral("sqlite:") + f.deskPath(), QStringLiteral("--to"), urlOf(f.server())},
        password);
    CHECK(again.exitCode == CommandLine::kMigrateTargetNotEmpty);
    CHECK(again.errors.contains(QStringLiteral("already holds data")));
    CHECK(again.errors.contains(QStringLiteral("journal_entry: 1")));
    CHECK(again.out.isEmpty());
}

TEST_CASE("zabota migrate --verify finds a value changed on the server after the move", "[app][move]")
{
    tests::MoveFixture f;
    const QString home = f.desk().dir();
    const QStringList databases{QStringLiteral("--from"), f.deskPath(), QStringLiteral("--to"), urlOf(f.server())};
    REQUIRE(migrate(home, databases, f.server().password()).exitCode == 0);
    f.asSuperuser({QStringLiteral("UPDATE journal_entry SET applicant_name = applicant_name || ' ' WHERE id = 42")});
    const Run run = migrate(home, QStringList{QStringLiteral("--verify")} + databases, f.server().password());
    CHECK(run.exitCode == CommandLine::kMigrateMismatch);
    CHECK(tableLine(run, QStringLiteral("journal_entry")) == QStringLiteral("journal_entry 1500 1500 DIFFERENT"));
    CHECK(tableLine(run, QStringLiteral("family")) == QStringLiteral("family 150 150 OK"));
    CHECK(run.errors.contains(QStringLiteral("The databases differ")));
}

TEST_CASE("zabota migrate leaves with a distinct code and a sentence for each thing that goes wrong", "[app][move]")
{
    tests::MoveFixture f;
    const QString home = f.desk().dir();
    const QString url = urlOf(f.server());
    const QString password = f.server().password();

    SECTION("no such source file")
    {
        const Run run = migrate(home,
                                {QStringLiteral("--from"),
                                 QStringLiteral("sqlite:") + home + QStringLiteral("/no-such-desk.sqlite"),
                                 QStringLiteral("--to"), url},
                                password);
        CHECK(run.exitCode == CommandLine::kMigrateSourceError);
        CHECK(run.errors.contains(QStringLiteral("There is no database file at")));
        CHECK_FALSE(QFile::exists(home + QStringLiteral("/no-such-desk.sqlite")));
    }
    SECTION("a source that is no database")
    {
        const QString text = home + QStringLiteral("/notes.txt");
        QFile file(text);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("not a database at all, only some notes\n");
        file.close();
        const Run run = migrate(home, {QStringLiteral("--from"), text, QStringLiteral("--to"), url}, password);
        CHECK(run.exitCode == CommandLine::kMigrateSourceError);
        CHECK(run.errors.contains(QStringLiteral("is not a Zabota database")));
    }
    SECTION("a server out of reach")
    {
        QTcpServer probe;
        REQUIRE(probe.listen(QHostAddress::LocalHost, 0));
        const int port = probe.serverPort();
        probe.close();
        const QString nowhere = QStringLiteral("postgresql://zabota@127.0.0.1:%1/zabota").arg(port);
        const Run run =
            migrate(home, {QStringLiteral("--from"), f.deskPath(), QStringLiteral("--to"), nowhere}, password);
        CHECK(run.exitCode == CommandLine::kMigrateTargetUnreachable);
        CHECK(run.errors.contains(QStringLiteral("cannot reach the database server 127.0.0.1")));
    }
    SECTION("a wrong password")
    {
        const QString wrong = QStringLiteral("not-the-password");
        const Run run = migrate(home, {QStringLiteral("--from"), f.deskPath(), QStringLiteral("--to"), url}, wrong);
        CHECK(run.exitCode == CommandLine::kMigrateTargetRefusedLogin);
        CHECK(run.errors.contains(QStringLiteral("did not accept the user «zabota» with this password")));
        CHECK_FALSE(everything(run).contains(wrong));
    }
    SECTION("a server without TLS where TLS is required")
    {
        const Run run = migrate(
            home,
            {QStringLiteral("--from"), f.deskPath(), QStringLiteral("--to"), url + QStringLiteral("?sslmode=require")},
            password);
        CHECK(run.exitCode == CommandLine::kMigrateTargetUnreachable);
        CHECK(run.errors.contains(QStringLiteral("does not offer an encrypted connection (TLS)")));
    }
    SECTION("mistakes on the command line")
    {
        CHECK(migrate(home, {QStringLiteral("--from"), f.deskPath()}).exitCode == CommandLine::kUsageError);
        const Run server = migrate(home, {QStringLiteral("--from"), url, QStringLiteral("--to"), url});
        CHECK(server.exitCode == CommandLine::kUsageError);
        CHECK(server.errors.contains(QStringLiteral("--from takes the database file of a single desk")));
        const Run file = migrate(home, {QStringLiteral("--from"), f.deskPath(), QStringLiteral("--to"), f.deskPath()});
        CHECK(file.exitCode == CommandLine::kUsageError);
        CHECK(file.errors.contains(QStringLiteral("--to takes the address of a PostgreSQL database")));
        const Run both =
            migrate(home, {QStringLiteral("--from"), f.deskPath(), QStringLiteral("--to"),
                           f.server().shown().replace(QStringLiteral("zabota@"), QStringLiteral("zabota:x@")),
                           QStringLiteral("--password-file"), home + QStringLiteral("/pw")});
        CHECK(both.exitCode == CommandLine::kUsageError);
        CHECK(both.errors.contains(QStringLiteral("not both")));
    }
    // The server's database is still new after all that.
    CHECK(f.serverValue(QStringLiteral("SELECT COUNT(*) FROM app_user")).toInt() == 0);
}

TEST_CASE("Ctrl+C stops zabota migrate and leaves the server's database as it was", "[app][move]")
{
    tests::MoveFixture f;
    const QString home = f.desk().dir();
    // Another workstation holds a table for a moment: the move waits for it before it copies anything.
    const QString holder = QStringLiteral("migrate-test-holder");
    {
        QSqlDatabase hold = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), holder);
        hold.setHostName(f.server().host());
        hold.setPort(f.server().port());
        hold.setDatabaseName(f.server().databaseName());
        hold.setUserName(f.server().user());
        hold.setPassword(f.server().password());
        REQUIRE(hold.open());
        QSqlQuery lock(hold);
        REQUIRE(lock.exec(QStringLiteral("BEGIN")));
        REQUIRE(lock.exec(QStringLiteral("LOCK TABLE app_user IN ACCESS SHARE MODE")));

        QProcess process;
        process.setProcessEnvironment(environmentFor(home, f.server().password()));
        process.start(QStringLiteral(ZABOTA_EXECUTABLE),
                      {QStringLiteral("migrate"), QStringLiteral("--from"), f.deskPath(), QStringLiteral("--to"),
                       urlOf(f.server()), QStringLiteral("--lang"), QStringLiteral("en")});
        REQUIRE(process.waitForStarted(10'000));
        QString errors;
        REQUIRE(QTest::qWaitFor(
            [&] {
                errors += QString::fromUtf8(process.readAllStandardError());
                return errors.contains(QStringLiteral("in one transaction"));
            },
            60'000));
        QTest::qWait(500);
        REQUIRE(process.state() == QProcess::Running);
        ::kill(pid_t(process.processId()), SIGINT);
        QTest::qWait(300);
        REQUIRE(lock.exec(QStringLiteral("COMMIT")));
        const Run run = finish(process, home);
        CHECK(run.exitCode == CommandLine::kMigrateStopped);
        CHECK(run.errors.contains(QStringLiteral("Stopped: nothing was copied")));
        CHECK(run.log.contains(QStringLiteral("migrate: signal 2, stopping")));
        hold.close();
    }
    QSqlDatabase::removeDatabase(holder);
    CHECK(f.serverValue(QStringLiteral("SELECT COUNT(*) FROM app_user")).toInt() == 0);
    CHECK(f.serverValue(QStringLiteral("SELECT COUNT(*) FROM journal_entry")).toInt() == 0);
    CHECK(f.serverValue(QStringLiteral("SELECT COUNT(*) FROM problem_category")).toInt() == 11);
}

TEST_CASE("zabota migrate --help explains the move, the password and every exit code", "[app][move]")
{
    QTemporaryDir home;
    const Run run = migrate(home.path(), {QStringLiteral("--help")});
    CHECK(run.exitCode == 0);
    for (const QString& words :
         {QStringLiteral("--from"), QStringLiteral("--to"), QStringLiteral("--password-file"),
          QStringLiteral("--verify"), QStringLiteral("ZABOTA_PASSWORD"), QStringLiteral("~/.pgpass"),
          QStringLiteral("Exit codes: 0 moved"), QStringLiteral("130 stopped")}) {
        INFO(words.toStdString());
        CHECK(run.out.contains(words));
    }
}
