// SPDX-License-Identifier: GPL-3.0-or-later
// The journal's exports at the size of a few years of a busy centre: 100,000 demo appeals. Targets: all of them to
// XLSX within 5 s and to CSV within 1 s; a PDF of about 10,000 of them (a quarter or so) for information.
//
// It fills a fresh SQLite file with the demo generator (or reuses the one given with --database), then exports as a
// supervisor would, through JournalExporter on one connection, timing each file from the first query to the file in
// place (audit record included), and prints the rows, the wall-clock and processor time, the file's size and the
// process's peak memory. --formats read,csv,xlsx,pdf chooses what to time ("read": only reading the rows).
#include "core/auth/UserRepository.h"
#include "core/demo/DemoGenerator.h"
#include "core/export/JournalExporter.h"
#include "core/journal/JournalRepository.h"
#include "core/storage/Database.h"
#include "tests/bench/BenchOutput.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QGuiApplication>
#include <QTemporaryDir>

#include <ctime>
#include <sys/resource.h>

using namespace zabota;
using namespace zabota::bench;

namespace {

constexpr double kXlsxTargetS = 5.0;
constexpr double kCsvTargetS = 1.0;

template <typename T>
T check(const QString& what, core::Result<T> result)
{
    if (!result)
        die(what, result.error());
    return std::move(*result);
}

double peakMegabytes()
{
    rusage usage{};
    ::getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0;
}

// The processor time this thread has used: on a machine shared with other work, the wall-clock time says more about
// the others than about the export.
double threadCpuSeconds()
{
    timespec now{};
    ::clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) + double(now.tv_nsec) / 1e9;
}

struct Timed {
    core::ExportSummary summary;
    double seconds = 0;
    double cpuSeconds = 0;
    qint64 bytes = 0;
};

Timed exportOnce(core::JournalExporter& exporter, core::JournalExportRequest request)
{
    QElapsedTimer timer;
    timer.start();
    const double cpu = threadCpuSeconds();
    Timed t;
    t.summary = check(QStringLiteral("export to ") + core::toCode(request.format), exporter.run(request));
    t.seconds = double(timer.nsecsElapsed()) / 1e9;
    t.cpuSeconds = threadCpuSeconds() - cpu;
    t.bytes = QFileInfo(request.path).size();
    return t;
}

void report(const QString& what, const Timed& t, double target = -1)
{
    out() << QStringLiteral("%1: %2 rows in %3 s (processor %4 s), %5 MB, %6 rows/s")
                 .arg(what, -22)
                 .arg(t.summary.rows)
                 .arg(t.seconds, 0, 'f', 2)
                 .arg(t.cpuSeconds, 0, 'f', 2)
                 .arg(double(t.bytes) / 1e6, 0, 'f', 1)
                 .arg(qint64(double(t.summary.rows) / std::max(t.seconds, 1e-9)));
    if (target > 0)
        out() << QStringLiteral("  (target %1 s: %2)").arg(target, 0, 'f', 0).arg(verdict(t.seconds, target));
    out() << Qt::endl;
}

} // namespace

int main(int argc, char* argv[])
{
    // The PDF's fonts need a GUI application; no display is needed.
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Times the journal's exports to CSV, XLSX and PDF."));
    parser.addHelpOption();
    const QCommandLineOption entriesOption(QStringLiteral("entries"), QStringLiteral("Demo entries (100000)."),
                                           QStringLiteral("n"), QStringLiteral("100000"));
    const QCommandLineOption pdfOption(QStringLiteral("pdf-entries"),
                                       QStringLiteral("About how many entries go into the PDF (10000)."),
                                       QStringLiteral("n"), QStringLiteral("10000"));
    const QCommandLineOption databaseOption(
        QStringLiteral("database"), QStringLiteral("Keep (or reuse) the database here."), QStringLiteral("path"));
    const QCommandLineOption formatsOption(QStringLiteral("formats"),
                                           QStringLiteral("Which exports to time (csv,xlsx,pdf)."),
                                           QStringLiteral("list"), QStringLiteral("csv,xlsx,pdf"));
    parser.addOptions({entriesOption, pdfOption, databaseOption, formatsOption});
    parser.process(app);
    const QStringList formats = parser.value(formatsOption).split(u',');
    const int entries = parser.value(entriesOption).toInt();
    const int pdfEntries = parser.value(pdfOption).toInt();

    QTemporaryDir dir;
    const QString path =
        parser.isSet(databaseOption) ? parser.value(databaseOption) : dir.filePath(QStringLiteral("bench.sqlite"));
    auto db = check(QStringLiteral("open"), core::Database::openSqlite(path));
    core::JournalRepository journal(*db);
    const int existing = check(QStringLiteral("count"), journal.count({}));
    if (existing == 0) {
        out() << QStringLiteral("Filling %1 with %2 demo entries…").arg(path).arg(entries) << Qt::endl;
        QElapsedTimer fill;
        fill.start();
        core::DemoOptions options;
        options.entries = entries;
        options.families = 0;
        options.cases = 0;
        options.passwordIterations = 1000;
        options.endDate = QDate(2026, 4, 1);
        (void)check(QStringLiteral("demo"), core::DemoGenerator(*db).generate(options));
        out() << QStringLiteral("  done in %1 s").arg(double(fill.elapsed()) / 1000.0, 0, 'f', 1) << Qt::endl;
    } else {
        out() << QStringLiteral("Reusing %1 with %2 entries").arg(path).arg(existing) << Qt::endl;
    }
    const auto found =
        check(QStringLiteral("supervisor"), core::UserRepository(*db).findByLogin(QStringLiteral("belova.t")));
    if (!found)
        die(QStringLiteral("supervisor"), {core::Error::Kind::NotFound, QStringLiteral("no demo supervisor"), {}, {}});
    const core::User supervisor = found->first;

    QTemporaryDir outDir;
    core::JournalExporter exporter(*db, supervisor, QStringLiteral("bench"));
    auto request = [&outDir](core::ExportFormat format, const QString& name) {
        core::JournalExportRequest r;
        r.format = format;
        r.path = outDir.filePath(name);
        r.centre = {QStringLiteral("Центр социальной помощи семье и детям"), QStringLiteral("Тюмень"), {}};
        return r;
    };

    out() << QStringLiteral("Exports of the whole journal, the default columns (12, with the summaries):") << Qt::endl;
    if (formats.contains(QStringLiteral("read"))) {
        // Only the reading, for comparison: every entry from the database, nothing written.
        QElapsedTimer timer;
        timer.start();
        const double cpu = threadCpuSeconds();
        qint64 rows = 0;
        const auto read = journal.forEach({}, [&rows](const core::JournalEntry&) {
            ++rows;
            return true;
        });
        if (!read)
            die(QStringLiteral("read"), read.error());
        out() << QStringLiteral("%1: %2 rows in %3 s (processor %4 s)")
                     .arg(QStringLiteral("reading only"), -22)
                     .arg(rows)
                     .arg(double(timer.nsecsElapsed()) / 1e9, 0, 'f', 2)
                     .arg(threadCpuSeconds() - cpu, 0, 'f', 2)
              << Qt::endl;
    }
    Timed csv;
    Timed xlsx;
    if (formats.contains(QStringLiteral("csv"))) {
        csv = exportOnce(exporter, request(core::ExportFormat::Csv, QStringLiteral("all.csv")));
        report(QStringLiteral("CSV"), csv, kCsvTargetS);
    }
    if (formats.contains(QStringLiteral("xlsx"))) {
        xlsx = exportOnce(exporter, request(core::ExportFormat::Xlsx, QStringLiteral("all.xlsx")));
        report(QStringLiteral("XLSX"), xlsx, kXlsxTargetS);
        auto depersonalised = request(core::ExportFormat::Xlsx, QStringLiteral("all-depersonalised.xlsx"));
        depersonalised.depersonalised = true;
        depersonalised.columns = core::JournalColumns::defaults(true);
        report(QStringLiteral("XLSX, depersonalised"), exportOnce(exporter, depersonalised));
    }
    out() << QStringLiteral("  peak memory so far: %1 MB").arg(peakMegabytes(), 0, 'f', 0) << Qt::endl;
    if (!formats.contains(QStringLiteral("pdf")))
        return csv.seconds <= kCsvTargetS && xlsx.seconds <= kXlsxTargetS ? 0 : 1;

    // The latest days that hold about `pdfEntries` entries.
    auto pdf = request(core::ExportFormat::Pdf, QStringLiteral("recent.pdf"));
    const QDate last = QDate(2026, 3, 31);
    pdf.filter.to = last;
    for (int days = 7;; days += 7) {
        pdf.filter.from = last.addDays(-days);
        if (check(QStringLiteral("count"), journal.count(pdf.filter)) >= pdfEntries || days > 3660)
            break;
    }
    const Timed printed = exportOnce(exporter, pdf);
    report(QStringLiteral("PDF, %1 — %2").arg(pdf.filter.from->toString(Qt::ISODate), last.toString(Qt::ISODate)),
           printed);
    out() << QStringLiteral("Peak memory (RSS) of the whole run: %1 MB").arg(peakMegabytes(), 0, 'f', 0) << Qt::endl;
    return csv.seconds <= kCsvTargetS && xlsx.seconds <= kXlsxTargetS ? 0 : 1;
}
