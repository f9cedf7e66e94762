// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

// Exported files read back by programs that are not ours, as a person's software would read them.
namespace zabota::tests::readers {

// The rows of a CSV as Python's csv module reads it (UTF-8 with its BOM, semicolons).
[[nodiscard]] QList<QStringList> csvRows(const QString& path);

// A workbook as openpyxl sees it: {"sheet", "freeze" (e.g. "A2"), "filter" (e.g. "A1:L6"), "widths": {"A": 12.7},
// "headerBold": true, "rows": [[cell, …], …]}, where a date cell is {"date": "2026-01-12T09:05:00", "format": …,
// "isDate": true} and other cells are their values.
[[nodiscard]] QJsonObject workbook(const QString& path);
// The first sheet as xlsx2csv converts it (comma-separated).
[[nodiscard]] QString xlsxAsCsv(const QString& path);

struct PdfInfo {
    int pages = 0;
    double width = 0; // points
    double height = 0;
};
[[nodiscard]] PdfInfo pdfInfo(const QString& path);
// The text of the PDF's pages `first` to `last` (0: to the end), laid out as on the page (pdftotext -layout).
[[nodiscard]] QString pdfText(const QString& path, int first = 1, int last = 0);
// The same in the order it was drawn (pdftotext -raw), each table cell whole, with the lines joined by spaces: a name
// wrapped in its column reads as one.
[[nodiscard]] QString pdfRawText(const QString& path, int first = 1, int last = 0);

} // namespace zabota::tests::readers
