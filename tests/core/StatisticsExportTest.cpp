// SPDX-License-Identifier: GPL-3.0-or-later
// The statistics report exported to PDF and XLSX and read back as someone opening the files would: the PDF with
// poppler's pdftotext and pdfimages, the workbook with openpyxl (Debian's python3-openpyxl, run by /usr/bin/python3).
#include "tests/support/StatisticsDataSet.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPainter>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace zabota;

namespace {

QString run(const QString& program, const QStringList& arguments)
{
    QProcess p;
    p.start(program, arguments);
    REQUIRE(p.waitForFinished(60'000));
    INFO(QString::fromUtf8(p.readAllStandardError()).toStdString());
    REQUIRE(p.exitCode() == 0);
    return QString::fromUtf8(p.readAllStandardOutput());
}

// The text of the PDF with its lines joined, and the typographic ligatures (ﬀ, ﬁ, ﬂ) read as their letters.
QString textOf(const QString& pdf)
{
    QString text = run(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), QStringLiteral("-enc"),
                                                     QStringLiteral("UTF-8"), pdf, QStringLiteral("-")})
                       .simplified();
    for (const auto& [ligature, letters] :
         {std::pair{u"\uFB00", "ff"}, std::pair{u"\uFB01", "fi"}, std::pair{u"\uFB02", "fl"},
          std::pair{u"\uFB03", "ffi"}, std::pair{u"\uFB04", "ffl"}})
        text.replace(QString::fromUtf16(ligature), QLatin1String(letters));
    return text;
}

// Every sheet of the workbook: its name, its rows as openpyxl reads them (numbers stay numbers), and how many
// pictures it holds.
QJsonArray sheetsOf(const QString& xlsx)
{
    const QString script =
        QStringLiteral("import json, sys, openpyxl\n"
                       "book = openpyxl.load_workbook(sys.argv[1])\n"
                       "print(json.dumps([{'name': ws.title, 'images': len(ws._images),\n"
                       "                   'widths': {k: v.width for k, v in ws.column_dimensions.items()},\n"
                       "                   'rows': [list(r) for r in ws.iter_rows(values_only=True)]}\n"
                       "                  for ws in book.worksheets], ensure_ascii=False, default=str))\n");
    const QString out = run(QStringLiteral("/usr/bin/python3"), {QStringLiteral("-c"), script, xlsx});
    const QJsonDocument doc = QJsonDocument::fromJson(out.toUtf8());
    REQUIRE(doc.isArray());
    return doc.array();
}

// The row whose first cell is `label`, after the row whose first cell is `section` (the section's title).
QJsonArray rowAfter(const QJsonArray& rows, const QString& section, const QString& label)
{
    bool inSection = false;
    for (const QJsonValue& value : rows) {
        const QJsonArray row = value.toArray();
        const QString first = row.isEmpty() ? QString() : row.at(0).toString();
        if (first == section)
            inSection = true;
        else if (inSection && first == label)
            return row;
    }
    FAIL("no row " + label.toStdString() + " in " + section.toStdString());
    return {};
}

QByteArray picture(const QColor& colour)
{
    QImage image(500, 280, QImage::Format_ARGB32);
    image.fill(Qt::white);
    QPainter(&image).fillRect(50, 50, 300, 150, colour);
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return png;
}

// How many different pictures the PDF holds, as pdfimages takes them out of it (a picture drawn on two pages, or
// clipped away on one, counts once).
int distinctImages(const QString& pdf)
{
    QTemporaryDir out;
    run(QStringLiteral("pdfimages"), {QStringLiteral("-all"), pdf, out.filePath(QStringLiteral("image"))});
    QSet<QByteArray> seen;
    for (const QFileInfo& file : QDir(out.path()).entryInfoList(QDir::Files)) {
        QFile f(file.filePath());
        REQUIRE(f.open(QIODevice::ReadOnly));
        seen.insert(QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256));
    }
    return int(seen.size());
}

const core::CentreDetails kCentre{
    QStringLiteral("АУ СОН ТО «Центр социальной помощи семье и детям»"), QStringLiteral("Тюмень"), {}};

int exportsInAudit(tests::TestDatabase& t)
{
    core::AuditFilter filter;
    filter.action = core::AuditAction::Export;
    filter.objectType = QStringLiteral("statistics");
    return int(t.audit().list(filter).value().size());
}

} // namespace

TEST_CASE("the report exported to XLSX reads back with Cyrillic names and figures as numbers", "[statistics][export]")
{
    const tests::CLocale locale;
    tests::StatisticsDataSet d;
    auto statistics = d.statistics();
    const auto report = statistics.report(core::StatisticsPeriod::month(2026, 3)).value();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("Статистика март 2026.xlsx"));
    REQUIRE(statistics.exportReport(
        core::StatisticsService::Format::Xlsx, path, report, kCentre,
        {{QStringLiteral("channels"), picture(Qt::blue)}, {QStringLiteral("cases"), picture(Qt::red)}}));
    // Nothing but the workbook is left in the folder.
    CHECK(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden) == QStringList{QFileInfo(path).fileName()});

    const QJsonArray sheets = sheetsOf(path);
    REQUIRE(sheets.size() == 2);
    const QJsonObject table = sheets.at(0).toObject();
    CHECK(table[QStringLiteral("name")].toString() == QStringLiteral("Statistics"));
    CHECK(table[QStringLiteral("widths")].toObject()[QStringLiteral("A")].toDouble() > 40);
    const QJsonArray rows = table[QStringLiteral("rows")].toArray();
    CHECK(rows.at(0).toArray().at(0).toString() == kCentre.name);
    CHECK(rows.at(2).toArray().at(0).toString().contains(QStringLiteral("March 2026")));

    // The figures of StatisticsTest, as numbers: the category 3 against 3, the dispatcher 3 against 2 (+1, +50%).
    const QJsonArray category =
        rowAfter(rows, QStringLiteral("Appeals by problem category"), QStringLiteral("Детско-родительские отношения"));
    REQUIRE(category.size() == 6);
    CHECK(category.at(2).isDouble());
    CHECK(category.at(2).toDouble() == 3);
    CHECK(category.at(3).toDouble() == 3);
    CHECK(category.at(4).toDouble() == 0);
    const QJsonArray dispatcher =
        rowAfter(rows, QStringLiteral("Journal entries by dispatcher"), QStringLiteral("Соколова Ирина Павловна"));
    CHECK(dispatcher.at(1).toString() == QStringLiteral("number"));
    CHECK(dispatcher.at(2).toDouble() == 3);
    CHECK(dispatcher.at(3).toDouble() == 2);
    CHECK(dispatcher.at(4).toDouble() == 1);
    CHECK(dispatcher.at(5).toDouble() == 50);
    // A share in per cent, its change in percentage points, and no percentage of it.
    const QJsonArray positive =
        rowAfter(rows, QStringLiteral("Support cases"), QStringLiteral("Closed with a positive result"));
    CHECK(positive.at(1).toString() == QStringLiteral("%"));
    CHECK(positive.at(2).toDouble() == 66.7);
    CHECK(positive.at(3).toDouble() == 100);
    CHECK(positive.at(4).toDouble() == -33.3);
    CHECK(positive.at(5).isNull());
    const QJsonArray median =
        rowAfter(rows, QStringLiteral("Handoffs to case curators"), QStringLiteral("Time to acceptance, median"));
    CHECK(median.at(2).toDouble() == 36);
    CHECK(median.at(3).toDouble() == 6);
    // Every section is there with its header.
    for (const core::StatisticsSection& section : report.sections) {
        const auto found = std::ranges::find_if(
            rows, [&section](const QJsonValue& v) { return v.toArray().at(0).toString() == section.title; });
        CHECK(found != rows.end());
    }
    // The charts as pictures on a sheet of their own.
    const QJsonObject charts = sheets.at(1).toObject();
    CHECK(charts[QStringLiteral("name")].toString() == QStringLiteral("Charts"));
    CHECK(charts[QStringLiteral("images")].toInt() == 2);

    // The export is in the audit log: who, what, where to.
    core::AuditFilter filter;
    filter.action = core::AuditAction::Export;
    const auto records = d.t.audit().list(filter).value();
    REQUIRE(records.size() == 1);
    CHECK(records.at(0).userId == d.supervisor.id);
    CHECK(records.at(0).objectType == QStringLiteral("statistics"));
    CHECK(records.at(0).details.contains(QStringLiteral("XLSX 2026-03-01..2026-03-31")));
    CHECK(records.at(0).details.contains(path));
}

TEST_CASE("the report exported to PDF holds the centre, the periods, every table and the charts",
          "[statistics][export]")
{
    const tests::CLocale locale;
    tests::StatisticsDataSet d;
    auto statistics = d.statistics();
    const auto report = statistics.report(core::StatisticsPeriod::month(2026, 3)).value();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("статистика.pdf"));
    REQUIRE(statistics.exportReport(core::StatisticsService::Format::Pdf, path, report, kCentre,
                                    {{QStringLiteral("channels"), picture(Qt::blue)},
                                     {QStringLiteral("categories"), picture(Qt::green)},
                                     {QStringLiteral("cases"), picture(Qt::red)}}));
    const QString text = textOf(path);
    CHECK(text.contains(kCentre.name));
    CHECK(text.contains(QStringLiteral("March 2026 (01.03.2026 – 31.03.2026) compared with February 2026 "
                                       "(01.02.2026 – 28.02.2026)")));
    for (const core::StatisticsSection& section : report.sections)
        CHECK(text.contains(section.title));
    CHECK(text.contains(QStringLiteral("Детско-родительские отношения 3 3 0")));
    CHECK(text.contains(QStringLiteral("Петрова Анна Сергеевна 8 4 +4 (+100.0%)")));
    CHECK(text.contains(QStringLiteral("Соколова Ирина Павловна 3 2 +1 (+50.0%)")));
    CHECK(text.contains(QStringLiteral("Closed with a positive result 66.7% 100.0% -33.3 pp")));
    CHECK(text.contains(QStringLiteral("Time to acceptance, median 36.0 h 6.0 h +30.0 h")));
    CHECK(text.contains(QStringLiteral("On the register at the start 5 4 +1 (+25.0%)")));
    // A4, and the three pictures.
    CHECK(run(QStringLiteral("pdfinfo"), {path})
              .contains(QRegularExpression(QStringLiteral("Page size: +595 x 842 pts \\(A4\\)"))));
    CHECK(distinctImages(path) == 3);
    CHECK(exportsInAudit(d.t) == 1);
}

TEST_CASE("an export to a folder that cannot be written names it, and leaves no file and no record",
          "[statistics][export]")
{
    tests::StatisticsDataSet d;
    auto statistics = d.statistics();
    const auto report = statistics.report(core::StatisticsPeriod::quarter(2026, 1)).value();
    QTemporaryDir dir;
    const QString nowhere = dir.filePath(QStringLiteral("нет-такой-папки/статистика.xlsx"));
    for (const auto format : {core::StatisticsService::Format::Pdf, core::StatisticsService::Format::Xlsx}) {
        const auto refused = statistics.exportReport(format, nowhere, report, kCentre);
        REQUIRE_FALSE(refused);
        CHECK(refused.error().message.contains(QDir::toNativeSeparators(nowhere)));
    }
    CHECK(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden).isEmpty());
    CHECK(exportsInAudit(d.t) == 0);

    // A file that is there already is replaced whole.
    const QString there = dir.filePath(QStringLiteral("report.pdf"));
    {
        QFile old(there);
        REQUIRE(old.open(QIODevice::WriteOnly));
        old.write("an older report");
    }
    REQUIRE(statistics.exportReport(core::StatisticsService::Format::Pdf, there, report, kCentre));
    QFile replaced(there);
    REQUIRE(replaced.open(QIODevice::ReadOnly));
    CHECK(replaced.read(5) == "%PDF-");
    CHECK(exportsInAudit(d.t) == 1);

    // A dispatcher may not export the statistics.
    core::StatisticsService dispatcher(d.t.db(), d.t.audit(), d.t.dispatcher());
    const auto notAllowed = dispatcher.exportReport(core::StatisticsService::Format::Pdf,
                                                    dir.filePath(QStringLiteral("x.pdf")), report, kCentre);
    REQUIRE_FALSE(notAllowed);
    CHECK(notAllowed.error().kind == core::Error::Kind::Auth);
    CHECK_FALSE(QFile::exists(dir.filePath(QStringLiteral("x.pdf"))));
}
