// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/export/CsvTableWriter.h"

#include "core/export/CellText.h"
#include "core/export/ExportFile.h"

#include <QDate>
#include <QDateTime>

namespace zabota::core {

namespace {

// Written to the disk in pieces of about this many characters; a failed write (a full disk) is then noticed within a
// piece.
constexpr qsizetype kChunk = 256 * 1024;

QString quoted(const QString& text)
{
    bool quote = false;
    for (const QChar c : text) {
        if (c == u';' || c == u'"' || c == u'\n' || c == u'\r') {
            quote = true;
            break;
        }
    }
    if (!quote)
        return text;
    QString out;
    out.reserve(text.size() + 8);
    out += u'"';
    for (const QChar c : text) {
        if (c == u'"')
            out += u'"';
        out += c;
    }
    out += u'"';
    return out;
}

} // namespace

CsvTableWriter::CsvTableWriter(QString path, QString target)
    : m_file(std::move(path))
    , m_target(std::move(target))
{}

QString CsvTableWriter::field(const QVariant& value, ExportTable::Kind kind)
{
    QString text = cells::valueText(value, kind);
    if (!cells::isText(kind))
        return text;
    if (!text.isEmpty() && (text[0] == u'=' || text[0] == u'+' || text[0] == u'-' || text[0] == u'@'))
        text.prepend(u'\'');
    return quoted(text);
}

Status CsvTableWriter::begin(const ExportTable& table)
{
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Unbuffered))
        return std::unexpected(ExportFile::writeFailed(m_target, m_file.errorString()));
    m_kinds.clear();
    QStringList headings;
    for (const ExportTable::Column& column : table.columns) {
        m_kinds << column.kind;
        headings << quoted(column.heading);
    }
    m_text.reserve(kChunk + 64 * 1024);
    m_buffer.append("\xEF\xBB\xBF");
    return append(headings);
}

Status CsvTableWriter::row(const QVariantList& cells)
{
    for (qsizetype i = 0; i < m_kinds.size(); ++i) {
        if (i > 0)
            m_text += u';';
        m_text += field(cells.value(i), m_kinds[i]);
    }
    m_text += QStringLiteral("\r\n");
    if (m_text.size() >= kChunk)
        return flush();
    return {};
}

Status CsvTableWriter::append(const QStringList& fields)
{
    m_text += fields.join(u';');
    m_text += QStringLiteral("\r\n");
    return {};
}

Status CsvTableWriter::flush()
{
    m_buffer += m_text.toUtf8();
    m_text.resize(0); // keeps its room for the next rows
    const qint64 written = m_file.write(m_buffer);
    if (written != m_buffer.size())
        return std::unexpected(ExportFile::writeFailed(m_target, m_file.errorString()));
    m_buffer.resize(0);
    return {};
}

Status CsvTableWriter::finish()
{
    if (auto ok = flush(); !ok)
        return ok;
    m_file.close();
    if (m_file.error() != QFileDevice::NoError)
        return std::unexpected(ExportFile::writeFailed(m_target, m_file.errorString()));
    return {};
}

void CsvTableWriter::abandon()
{
    m_file.close();
}

} // namespace zabota::core
