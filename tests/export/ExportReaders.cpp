// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/export/ExportReaders.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>

#include <catch2/catch.hpp>

namespace zabota::tests::readers {

namespace {

QByteArray run(const QString& program, const QStringList& arguments)
{
    QProcess p;
    p.start(program, arguments);
    REQUIRE(p.waitForStarted(10'000));
    REQUIRE(p.waitForFinished(120'000));
    const QByteArray errors = p.readAllStandardError();
    INFO(program.toStdString() << ": " << errors.toStdString());
    REQUIRE(p.exitStatus() == QProcess::NormalExit);
    REQUIRE(p.exitCode() == 0);
    return p.readAllStandardOutput();
}

QJsonDocument json(const QByteArray& text)
{
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(text, &error);
    INFO(text.left(2000).toStdString());
    REQUIRE(error.error == QJsonParseError::NoError);
    return document;
}

const QString kCsvScript = QStringLiteral(R"(
import csv, json, sys
with open(sys.argv[1], newline='', encoding='utf-8-sig') as f:
    print(json.dumps(list(csv.reader(f, delimiter=';', strict=True)), ensure_ascii=False))
)");

const QString kWorkbookScript = QStringLiteral(R"(
import datetime, json, sys
import openpyxl
book = openpyxl.load_workbook(sys.argv[1])
sheet = book.worksheets[0]
rows = []
for row in sheet.iter_rows():
    cells = []
    for cell in row:
        if isinstance(cell.value, datetime.datetime):
            cells.append({'date': cell.value.isoformat(), 'format': cell.number_format, 'isDate': cell.is_date})
        else:
            cells.append(cell.value)
    rows.append(cells)
print(json.dumps({
    'sheet': sheet.title,
    'sheets': len(book.worksheets),
    'freeze': sheet.freeze_panes,
    'filter': sheet.auto_filter.ref,
    'widths': {key: dim.width for key, dim in sheet.column_dimensions.items()},
    'headerBold': all(cell.font.b for cell in sheet[1]),
    'rows': rows,
}, ensure_ascii=False))
)");

} // namespace

QList<QStringList> csvRows(const QString& path)
{
    const QJsonArray rows =
        json(run(QStringLiteral(PYTHON_EXECUTABLE), {QStringLiteral("-c"), kCsvScript, path})).array();
    QList<QStringList> result;
    for (const QJsonValue& row : rows) {
        QStringList fields;
        for (const QJsonValue& field : row.toArray())
            fields << field.toString();
        result << fields;
    }
    return result;
}

QJsonObject workbook(const QString& path)
{
    return json(run(QStringLiteral(PYTHON_EXECUTABLE), {QStringLiteral("-c"), kWorkbookScript, path})).object();
}

QString xlsxAsCsv(const QString& path)
{
    return QString::fromUtf8(run(QStringLiteral(XLSX2CSV_EXECUTABLE), {path}));
}

PdfInfo pdfInfo(const QString& path)
{
    const QString text = QString::fromUtf8(run(QStringLiteral(PDFINFO_EXECUTABLE), {path}));
    PdfInfo info;
    const auto pages = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(text);
    REQUIRE(pages.hasMatch());
    info.pages = pages.captured(1).toInt();
    const auto size = QRegularExpression(QStringLiteral("Page size:\\s+([\\d.]+) x ([\\d.]+) pts")).match(text);
    REQUIRE(size.hasMatch());
    info.width = size.captured(1).toDouble();
    info.height = size.captured(2).toDouble();
    return info;
}

namespace {

QString pdfToText(const QString& mode, const QString& path, int first, int last)
{
    QStringList arguments{mode, QStringLiteral("-enc"), QStringLiteral("UTF-8"), QStringLiteral("-f"),
                          QString::number(first)};
    if (last > 0)
        arguments << QStringLiteral("-l") << QString::number(last);
    arguments << path << QStringLiteral("-");
    return QString::fromUtf8(run(QStringLiteral(PDFTOTEXT_EXECUTABLE), arguments));
}

} // namespace

QString pdfText(const QString& path, int first, int last)
{
    return pdfToText(QStringLiteral("-layout"), path, first, last);
}

QString pdfRawText(const QString& path, int first, int last)
{
    return pdfToText(QStringLiteral("-raw"), path, first, last).simplified();
}

} // namespace zabota::tests::readers
