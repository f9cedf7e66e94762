// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/MigrateCommand.h"

#include "app/CommandFailure.h"
#include "app/CommandPassword.h"
#include "app/StopSignals.h"
#include "core/storage/Database.h"
#include "core/transfer/DatabaseMover.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QTextStream>

#include <algorithm>
#include <climits>
#include <memory>

namespace zabota::app {

namespace {

const CommandFailure failed("migrate");

// A table bigger than this gets a progress line every this many rows, not only when it is done.
constexpr qint64 kRowsPerProgressLine = 100'000;

QString seconds(const QElapsedTimer& timer)
{
    return QLocale().toString(double(timer.elapsed()) / 1000.0, 'f', 1);
}

} // namespace

MigrateCommand::MigrateCommand(MigrateCommandOptions options)
    : m_options(std::move(options))
{}

void MigrateCommand::printTable(const core::MoveReport& report)
{
    const QLocale locale;
    const QString tableHeader = tr("Table");
    const QString sourceHeader = tr("Rows in source");
    const QString targetHeader = tr("Rows in target");
    const QString checksumHeader = tr("Checksum");
    const QString same = tr("OK");
    const QString different = tr("DIFFERENT");
    qsizetype nameWidth = tableHeader.size();
    qsizetype sourceWidth = sourceHeader.size();
    qsizetype targetWidth = targetHeader.size();
    for (const core::TableComparison& t : report.tables) {
        nameWidth = std::max(nameWidth, t.table.size());
        sourceWidth = std::max(sourceWidth, locale.toString(t.sourceRows).size());
        targetWidth = std::max(targetWidth, locale.toString(t.targetRows).size());
    }
    QTextStream out(stdout);
    const auto line = [&](const QString& name, const QString& source, const QString& target, const QString& sum) {
        out << name.leftJustified(nameWidth) << "  " << source.rightJustified(sourceWidth) << "  "
            << target.rightJustified(targetWidth) << "  " << sum << '\n';
    };
    line(tableHeader, sourceHeader, targetHeader, checksumHeader);
    for (const core::TableComparison& t : report.tables)
        line(t.table, locale.toString(t.sourceRows), locale.toString(t.targetRows), t.matches() ? same : different);
    out.flush();
}

int MigrateCommand::run()
{
    const MigrateCommandOptions& o = m_options;
    QTextStream err(stderr);
    const QLocale locale;
    QElapsedTimer timer;
    timer.start();

    // A mistyped --from must not make a new, empty database file.
    const QFileInfo sourceFile(o.source);
    const QString shownSource = QDir::toNativeSeparators(sourceFile.absoluteFilePath());
    if (!sourceFile.exists())
        return failed(
            tr("There is no database file at %1. Give the desk's database with --from sqlite:PATH.").arg(shownSource),
            CommandLine::kMigrateSourceError);
    if (!sourceFile.isFile())
        return failed(tr("%1 is a folder, not a database file. Give the desk's database with --from sqlite:PATH.")
                          .arg(shownSource),
                      CommandLine::kMigrateSourceError);
    err << tr("Opening %1…").arg(shownSource) << Qt::endl;
    auto source = core::Database::open(core::DatabaseAddress::sqlite(o.source));
    if (!source)
        return failed(source.error(), CommandLine::kMigrateSourceError);

    core::DatabaseAddress targetAddress = o.target;
    if (targetAddress.password().isEmpty()) {
        auto secret = CommandPassword::read(m_options.passwordFile);
        if (!secret)
            return failed(secret.error(), CommandLine::kUsageError);
        if (!secret->isEmpty())
            targetAddress = targetAddress.withPassword(*secret);
    }
    err << tr("Connecting to %1…").arg(targetAddress.shown()) << Qt::endl;
    auto target = core::Database::open(targetAddress);
    if (!target)
        return failed(target.error(), target.error().kind == core::Error::Kind::Auth
                                          ? CommandLine::kMigrateTargetRefusedLogin
                                          : CommandLine::kMigrateTargetUnreachable);
    const QString shownTarget = (*target)->path();
    qInfo("migrate: %s from %s to %s", o.verifyOnly ? "comparing" : "moving", qUtf8Printable(shownSource),
          qUtf8Printable(shownTarget));

    // Ctrl+C is read between batches of rows; a second one stops the command at once (the server then takes the
    // transaction back by itself).
    auto stopSignals = std::make_unique<StopSignals>();
    bool stopRequested = false;
    QObject::connect(stopSignals.get(), &StopSignals::stopRequested, stopSignals.get(), [&stopRequested](int number) {
        qInfo("migrate: signal %d, stopping", number);
        stopRequested = true;
    });
    const auto stop = [&]() {
        QCoreApplication::processEvents();
        if (stopRequested && stopSignals) {
            stopSignals.reset();
            QTextStream(stderr) << tr("Stopping…") << Qt::endl;
        }
        return stopRequested;
    };

    QString lastTable;
    qint64 lastLine = 0;
    bool checking = false;
    const auto progress = [&](const core::MoveProgress& p) {
        switch (p.stage) {
        case core::MoveProgress::Stage::Copying:
            if (p.table != lastTable) {
                lastTable = p.table;
                lastLine = 0;
            }
            if (p.done == p.total) {
                err << tr("  %1: %Ln rows copied", nullptr, int(std::min<qint64>(p.total, INT_MAX))).arg(p.table)
                    << Qt::endl;
            } else if (p.done - lastLine >= kRowsPerProgressLine) {
                lastLine = p.done;
                err << tr("  %1: %2 of %3 rows…").arg(p.table, locale.toString(p.done), locale.toString(p.total))
                    << Qt::endl;
            }
            break;
        case core::MoveProgress::Stage::Indexing:
            err << tr("Writing the search index of %1…").arg(p.table) << Qt::endl;
            break;
        case core::MoveProgress::Stage::Checking:
            if (!checking) {
                checking = true;
                err << tr("Comparing every table of the two databases…") << Qt::endl;
            }
            break;
        }
        (void)stop();
    };

    core::DatabaseMover mover(**source, **target);
    if (o.verifyOnly) {
        auto report = mover.compare(progress);
        if (!report)
            return failed(report.error(), CommandLine::kMigrateCopyFailed);
        printTable(*report);
        if (!report->allMatch()) {
            err << tr("The databases differ: see the tables marked DIFFERENT.") << Qt::endl;
            return CommandLine::kMigrateMismatch;
        }
        QTextStream(stdout) << tr("%1 and %2 hold the same rows: every table matches.").arg(shownSource, shownTarget)
                            << Qt::endl;
        return 0;
    }

    err << tr("Moving %1 to %2 in one transaction…").arg(shownSource, shownTarget) << Qt::endl;
    auto report = mover.move(progress, stop);
    if (!report) {
        const core::Error& error = report.error();
        if (error.kind == core::Error::Kind::Conflict)
            return failed(error, CommandLine::kMigrateTargetNotEmpty);
        if (!error.detail.isEmpty())
            qWarning("migrate: %s", qUtf8Printable(error.detail));
        return failed(
            error.message + u' ' +
                tr("Nothing was copied: the database %1 is as it was; the details are in the log.").arg(shownTarget),
            CommandLine::kMigrateCopyFailed);
    }
    switch (report->outcome) {
    case core::MoveReport::Outcome::Stopped:
        err << tr("Stopped: nothing was copied, the database %1 is as it was.").arg(shownTarget) << Qt::endl;
        return CommandLine::kMigrateStopped;
    case core::MoveReport::Outcome::Mismatch:
        printTable(*report);
        err << tr("The copy does not match the source in the tables marked DIFFERENT, so it was taken back: the "
                  "database %1 is as it was.")
                   .arg(shownTarget)
            << Qt::endl;
        return CommandLine::kMigrateMismatch;
    case core::MoveReport::Outcome::Moved:
    case core::MoveReport::Outcome::Compared:
        break;
    }
    printTable(*report);
    QTextStream(stdout) << tr("Moved %1 rows of %2 tables from %3 to %4 in %5 s: every table matches. The search "
                              "index holds the journal's %6 entries and %7 family cards. Point the workstations at "
                              "the server (Service → Database connection…) and keep %3 as a backup.")
                               .arg(locale.toString(report->rowsCopied), locale.toString(report->tables.size()),
                                    shownSource, shownTarget, seconds(timer), locale.toString(report->entriesIndexed),
                                    locale.toString(report->familiesIndexed))
                        << Qt::endl;
    return 0;
}

} // namespace zabota::app
