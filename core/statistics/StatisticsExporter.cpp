// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/statistics/StatisticsExporter.h"

#include "core/statistics/StatisticsFormat.h"
#include "core/text/DateText.h"
#include "core/text/PrintedPage.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QFile>
#include <QFont>
#include <QImage>
#include <QPdfWriter>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QTextDocument>
#include <QUrl>

#include <algorithm>
#include <cmath>
#include <xlsxwriter.h>

namespace zabota::core {

namespace {

QString esc(const QString& text)
{
    return text.toHtmlEscaped();
}

const QString kStyle =
    QStringLiteral("<style>h1 { font-size: 14pt; text-align: center; margin: 0; } "
                   "h2 { font-size: 11.5pt; margin-top: 14pt; margin-bottom: 4pt; } p { margin: 2pt 0; } "
                   ".centre { text-align: center; font-size: 9pt; } .period { text-align: center; font-size: 10pt; } "
                   ".note { font-size: 8pt; color: #444444; } td { font-size: 9pt; } </style>");

bool hasPicture(const QList<StatisticsPicture>& pictures, const QString& key)
{
    return std::ranges::any_of(pictures,
                               [&key](const StatisticsPicture& p) { return p.sectionKey == key && !p.png.isEmpty(); });
}

QString unitName(StatisticsUnit unit)
{
    switch (unit) {
    case StatisticsUnit::Count:
        return StatisticsExporter::tr("number");
    case StatisticsUnit::Percent:
        return StatisticsExporter::tr("%");
    case StatisticsUnit::Hours:
        return StatisticsExporter::tr("hours");
    }
    return {};
}

// A worksheet's name as Excel allows it: at most 31 characters, none of []:*?/\.
QByteArray sheetName(QString name)
{
    for (const QChar c : QStringLiteral("[]:*?/\\"))
        name.replace(c, u' ');
    return name.left(31).trimmed().toUtf8();
}

// Owns a workbook being made and frees it if it is never closed.
class Workbook {
public:
    explicit Workbook(lxw_workbook* workbook)
        : m_workbook(workbook)
    {}
    ~Workbook()
    {
        if (m_workbook)
            workbook_close(m_workbook);
    }
    Workbook(const Workbook&) = delete;
    Workbook& operator=(const Workbook&) = delete;

    [[nodiscard]] lxw_workbook* get() const { return m_workbook; }
    lxw_error close() { return workbook_close(std::exchange(m_workbook, nullptr)); }

private:
    lxw_workbook* m_workbook;
};

// The pictures that run over the end of a page as the document is laid out now, by their names ("chart-…").
QStringList cutPictures(QTextDocument& doc)
{
    QStringList cut;
    const qreal pageHeight = doc.pageSize().height();
    for (QTextBlock block = doc.begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextCharFormat format = it.fragment().charFormat();
            if (!format.isImageFormat())
                continue;
            const QRectF rect = doc.documentLayout()->blockBoundingRect(block);
            if (std::floor(rect.top() / pageHeight) != std::floor((rect.bottom() - 1) / pageHeight))
                cut << format.toImageFormat().name();
        }
    }
    return cut;
}

} // namespace

StatisticsExporter::StatisticsExporter(CentreDetails centre)
    : m_centre(std::move(centre))
{}

QString StatisticsExporter::title()
{
    return tr("Statistics of appeals, handoffs, support cases and the register");
}

QString StatisticsExporter::html(const StatisticsReport& report, const QList<StatisticsPicture>& pictures,
                                 int pictureWidth, const QStringList& breakBefore) const
{
    QString html = kStyle + QStringLiteral("<p class='centre'>%1</p>").arg(esc(m_centre.name));
    html += QStringLiteral("<h1>%1</h1>").arg(esc(title()));
    html += QStringLiteral("<p class='period'>%1</p>").arg(esc(StatisticsFormat::comparison(report)));
    html += QStringLiteral("<p class='period'>%1</p>")
                .arg(esc(tr("Computed on %1").arg(text::shownDateTime(report.computedAt))));
    const QStringList headers = StatisticsFormat::headers(report);
    for (const StatisticsSection& section : report.sections) {
        html += QStringLiteral("<h2>%1</h2>").arg(esc(section.title));
        html += QStringLiteral("<table width='100%' border='1' cellspacing='0' cellpadding='3'><thead><tr>");
        const int widths[] = {46, 18, 18, 18};
        for (int c = 0; c < headers.size(); ++c)
            html += QStringLiteral("<td width='%1%' bgcolor='#eeeeee' align='%2'><b>%3</b></td>")
                        .arg(widths[c])
                        .arg(c == 0 ? QStringLiteral("left") : QStringLiteral("right"), esc(headers.at(c)));
        html += QStringLiteral("</tr></thead>");
        for (const StatisticsRow& row : section.rows) {
            const QString label = row.level > 0 ? QStringLiteral("&nbsp;&nbsp;&nbsp;&nbsp;") + esc(row.label)
                                                : QStringLiteral("<b>%1</b>").arg(esc(row.label));
            html += QStringLiteral("<tr><td>%1</td><td align='right'>%2</td><td align='right'>%3</td>"
                                   "<td align='right'>%4</td></tr>")
                        .arg(label, esc(StatisticsFormat::value(row, row.current)),
                             esc(StatisticsFormat::value(row, row.previous)), esc(StatisticsFormat::change(row)));
        }
        html += QStringLiteral("</table>");
        if (!section.note.isEmpty())
            html += QStringLiteral("<p class='note'>%1</p>").arg(esc(section.note));
        if (hasPicture(pictures, section.key))
            html += QStringLiteral("<p align='center'%1><img src='chart-%2' width='%3'></p>")
                        .arg(breakBefore.contains(QStringLiteral("chart-") + section.key)
                                 ? QStringLiteral(" style='page-break-before: always'")
                                 : QString(),
                             esc(section.key))
                        .arg(pictureWidth);
    }
    return html;
}

Result<QByteArray> StatisticsExporter::pdf(const StatisticsReport& report,
                                           const QList<StatisticsPicture>& pictures) const
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter pdf(&buffer);
        printed::setUpPage(pdf, title() + QStringLiteral(": ") + report.period.title());
        QTextDocument doc;
        const QSizeF page = printed::prepare(doc, pdf, QFont(QStringLiteral("DejaVu Sans"), 9));
        for (const StatisticsPicture& p : pictures) {
            QImage image;
            if (!p.png.isEmpty() && image.loadFromData(p.png, "PNG"))
                doc.addResource(QTextDocument::ImageResource, QUrl(QStringLiteral("chart-") + p.sectionKey), image);
        }
        // Picture sizes in HTML are in pixels of 96 to the inch, which the layout scales to the PDF's resolution.
        const int width = int(page.width() * 0.8 * 96.0 / pdf.resolution());
        // A picture that would run over the end of a page starts on the next one instead of being cut in two: laid
        // out again with a page break before it, until none is cut (each break only moves later pictures down).
        QStringList breaks;
        for (int attempt = 0; attempt <= pictures.size(); ++attempt) {
            doc.setHtml(html(report, pictures, width, breaks));
            doc.setPageSize(page);
            const QStringList cut = cutPictures(doc);
            const auto fresh =
                std::ranges::find_if(cut, [&breaks](const QString& name) { return !breaks.contains(name); });
            if (fresh == cut.end())
                break;
            breaks << *fresh;
        }
        doc.print(&pdf);
    }
    if (bytes.isEmpty())
        return fail(Error::Kind::Storage, tr("The PDF of the report could not be made."), QStringLiteral("empty PDF"));
    return bytes;
}

Result<QByteArray> StatisticsExporter::xlsx(const StatisticsReport& report,
                                            const QList<StatisticsPicture>& pictures) const
{
    // libxlsxwriter writes a file: it is made in a folder of its own, read back and removed with the folder.
    QTemporaryDir dir;
    if (!dir.isValid())
        return fail(Error::Kind::Storage, tr("The spreadsheet could not be made: no room for temporary files."),
                    dir.errorString());
    const QString path = dir.filePath(QStringLiteral("statistics.xlsx"));
    const QByteArray tmp = QFile::encodeName(dir.path());
    lxw_workbook_options options{};
    options.tmpdir = const_cast<char*>(tmp.constData());
    Workbook book(workbook_new_opt(QFile::encodeName(path).constData(), &options));
    lxw_workbook* wb = book.get();
    if (!wb)
        return fail(Error::Kind::Storage, tr("The spreadsheet could not be made."), QStringLiteral("workbook_new"));

    const QByteArray docTitle = (title() + QStringLiteral(": ") + report.period.title()).toUtf8();
    const QByteArray company = m_centre.name.toUtf8();
    lxw_doc_properties properties{};
    properties.title = const_cast<char*>(docTitle.constData());
    properties.company = const_cast<char*>(company.constData());
    workbook_set_properties(wb, &properties);

    auto format = [wb](auto&&... setters) {
        lxw_format* f = workbook_add_format(wb);
        (setters(f), ...);
        return f;
    };
    auto bold = [](lxw_format* f) {
        format_set_bold(f);
    };
    auto bordered = [](lxw_format* f) {
        format_set_border(f, LXW_BORDER_THIN);
    };
    auto numeric = [](const char* pattern) {
        return [pattern](lxw_format* f) {
            format_set_num_format(f, pattern);
        };
    };
    lxw_format* titleFormat = format(bold, [](lxw_format* f) { format_set_font_size(f, 14); });
    lxw_format* boldFormat = format(bold);
    lxw_format* sectionFormat = format(bold, [](lxw_format* f) { format_set_font_size(f, 12); });
    lxw_format* headerFormat = format(bold, bordered, [](lxw_format* f) {
        format_set_bg_color(f, 0xEEEEEE);
        format_set_text_wrap(f);
        format_set_align(f, LXW_ALIGN_VERTICAL_TOP);
    });
    lxw_format* partFormat = format(bordered, [](lxw_format* f) { format_set_indent(f, 2); });
    lxw_format* mainFormat = format(bordered, bold);
    lxw_format* textFormat = format(bordered, [](lxw_format* f) { format_set_align(f, LXW_ALIGN_CENTER); });
    lxw_format* countFormat = format(bordered, numeric("#,##0"));
    lxw_format* decimalFormat = format(bordered, numeric("0.0"));
    lxw_format* countChangeFormat = format(bordered, numeric("+#,##0;-#,##0;0"));
    lxw_format* decimalChangeFormat = format(bordered, numeric("+0.0;-0.0;0.0"));
    lxw_format* blankFormat = format(bordered);
    lxw_format* noteFormat = format([](lxw_format* f) {
        format_set_italic(f);
        format_set_text_wrap(f);
        format_set_align(f, LXW_ALIGN_VERTICAL_TOP);
        format_set_font_color(f, 0x444444);
    });

    lxw_worksheet* sheet = workbook_add_worksheet(wb, sheetName(tr("Statistics")).constData());
    worksheet_set_paper(sheet, 9); // A4
    worksheet_set_portrait(sheet);
    worksheet_fit_to_pages(sheet, 1, 0);
    worksheet_set_column(sheet, 0, 0, 52, nullptr);
    worksheet_set_column(sheet, 1, 1, 9, nullptr);
    worksheet_set_column(sheet, 2, 5, 17, nullptr);

    auto put = [](lxw_worksheet* ws, lxw_row_t row, lxw_col_t col, const QString& value, lxw_format* f) {
        worksheet_write_string(ws, row, col, value.toUtf8().constData(), f);
    };
    lxw_row_t row = 0;
    put(sheet, row++, 0, m_centre.name, boldFormat);
    put(sheet, row++, 0, title(), titleFormat);
    put(sheet, row++, 0, StatisticsFormat::comparison(report), nullptr);
    put(sheet, row++, 0, tr("Computed on %1").arg(text::shownDateTime(report.computedAt)), nullptr);
    const QStringList headers{tr("Figure"), tr("Unit"),     report.period.title(), report.previous.title(),
                              tr("Change"), tr("Change, %")};
    for (const StatisticsSection& section : report.sections) {
        ++row;
        put(sheet, row++, 0, section.title, sectionFormat);
        for (int c = 0; c < headers.size(); ++c)
            put(sheet, row, lxw_col_t(c), headers.at(c), headerFormat);
        ++row;
        for (const StatisticsRow& r : section.rows) {
            const bool count = r.unit == StatisticsUnit::Count;
            put(sheet, row, 0, r.label, r.level > 0 ? partFormat : mainFormat);
            put(sheet, row, 1, unitName(r.unit), textFormat);
            const std::pair<lxw_col_t, std::optional<double>> cells[] = {
                {2, r.current}, {3, r.previous}, {4, r.change()}, {5, r.relativeChange()}};
            for (const auto& [col, value] : cells) {
                lxw_format* f = col == 4   ? (count ? countChangeFormat : decimalChangeFormat)
                                : col == 5 ? decimalChangeFormat
                                           : (count ? countFormat : decimalFormat);
                if (!value) {
                    worksheet_write_blank(sheet, row, col, blankFormat);
                    continue;
                }
                // Shares and times to a tenth, as the window shows them.
                const double shown = count && col != 5 ? std::round(*value) : std::round(*value * 10.0) / 10.0;
                worksheet_write_number(sheet, row, col, shown, f);
            }
            ++row;
        }
        if (!section.note.isEmpty()) {
            const QByteArray note = section.note.toUtf8();
            worksheet_merge_range(sheet, row, 0, row, 5, note.constData(), noteFormat);
            // Room for the note's lines: about 110 characters a line across the six columns.
            worksheet_set_row(sheet, row, 15.0 * std::ceil(double(section.note.size()) / 110.0), nullptr);
            ++row;
        }
    }

    bool anyPicture = false;
    for (const StatisticsPicture& p : pictures)
        anyPicture = anyPicture || !p.png.isEmpty();
    if (anyPicture) {
        lxw_worksheet* charts = workbook_add_worksheet(wb, sheetName(tr("Charts")).constData());
        lxw_row_t at = 0;
        for (const StatisticsSection& section : report.sections) {
            for (const StatisticsPicture& p : pictures) {
                if (p.sectionKey != section.key || p.png.isEmpty())
                    continue;
                const QImage image = QImage::fromData(p.png, "PNG");
                put(charts, at++, 0, section.title, sectionFormat);
                // About 800 pixels wide on the sheet, whatever the resolution it was drawn at.
                const double scale = image.width() > 800 ? 800.0 / image.width() : 1.0;
                lxw_image_options placed{};
                placed.x_scale = scale;
                placed.y_scale = scale;
                worksheet_insert_image_buffer_opt(charts, at, 0,
                                                  reinterpret_cast<const unsigned char*>(p.png.constData()),
                                                  size_t(p.png.size()), &placed);
                // Rows of 20 pixels under the picture, and one to spare.
                at += lxw_row_t(std::ceil(image.height() * scale / 20.0)) + 2;
            }
        }
    }

    if (const lxw_error closed = book.close(); closed != LXW_NO_ERROR)
        return fail(Error::Kind::Storage, tr("The spreadsheet could not be made."),
                    QString::fromUtf8(lxw_strerror(closed)));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(Error::Kind::Storage, tr("The spreadsheet could not be made."), file.errorString());
    return file.readAll();
}

} // namespace zabota::core
