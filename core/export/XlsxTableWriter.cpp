// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/export/XlsxTableWriter.h"

#include "core/export/ExportFile.h"

#include <QDateTime>
#include <QFile>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <xlsxwriter.h>

namespace zabota::core {

namespace {

constexpr int kPaperA4 = 9;

// Characters a sheet's name may not hold, and its longest length.
QString sheetName(const QString& title)
{
    QString name = title;
    for (const QChar c : {u'[', u']', u':', u'*', u'?', u'/', u'\\'})
        name.replace(c, u' ');
    name = name.trimmed().left(31);
    return name.isEmpty() ? QStringLiteral("Sheet1") : name;
}

} // namespace

XlsxTableWriter::XlsxTableWriter(QString path, QString target, QString temporaryFolder)
    : m_path(std::move(path))
    , m_target(std::move(target))
    , m_temporaryFolder(QFile::encodeName(temporaryFolder))
{}

XlsxTableWriter::~XlsxTableWriter()
{
    abandon();
}

double XlsxTableWriter::excelSerial(const QDateTime& at)
{
    // The moment's own wall-clock time: the exporter gives local times.
    static const QDate kEpoch(1899, 12, 30);
    return double(kEpoch.daysTo(at.date())) + double(at.time().msecsSinceStartOfDay()) / 86'400'000.0;
}

Status XlsxTableWriter::failed(int code) const
{
    return std::unexpected(
        ExportFile::writeFailed(m_target, QString::fromLatin1(lxw_strerror(static_cast<lxw_error>(code)))));
}

Status XlsxTableWriter::checkRowsFile(bool flush) const
{
    // In constant-memory mode the rows go to a temporary file whose failed writes libxlsxwriter does not report: a
    // full disk would leave a workbook cut short that still opens.
    FILE* rows = m_sheet ? m_sheet->optimize_tmpfile : nullptr;
    if (!rows)
        return {};
    errno = 0;
    const bool fine = (!flush || std::fflush(rows) == 0) && std::ferror(rows) == 0;
    if (fine)
        return {};
    const int code = errno != 0 ? errno : EIO;
    return std::unexpected(ExportFile::writeFailed(m_target, QString::fromLocal8Bit(std::strerror(code))));
}

Status XlsxTableWriter::begin(const ExportTable& table)
{
    lxw_workbook_options options{};
    options.constant_memory = LXW_TRUE;
    options.tmpdir = m_temporaryFolder.data();
    options.use_zip64 = LXW_TRUE; // a journal of millions of characters may pass 4 GB of XML
    const QByteArray path = QFile::encodeName(m_path);
    m_workbook = workbook_new_opt(path.constData(), &options);
    if (!m_workbook)
        return failed(LXW_ERROR_MEMORY_MALLOC_FAILED);

    const QByteArray title = table.title.toUtf8();
    const QByteArray company = table.centre.toUtf8();
    const QByteArray comments = table.details.join(QStringLiteral("; ")).toUtf8();
    lxw_doc_properties properties{};
    properties.title = const_cast<char*>(title.constData());
    properties.company = const_cast<char*>(company.constData());
    properties.comments = const_cast<char*>(comments.constData());
    properties.author = const_cast<char*>("Zabota");
    workbook_set_properties(m_workbook, &properties);

    m_sheet = workbook_add_worksheet(m_workbook, sheetName(table.title).toUtf8().constData());
    if (!m_sheet)
        return failed(LXW_ERROR_PARAMETER_VALIDATION);

    lxw_format* heading = workbook_add_format(m_workbook);
    format_set_bold(heading);
    format_set_text_wrap(heading);
    format_set_align(heading, LXW_ALIGN_VERTICAL_CENTER);
    format_set_bg_color(heading, 0xE8E8E8);
    format_set_bottom(heading, LXW_BORDER_THIN);
    lxw_format* text = workbook_add_format(m_workbook);
    format_set_align(text, LXW_ALIGN_VERTICAL_TOP);
    lxw_format* longText = workbook_add_format(m_workbook);
    format_set_align(longText, LXW_ALIGN_VERTICAL_TOP);
    format_set_text_wrap(longText);
    lxw_format* date = workbook_add_format(m_workbook);
    format_set_align(date, LXW_ALIGN_VERTICAL_TOP);
    format_set_align(date, LXW_ALIGN_LEFT);
    format_set_num_format(date, "dd.mm.yyyy");
    lxw_format* dateTime = workbook_add_format(m_workbook);
    format_set_align(dateTime, LXW_ALIGN_VERTICAL_TOP);
    format_set_align(dateTime, LXW_ALIGN_LEFT);
    format_set_num_format(dateTime, "dd.mm.yyyy hh:mm");
    lxw_format* number = workbook_add_format(m_workbook);
    format_set_align(number, LXW_ALIGN_VERTICAL_TOP);

    m_kinds.clear();
    m_formats.clear();
    for (qsizetype i = 0; i < table.columns.size(); ++i) {
        const ExportTable::Column& column = table.columns[i];
        lxw_format* format = text;
        switch (column.kind) {
        case ExportTable::Kind::Text:
            break;
        case ExportTable::Kind::LongText:
            format = longText;
            break;
        case ExportTable::Kind::Number:
            format = number;
            break;
        case ExportTable::Kind::Date:
            format = date;
            break;
        case ExportTable::Kind::DateTime:
            format = dateTime;
            break;
        }
        m_kinds << column.kind;
        m_formats << format;
        if (const lxw_error error = worksheet_set_column(m_sheet, lxw_col_t(i), lxw_col_t(i), column.width, nullptr);
            error != LXW_NO_ERROR)
            return failed(error);
        if (const lxw_error error =
                worksheet_write_string(m_sheet, 0, lxw_col_t(i), column.heading.toUtf8().constData(), heading);
            error != LXW_NO_ERROR)
            return failed(error);
    }
    worksheet_freeze_panes(m_sheet, 1, 0);
    worksheet_set_landscape(m_sheet);
    worksheet_set_paper(m_sheet, kPaperA4);
    worksheet_repeat_rows(m_sheet, 0, 0);
    worksheet_fit_to_pages(m_sheet, 1, 0);
    m_row = 1;
    return {};
}

Status XlsxTableWriter::row(const QVariantList& cells)
{
    if (qint64(m_row) >= kMaxRows)
        return failed(LXW_ERROR_WORKSHEET_INDEX_OUT_OF_RANGE);
    for (qsizetype i = 0; i < m_kinds.size(); ++i) {
        const QVariant value = cells.value(i);
        if (!value.isValid() || value.isNull())
            continue;
        const auto col = lxw_col_t(i);
        lxw_error error = LXW_NO_ERROR;
        switch (m_kinds[i]) {
        case ExportTable::Kind::Number:
            error = worksheet_write_number(m_sheet, m_row, col, double(value.toLongLong()), m_formats[i]);
            break;
        case ExportTable::Kind::Date:
            error = worksheet_write_number(m_sheet, m_row, col, excelSerial(value.toDate().startOfDay()), m_formats[i]);
            break;
        case ExportTable::Kind::DateTime:
            error = worksheet_write_number(m_sheet, m_row, col, excelSerial(value.toDateTime()), m_formats[i]);
            break;
        case ExportTable::Kind::Text:
        case ExportTable::Kind::LongText: {
            const QString text = value.toString();
            if (!text.isEmpty())
                error = worksheet_write_string(m_sheet, m_row, col, text.toUtf8().constData(), m_formats[i]);
            break;
        }
        }
        if (error != LXW_NO_ERROR)
            return failed(error);
    }
    ++m_row;
    if (m_row % 4096 == 0)
        return checkRowsFile(false);
    return {};
}

Status XlsxTableWriter::finish()
{
    if (!m_workbook)
        return failed(LXW_ERROR_NULL_PARAMETER_IGNORED);
    if (auto ok = checkRowsFile(true); !ok)
        return ok;
    if (m_row > 1 && !m_kinds.isEmpty())
        worksheet_autofilter(m_sheet, 0, 0, m_row - 1, lxw_col_t(m_kinds.size() - 1));
    const lxw_error error = workbook_close(std::exchange(m_workbook, nullptr));
    m_sheet = nullptr;
    if (error != LXW_NO_ERROR)
        return failed(error);
    return {};
}

void XlsxTableWriter::abandon()
{
    if (m_workbook)
        lxw_workbook_free(std::exchange(m_workbook, nullptr));
    m_sheet = nullptr;
}

} // namespace zabota::core
