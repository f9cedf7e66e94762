// SPDX-License-Identifier: GPL-3.0-or-later
// The real `zabota export journal`, run as a process on a real database, as a scheduled job would run it: its exit
// codes, its one line on stdout, its sentences on stderr, and no file left behind by a run that failed.
#include "app/CommandLine.h"
#include "core/export/JournalExporter.h"
#include "tests/export/ExportFixture.h"
#include "tests/export/ExportReaders.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

#include <catch2/catch.hpp>
#include <csignal>
#include <sys/resource.h>

using namespace zabota;
using app::CommandLine;
using tests::ExportFixture;
namespace readers = tests::readers;

namespace {

struct Run {
    int exitCode = -1;
    QStringList lines; // stdout
    QString errors;    // stderr
};

struct Options {
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    qint64 fileSizeLimit = 0; // bytes; 0: none
};

Run runZabota(const ExportFixture& f, const QStringList& arguments, Options options = {})
{
    QProcess process;
    // The log and the settings go to the test's folder, not to the user's.
    options.environment.insert(QStringLiteral("XDG_DATA_HOME"), f.db.dir() + QStringLiteral("/data"));
    options.environment.insert(QStringLiteral("XDG_CONFIG_HOME"), f.db.dir() + QStringLiteral("/config"));
    options.environment.remove(QStringLiteral("QT_QPA_PLATFORM")); // the command chooses its platform itself
    options.environment.remove(QStringLiteral("DISPLAY"));
    options.environment.remove(QStringLiteral("XDG_RUNTIME_DIR")); // as under cron
    process.setProcessEnvironment(options.environment);
    if (options.fileSizeLimit > 0) {
        const rlim_t limit = rlim_t(options.fileSizeLimit);
        // In the child, before exec: a full disk stood in for by the largest file it may write.
        process.setChildProcessModifier([limit] {
            std::signal(SIGXFSZ, SIG_IGN);
            rlimit lowered{};
            ::getrlimit(RLIMIT_FSIZE, &lowered);
            lowered.rlim_cur = limit;
            ::setrlimit(RLIMIT_FSIZE, &lowered);
        });
    }
    // In English whatever language the settings hold, so that the sentences can be checked.
    process.start(QStringLiteral(ZABOTA_EXECUTABLE),
                  arguments + QStringList{QStringLiteral("--lang"), QStringLiteral("en")});
    REQUIRE(process.waitForStarted(10'000));
    REQUIRE(process.waitForFinished(120'000));
    Run run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.lines = QString::fromUtf8(process.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
    run.errors = QString::fromUtf8(process.readAllStandardError());
    return run;
}

// The password file of the supervisor, readable by its owner only.
QString passwordFile(const ExportFixture& f)
{
    const QString path = f.db.dir() + QStringLiteral("/password");
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(tests::TestDatabase::kPassword.toUtf8() + "\n");
    file.close();
    REQUIRE(file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    return path;
}

QStringList exportArguments(const ExportFixture& f, const QStringList& more)
{
    return QStringList{QStringLiteral("export"),          QStringLiteral("journal"),
                       QStringLiteral("--database"),      f.db.path(),
                       QStringLiteral("--user"),          QStringLiteral("belova"),
                       QStringLiteral("--password-file"), passwordFile(f)} +
           more;
}

int exportsAudited(ExportFixture& f)
{
    core::AuditFilter exports;
    exports.action = core::AuditAction::Export;
    const auto records = f.db.audit().list(exports);
    REQUIRE(records.has_value());
    return int(records->size());
}

} // namespace

TEST_CASE("zabota export journal writes the quarter to XLSX and says so in one line", "[export][cli]")
{
    ExportFixture f;
    const QString output = f.outPath(QStringLiteral("q1.xlsx"));
    const Run run =
        runZabota(f, exportArguments(f, {QStringLiteral("--from"), QStringLiteral("2026-01-01"), QStringLiteral("--to"),
                                         QStringLiteral("2026-03-31"), QStringLiteral("--format"),
                                         QStringLiteral("xlsx"), QStringLiteral("--output"), output}));
    INFO(run.errors.toStdString());
    REQUIRE(run.exitCode == 0);
    CHECK(run.errors.isEmpty()); // nothing for cron to mail
    REQUIRE(run.lines.size() == 1);
    CHECK(run.lines.first() == QStringLiteral("Exported 5 entries to %1 (XLSX).").arg(output));
    CHECK(f.leftovers() == QStringList{QStringLiteral("q1.xlsx")});
    const QJsonObject book = readers::workbook(output);
    CHECK(book.value(u"rows").toArray().size() == 1 + ExportFixture::kRowsInPeriod);
    CHECK(book.value(u"freeze").toString() == QStringLiteral("A2"));

    core::AuditFilter exports;
    exports.action = core::AuditAction::Export;
    const auto records = f.db.audit().list(exports);
    REQUIRE(records.has_value());
    REQUIRE(records->size() == 1);
    CHECK(records->first().userId == f.supervisor.id);
    const QJsonObject details = QJsonDocument::fromJson(records->first().details.toUtf8()).object();
    CHECK(details.value(u"via").toString().startsWith(QStringLiteral("command line")));
    CHECK(details.value(u"rows").toInt() == 5);
    CHECK(details.value(u"file").toString() == output);
}

TEST_CASE("zabota export journal takes the filters, the columns, a depersonalised CSV and a folder for the output",
          "[export][cli]")
{
    ExportFixture f;
    const Run run = runZabota(
        f, exportArguments(f, {QStringLiteral("--from"), QStringLiteral("2026-01-01"), QStringLiteral("--to"),
                               QStringLiteral("2026-03-31"), QStringLiteral("--status"), QStringLiteral("closed"),
                               QStringLiteral("--category"), QStringLiteral("детско-родительские отношения"),
                               QStringLiteral("--columns"), QStringLiteral("row,received_at,channel,category,status"),
                               QStringLiteral("--depersonalised"), QStringLiteral("--format"), QStringLiteral("csv"),
                               QStringLiteral("--output"), f.out.path()}));
    INFO(run.errors.toStdString());
    REQUIRE(run.exitCode == 0);
    core::JournalFilter quarter;
    quarter.from = ExportFixture::kFrom;
    quarter.to = ExportFixture::kTo;
    const QString name = core::JournalExporter::defaultFileName(quarter, core::ExportFormat::Csv, true);
    CHECK(f.leftovers() == QStringList{name});
    const QList<QStringList> rows = readers::csvRows(f.outPath(name));
    REQUIRE(rows.size() == 2);
    CHECK(rows[1] == QStringList{QStringLiteral("1"), QStringLiteral("28.02.2026"), core::label(core::Channel::WalkIn),
                                 QStringLiteral("Детско-родительские отношения"),
                                 core::label(core::EntryStatus::Closed)});
}

TEST_CASE("zabota export journal --help documents the options and the exit codes", "[export][cli]")
{
    ExportFixture f;
    const Run run = runZabota(f, {QStringLiteral("export"), QStringLiteral("journal"), QStringLiteral("--help")});
    REQUIRE(run.exitCode == 0);
    const QString help = run.lines.join(u'\n');
    for (const char* option :
         {"--from", "--to", "--period", "--format", "--output", "--channel", "--category", "--status", "--dispatcher",
          "--columns", "--depersonalised", "--database", "--user", "--password-file"})
        CHECK(help.contains(QLatin1String(option)));
    CHECK(help.contains(QStringLiteral("Exit codes")));
    CHECK(help.contains(QStringLiteral("ZABOTA_PASSWORD")));
}

TEST_CASE("zabota export journal leaves with a distinct code and a sentence for each thing that went wrong, and no "
          "file",
          "[export][cli]")
{
    ExportFixture f;
    const QString output = f.outPath(QStringLiteral("q1.csv"));
    const QStringList quarter{QStringLiteral("--from"), QStringLiteral("2026-01-01"), QStringLiteral("--to"),
                              QStringLiteral("2026-03-31"), QStringLiteral("--output")};

    SECTION("wrong arguments")
    {
        const Run backwards = runZabota(
            f, exportArguments(f, {QStringLiteral("--from"), QStringLiteral("2026-03-31"), QStringLiteral("--to"),
                                   QStringLiteral("2026-01-01"), QStringLiteral("--output"), output}));
        CHECK(backwards.exitCode == CommandLine::kUsageError);
        CHECK(backwards.errors.contains(QStringLiteral("before it starts")));
        CHECK(backwards.lines.isEmpty());

        const Run badDate = runZabota(f, exportArguments(f, {QStringLiteral("--from"), QStringLiteral("31.03.2026"),
                                                             QStringLiteral("--output"), output}));
        CHECK(badDate.exitCode == CommandLine::kUsageError);
        CHECK(badDate.errors.contains(QStringLiteral("YYYY-MM-DD")));

        const Run column = runZabota(f, exportArguments(f, quarter + QStringList{output, QStringLiteral("--columns"),
                                                                                 QStringLiteral("reg_no,shoe_size")}));
        CHECK(column.exitCode == CommandLine::kUsageError);
        CHECK(column.errors.contains(QStringLiteral("shoe_size")));

        const Run personal =
            runZabota(f, exportArguments(f, quarter + QStringList{output, QStringLiteral("--columns"),
                                                                  QStringLiteral("applicant"),
                                                                  QStringLiteral("--depersonalised")}));
        CHECK(personal.exitCode == CommandLine::kUsageError);

        const Run noUser =
            runZabota(f, {QStringLiteral("export"), QStringLiteral("journal"), QStringLiteral("--database"),
                          f.db.path(), QStringLiteral("--output"), output});
        CHECK(noUser.exitCode == CommandLine::kUsageError);
        CHECK(noUser.errors.contains(QStringLiteral("--user")));

        const Run unknownCategory =
            runZabota(f, exportArguments(f, quarter + QStringList{output, QStringLiteral("--category"),
                                                                  QStringLiteral("Нет такой")}));
        CHECK(unknownCategory.exitCode == CommandLine::kUsageError);
        CHECK(unknownCategory.errors.contains(QStringLiteral("Правовая помощь")));
        CHECK(f.leftovers().isEmpty());
    }
    SECTION("no entry matches")
    {
        const Run run = runZabota(
            f, exportArguments(f, {QStringLiteral("--from"), QStringLiteral("2027-01-01"), QStringLiteral("--to"),
                                   QStringLiteral("2027-01-31"), QStringLiteral("--output"), output}));
        CHECK(run.exitCode == CommandLine::kExportNoRows);
        CHECK(run.errors.contains(QStringLiteral("01.01.2027 — 31.01.2027")));
        CHECK(run.lines.isEmpty());
        CHECK(f.leftovers().isEmpty());
    }
    SECTION("the output cannot be written")
    {
        const QString missing = f.outPath(QStringLiteral("no such folder/q1.csv"));
        const Run run = runZabota(f, exportArguments(f, quarter + QStringList{missing}));
        CHECK(run.exitCode == CommandLine::kExportCannotWrite);
        CHECK(run.errors.contains(QStringLiteral("does not exist")));
        CHECK(f.leftovers().isEmpty());
    }
    SECTION("the disk is full")
    {
        f.addBulk(1500, 300);
        const QString pdf = f.outPath(QStringLiteral("q1.pdf"));
        Options limited;
        limited.fileSizeLimit = 64 * 1024;
        const Run run = runZabota(f, exportArguments(f, quarter + QStringList{pdf}), limited);
        INFO(run.errors.toStdString());
        CHECK(run.exitCode == CommandLine::kExportCannotWrite);
        CHECK(run.errors.contains(pdf));
        CHECK(f.leftovers().isEmpty());
        CHECK(exportsAudited(f) == 0);
    }
    SECTION("the database cannot be read")
    {
        const QString nowhere = f.outPath(QStringLiteral("none.sqlite"));
        QStringList arguments = exportArguments(f, quarter + QStringList{output});
        arguments[arguments.indexOf(f.db.path())] = nowhere;
        const Run run = runZabota(f, arguments);
        CHECK(run.exitCode == CommandLine::kExportDatabaseError);
        CHECK(run.errors.contains(nowhere));
        CHECK(f.leftovers().isEmpty()); // no empty database made either
    }
    SECTION("a wrong password, or a user who may not export")
    {
        Options wrong;
        wrong.environment.insert(QStringLiteral("ZABOTA_PASSWORD"), QStringLiteral("not the password"));
        const Run run =
            runZabota(f,
                      {QStringLiteral("export"), QStringLiteral("journal"), QStringLiteral("--database"), f.db.path(),
                       QStringLiteral("--user"), QStringLiteral("belova"), QStringLiteral("--output"), output},
                      wrong);
        CHECK(run.exitCode == CommandLine::kExportNotAllowed);

        Options dispatcher;
        dispatcher.environment.insert(QStringLiteral("ZABOTA_PASSWORD"), tests::TestDatabase::kPassword);
        const Run refused =
            runZabota(f,
                      {QStringLiteral("export"), QStringLiteral("journal"), QStringLiteral("--database"), f.db.path(),
                       QStringLiteral("--user"), f.db.dispatcher().login, QStringLiteral("--output"), output},
                      dispatcher);
        CHECK(refused.exitCode == CommandLine::kExportNotAllowed);
        CHECK(refused.errors.contains(QStringLiteral("supervisor")));
        CHECK(f.leftovers().isEmpty());
        CHECK(exportsAudited(f) == 0);
    }
}
