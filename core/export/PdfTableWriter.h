// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/export/TableWriter.h"

#include <QCoreApplication>
#include <QFile>
#include <QFont>
#include <QList>

#include <memory>
#include <vector>

class QPainter;
class QPdfWriter;
class QTextLayout;

namespace zabota::core {

// A PDF to print: A4 landscape, the centre's name, the title, the period and the filters at the top of every page,
// the table's headings repeated on every page, who exported it and "Page 3 of 12" at the foot. Rows are laid out line
// by line (long texts wrapped in their column); a row longer than a page goes on over the next one. The rows are handed
// over twice: the first time only to count the pages, so that every page can say how many there are, without holding
// the rows in memory. Needs a QGuiApplication for its fonts (DejaVu Sans); runs on any thread.
class PdfTableWriter final : public TableWriter {
    Q_DECLARE_TR_FUNCTIONS(zabota::core::PdfTableWriter)

public:
    // `path` is the file to write, `target` the name the errors give.
    PdfTableWriter(QString path, QString target);
    ~PdfTableWriter() override;

    [[nodiscard]] int passes() const override { return 2; }
    [[nodiscard]] Status begin(const ExportTable& table) override;
    [[nodiscard]] Status startPass(int pass) override;
    [[nodiscard]] Status row(const QVariantList& cells) override;
    [[nodiscard]] Status finish() override;
    void abandon() override;

    // The number of pages, once the first pass is done.
    [[nodiscard]] int pageCount() const { return m_pages; }

private:
    // One cell of a row, laid out in its column.
    struct Cell {
        QString text;
        int lines = 1;
        std::unique_ptr<QTextLayout> layout; // only for a text that needs more than one line
    };

    // The width of every column on the page.
    void layOutColumns();
    [[nodiscard]] Cell layOut(const QString& text, int column, const QFont& font) const;
    [[nodiscard]] QString cellText(const QVariant& value, ExportTable::Kind kind) const;
    // Starts a page: its heading, the table's headings and its foot (when painting).
    void startPage();
    // Draws lines [first, last) of every cell at the current height.
    void drawRow(const std::vector<Cell>& cells, int first, int last, bool heading);
    [[nodiscard]] Status fileError() const;

    QFile m_file;
    QString m_target;
    std::unique_ptr<QPdfWriter> m_pdf;
    std::unique_ptr<QPainter> m_painter; // while painting (the second pass)
    ExportTable m_table;
    QFont m_body;
    QFont m_bold;
    QFont m_centreFont;
    QFont m_detailFont;
    QFont m_footFont;
    QList<double> m_columnX;
    QList<double> m_columnWidth;
    double m_width = 0; // of the printable area, in the writer's pixels
    double m_height = 0;
    double m_padding = 0;    // inside a cell
    double m_lineHeight = 0; // of the body font
    double m_boldLineHeight = 0;
    double m_pageHeadingHeight = 0; // centre, title and details
    double m_footHeight = 0;
    double m_tableTop = 0; // where the rows start under the headings
    double m_bottom = 0;   // where they must end
    std::vector<Cell> m_headings;
    int m_headingLines = 1;
    int m_linesPerPage = 1; // of a row on a page of its own
    int m_pass = 0;
    int m_page = 0;
    int m_pages = 0;
    double m_y = 0;
};

} // namespace zabota::core
