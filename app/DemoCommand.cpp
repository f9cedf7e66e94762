// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/DemoCommand.h"

#include "app/CommandFailure.h"
#include "core/demo/DemoGenerator.h"
#include "core/journal/JournalRepository.h"
#include "core/storage/Database.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLocale>
#include <QTextStream>

namespace zabota::app {

namespace {

const CommandFailure failed("demo");

} // namespace

DemoCommand::DemoCommand(DemoCommandOptions options)
    : m_options(std::move(options))
{}

int DemoCommand::run()
{
    QTextStream out(stdout);
    const QLocale locale;
    const QString shownPath = m_options.database.isPostgres()
                                  ? m_options.database.shown()
                                  : QDir::toNativeSeparators(QFileInfo(m_options.database.path()).absoluteFilePath());

    auto db = core::Database::open(m_options.database);
    if (!db)
        return failed(db.error(), 1);
    auto count = core::JournalRepository(**db).count({});
    if (!count)
        return failed(count.error(), 1);
    if (*count > 0) {
        // Made-up appeals must never mix with real ones.
        QTextStream(stderr) << tr("The journal in %1 holds %n entries already; demo data go only into an empty "
                                  "journal. Choose another database with --database.",
                                  nullptr, *count)
                                   .arg(shownPath)
                            << Qt::endl;
        return 1;
    }

    out << tr("Filling %1 with %2 demo entries over %n year(s), seed %3…", nullptr, m_options.years)
               .arg(shownPath, locale.toString(m_options.entries))
               .arg(m_options.seed)
        << Qt::endl;
    core::DemoOptions options;
    options.entries = m_options.entries;
    options.families = m_options.families;
    options.years = m_options.years;
    options.seed = m_options.seed;
    options.endDate = m_options.endDate;

    QElapsedTimer timer;
    timer.start();
    int lastTenth = 0;
    auto report = core::DemoGenerator(**db).generate(options, [&](int done, int total) {
        const int tenth = total > 0 ? int(qint64(done) * 10 / total) : 10;
        if (done > 0 && tenth > lastTenth) {
            lastTenth = tenth;
            out << tr("  %1 of %2 entries (%3%), %4 s")
                       .arg(locale.toString(done), locale.toString(total))
                       .arg(tenth * 10)
                       .arg(locale.toString(double(timer.elapsed()) / 1000.0, 'f', 1))
                << Qt::endl;
        }
        return true;
    });
    if (!report)
        return failed(report.error(), 1);

    out << tr("Done in %1 s: %2 users, %3 entries and %4 family cards created in %5, %6 entries tied to a family. The "
              "demo staff log in with the password «%7» (dispatcher petrova.a, curator morozova.n, supervisor "
              "belova.t); the administrator is created at the first start of the console.")
               .arg(locale.toString(double(timer.elapsed()) / 1000.0, 'f', 1))
               .arg(report->usersCreated)
               .arg(locale.toString(report->entriesCreated), locale.toString(report->familiesCreated), shownPath,
                    locale.toString(report->entriesLinked), core::DemoGenerator::kPassword)
        << Qt::endl;
    return 0;
}

} // namespace zabota::app
