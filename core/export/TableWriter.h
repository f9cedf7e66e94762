// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QList>
#include <QString>
#include <QVariantList>

namespace zabota::core {

// A table as an export lays it out: its heading and its columns. The rows follow one at a time.
struct ExportTable {
    enum class Kind {
        Text,     // a QString on one line
        LongText, // a QString that may run over several lines (wrapped)
        Number,   // a qint64
        Date,     // a QDate
        DateTime, // a QDateTime, shown in local time
    };
    struct Column {
        QString heading;
        Kind kind = Kind::Text;
        double width = 12; // in characters of the body font, as Excel counts a column's width
        // For a column of short values: the widest of them, or of their words when they are long ("Handed off"
        // may take two lines); several when which is widest depends on the font. A printed page gives such a column
        // the room of the widest and the long texts the rest.
        QStringList samples;
    };

    QString title;       // "Hotline journal"
    QString centre;      // the centre's name
    QStringList details; // the period, the filters, "depersonalised": one line each under the title
    QString footnote;    // "Exported 05.04.2026 10:15 by …"
    QList<Column> columns;
};

// Writes a table to one file of one format, row by row. The exporter calls begin() once, then row() for every row
// of each pass (a writer that must see the rows twice, to number its pages, asks for two), then finish(). A writer
// that fails leaves what it wrote to its file; the caller removes the file.
class TableWriter {
public:
    virtual ~TableWriter() = default;
    TableWriter() = default;
    TableWriter(const TableWriter&) = delete;
    TableWriter& operator=(const TableWriter&) = delete;

    // How many times the rows are handed over.
    [[nodiscard]] virtual int passes() const { return 1; }
    [[nodiscard]] virtual Status begin(const ExportTable& table) = 0;
    // Called before the rows of pass `pass` (from 0).
    [[nodiscard]] virtual Status startPass(int pass)
    {
        (void)pass;
        return {};
    }
    // One row: a value for each column, of the column's kind (an invalid QVariant leaves the cell empty).
    [[nodiscard]] virtual Status row(const QVariantList& cells) = 0;
    // Completes the file and closes it.
    [[nodiscard]] virtual Status finish() = 0;
    // Closes the file without completing it (a cancelled or failed export).
    virtual void abandon() {}
};

} // namespace zabota::core
