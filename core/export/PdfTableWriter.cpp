// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/export/PdfTableWriter.h"

#include "core/export/CellText.h"
#include "core/export/ExportFile.h"

#include <QDate>
#include <QDateTime>
#include <QFontMetricsF>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QTextLayout>

#include <algorithm>
#include <cmath>

namespace zabota::core {

namespace {

constexpr int kResolution = 300;
constexpr double kBodyPoints = 7;
// The narrowest a column of long texts gets, in characters: a surname or a long word on one line.
constexpr double kLeastLongText = 12;
const QString kFamily = QStringLiteral("DejaVu Sans");

QFont font(double points, bool bold = false)
{
    QFont f(kFamily);
    f.setPointSizeF(points);
    f.setBold(bold);
    f.setKerning(false);
    return f;
}

double millimetres(double mm)
{
    return mm / 25.4 * kResolution;
}

} // namespace

PdfTableWriter::PdfTableWriter(QString path, QString target)
    : m_file(std::move(path))
    , m_target(std::move(target))
{}

PdfTableWriter::~PdfTableWriter()
{
    abandon();
}

Status PdfTableWriter::fileError() const
{
    if (m_file.error() == QFileDevice::NoError)
        return {};
    return std::unexpected(ExportFile::writeFailed(m_target, m_file.errorString()));
}

Status PdfTableWriter::begin(const ExportTable& table)
{
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return std::unexpected(ExportFile::writeFailed(m_target, m_file.errorString()));
    m_table = table;
    m_pdf = std::make_unique<QPdfWriter>(&m_file);
    m_pdf->setTitle(table.title);
    m_pdf->setCreator(QStringLiteral("Zabota"));
    m_pdf->setResolution(kResolution);
    m_pdf->setPageLayout(
        QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape, QMarginsF(8, 8, 8, 8), QPageLayout::Millimeter));
    const QRect paintable = m_pdf->pageLayout().paintRectPixels(kResolution);
    m_width = paintable.width();
    m_height = paintable.height();

    m_body = font(kBodyPoints);
    m_bold = font(kBodyPoints, true);
    m_centreFont = font(10, true);
    m_detailFont = font(8);
    m_footFont = font(7);
    m_padding = millimetres(0.7);
    m_lineHeight = QFontMetricsF(m_body, m_pdf.get()).lineSpacing();
    m_boldLineHeight = QFontMetricsF(m_bold, m_pdf.get()).lineSpacing();

    layOutColumns();

    // The page's heading: the centre, then the title with the period and filters, wrapped to the page's width.
    const QString details = QStringList(QStringList{table.title} + table.details).join(QStringLiteral(" · "));
    const QRectF detailBox = QFontMetricsF(m_detailFont, m_pdf.get())
                                 .boundingRect(QRectF(0, 0, m_width, m_height), Qt::TextWordWrap, details);
    m_pageHeadingHeight =
        QFontMetricsF(m_centreFont, m_pdf.get()).lineSpacing() + detailBox.height() + millimetres(2.5);
    m_footHeight = QFontMetricsF(m_footFont, m_pdf.get()).lineSpacing() + millimetres(2);

    m_headings.clear();
    m_headingLines = 1;
    for (qsizetype i = 0; i < table.columns.size(); ++i) {
        m_headings.push_back(layOut(table.columns[i].heading, int(i), m_bold));
        m_headingLines = std::max(m_headingLines, m_headings.back().lines);
    }
    m_tableTop = m_pageHeadingHeight + m_headingLines * m_boldLineHeight + 2 * m_padding;
    m_bottom = m_height - m_footHeight;
    m_linesPerPage = int(std::floor((m_bottom - m_tableTop - 2 * m_padding) / m_lineHeight));
    if (m_linesPerPage < 1)
        return std::unexpected(ExportFile::writeFailed(
            m_target, tr("the headings leave no room for the rows; choose fewer or wider columns")));
    return {};
}

void PdfTableWriter::layOutColumns()
{
    // Each column as wide as its content usually is (its widest sample, else Column::width characters), and never
    // narrower than the longest word of its heading. Short columns (numbers, dates, codes, labels) keep that width; the
    // long texts share what is left of the page, or give up room when the page is too narrow for all of them. Only when
    // even that is not enough is every column narrowed alike.
    const QFontMetricsF body(m_body, m_pdf.get());
    const QFontMetricsF bold(m_bold, m_pdf.get());
    const double character = body.horizontalAdvance(u'0');
    QList<double> natural;
    QList<double> least;
    double rigid = 0;
    double flexible = 0;
    double flexibleLeast = 0;
    for (const ExportTable::Column& column : m_table.columns) {
        double word = 0;
        for (const QString& part : column.heading.split(u' ', Qt::SkipEmptyParts))
            word = std::max(word, bold.horizontalAdvance(part));
        const double minimum = word + 2 * m_padding;
        double content = column.samples.isEmpty() ? column.width * character : 0;
        for (const QString& sample : column.samples)
            content = std::max(content, body.horizontalAdvance(sample));
        const double wide = std::max(content + 2 * m_padding, minimum);
        natural << wide;
        if (column.kind == ExportTable::Kind::LongText) {
            least << std::max(minimum, kLeastLongText * character + 2 * m_padding);
            flexible += wide;
            flexibleLeast += least.last();
        } else {
            least << wide;
            rigid += wide;
        }
    }
    m_columnWidth = natural;
    if (rigid + flexibleLeast <= m_width) {
        // The long texts share the room the short ones leave, in proportion to their usual widths; one that would
        // get less than its least keeps its least, and the others share the rest.
        QList<bool> fixed;
        for (const ExportTable::Column& column : m_table.columns)
            fixed << (column.kind != ExportTable::Kind::LongText);
        for (bool settled = false; !settled;) {
            settled = true;
            double room = m_width;
            double wanted = 0;
            for (qsizetype i = 0; i < natural.size(); ++i) {
                if (fixed[i])
                    room -= m_columnWidth[i];
                else
                    wanted += natural[i];
            }
            const double share = wanted > 0 ? room / wanted : 0;
            for (qsizetype i = 0; i < natural.size(); ++i) {
                if (fixed[i])
                    continue;
                m_columnWidth[i] = natural[i] * share;
                if (m_columnWidth[i] < least[i]) {
                    m_columnWidth[i] = least[i];
                    fixed[i] = true;
                    settled = false;
                }
            }
        }
        if (flexible == 0) {
            // Only short columns: they share the room left alike.
            const double extra = (m_width - rigid) / double(std::max<qsizetype>(m_columnWidth.size(), 1));
            for (double& width : m_columnWidth)
                width += extra;
        }
    } else {
        // Too many columns for the page: every one is narrowed alike from its least.
        const double total = rigid + flexibleLeast;
        for (qsizetype i = 0; i < m_columnWidth.size(); ++i)
            m_columnWidth[i] = least[i] * m_width / total;
    }
    m_columnX.clear();
    double x = 0;
    for (const double width : std::as_const(m_columnWidth)) {
        m_columnX << x;
        x += width;
    }
}

QString PdfTableWriter::cellText(const QVariant& value, ExportTable::Kind kind) const
{
    QString text = cells::valueText(value, kind);
    if (!cells::isText(kind))
        return text;
    text.replace(QStringLiteral("\r\n"), QString(QChar::LineSeparator));
    text.replace(u'\n', QChar::LineSeparator);
    text.replace(u'\r', QChar::LineSeparator);
    text.replace(u'\t', u' ');
    return text;
}

PdfTableWriter::Cell PdfTableWriter::layOut(const QString& text, int column, const QFont& f) const
{
    Cell cell;
    cell.text = text;
    const double width = m_columnWidth[column] - 2 * m_padding;
    if (!text.contains(QChar::LineSeparator) && QFontMetricsF(f, m_pdf.get()).horizontalAdvance(text) <= width)
        return cell; // one line, drawn as it is
    cell.layout = std::make_unique<QTextLayout>(text, f, m_pdf.get());
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    cell.layout->setTextOption(option);
    const double lineHeight = QFontMetricsF(f, m_pdf.get()).lineSpacing();
    cell.layout->beginLayout();
    int lines = 0;
    for (QTextLine line = cell.layout->createLine(); line.isValid(); line = cell.layout->createLine()) {
        line.setLineWidth(width);
        line.setPosition(QPointF(0, lines * lineHeight));
        ++lines;
    }
    cell.layout->endLayout();
    cell.lines = std::max(lines, 1);
    return cell;
}

Status PdfTableWriter::startPass(int pass)
{
    m_pass = pass;
    if (pass == 1)
        m_pages = m_page; // counted by the first pass
    m_page = 0;
    if (pass == 1) {
        m_painter = std::make_unique<QPainter>();
        if (!m_painter->begin(m_pdf.get()))
            return std::unexpected(ExportFile::writeFailed(m_target, m_file.errorString()));
    }
    startPage();
    return fileError();
}

void PdfTableWriter::startPage()
{
    ++m_page;
    m_y = m_tableTop;
    if (!m_painter)
        return;
    if (m_page > 1)
        m_pdf->newPage();
    QPainter& p = *m_painter;
    p.setPen(Qt::black);

    const QFontMetricsF centreMetrics(m_centreFont, m_pdf.get());
    p.setFont(m_centreFont);
    p.drawText(QRectF(0, 0, m_width, centreMetrics.lineSpacing()), Qt::AlignLeft | Qt::AlignTop, m_table.centre);
    p.setFont(m_detailFont);
    const QString details = QStringList(QStringList{m_table.title} + m_table.details).join(QStringLiteral(" · "));
    p.drawText(QRectF(0, centreMetrics.lineSpacing(), m_width, m_pageHeadingHeight), Qt::TextWordWrap, details);

    m_y = m_pageHeadingHeight;
    drawRow(m_headings, 0, m_headingLines, true);
    m_y = m_tableTop;

    // The foot: who exported it and when, and the page.
    p.setFont(m_footFont);
    p.setPen(Qt::black);
    const QRectF foot(0, m_bottom, m_width, m_footHeight);
    p.drawText(foot, Qt::AlignLeft | Qt::AlignBottom, m_table.footnote);
    p.drawText(foot, Qt::AlignRight | Qt::AlignBottom, tr("Page %1 of %2").arg(m_page).arg(m_pages));
}

void PdfTableWriter::drawRow(const std::vector<Cell>& cells, int first, int last, bool heading)
{
    QPainter& p = *m_painter;
    const double lineHeight = heading ? m_boldLineHeight : m_lineHeight;
    const QFont& f = heading ? m_bold : m_body;
    const double height = (last - first) * lineHeight + 2 * m_padding;
    const double ascent = QFontMetricsF(f, m_pdf.get()).ascent();
    const QPen grid(QColor(0x88, 0x88, 0x88), millimetres(0.1));
    if (heading)
        p.fillRect(QRectF(0, m_y, m_width, height), QColor(0xE8, 0xE8, 0xE8));
    p.setFont(f);
    for (std::size_t i = 0; i < cells.size(); ++i) {
        const Cell& cell = cells[i];
        const double x = m_columnX[i];
        p.setPen(grid);
        p.drawRect(QRectF(x, m_y, m_columnWidth[i], height));
        p.setPen(Qt::black);
        if (!cell.layout) {
            if (first == 0 && !cell.text.isEmpty())
                p.drawText(QPointF(x + m_padding, m_y + m_padding + ascent), cell.text);
            continue;
        }
        for (int l = first; l < std::min(last, cell.lines); ++l)
            cell.layout->lineAt(l).draw(&p, QPointF(x + m_padding, m_y + m_padding - first * lineHeight));
    }
    m_y += height;
}

Status PdfTableWriter::row(const QVariantList& values)
{
    std::vector<Cell> cells;
    cells.reserve(m_table.columns.size());
    int lines = 1;
    for (qsizetype i = 0; i < m_table.columns.size(); ++i) {
        cells.push_back(layOut(cellText(values.value(i), m_table.columns[i].kind), int(i), m_body));
        lines = std::max(lines, cells.back().lines);
    }
    int first = 0;
    while (first < lines) {
        const int room = int(std::floor((m_bottom - m_y - 2 * m_padding) / m_lineHeight));
        const int left = lines - first;
        if (left <= room) {
            if (m_painter)
                drawRow(cells, first, lines, false);
            else
                m_y += left * m_lineHeight + 2 * m_padding;
            break;
        }
        // A row that fits on a page of its own starts on the next one; a longer one fills this page first, unless
        // only a line or two of it would stand at the foot.
        if ((first == 0 && left <= m_linesPerPage) || room < 2) {
            startPage();
            continue;
        }
        if (m_painter)
            drawRow(cells, first, first + room, false);
        first += room;
        startPage();
    }
    if (m_painter && m_page % 16 == 0)
        return fileError();
    return {};
}

Status PdfTableWriter::finish()
{
    if (m_pass == 0) {
        // Only counted: the file holds nothing yet.
        return std::unexpected(ExportFile::writeFailed(m_target, tr("the pages were never drawn")));
    }
    if (!m_painter->end())
        return std::unexpected(ExportFile::writeFailed(m_target, m_file.errorString()));
    m_painter.reset();
    m_pdf.reset();
    if (!m_file.flush())
        return std::unexpected(ExportFile::writeFailed(m_target, m_file.errorString()));
    m_file.close();
    return fileError();
}

void PdfTableWriter::abandon()
{
    if (m_painter && m_painter->isActive())
        m_painter->end();
    m_painter.reset();
    m_pdf.reset();
    if (m_file.isOpen())
        m_file.close();
}

} // namespace zabota::core
