// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/export/TableWriter.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QFile>

namespace zabota::core {

// CSV as Russian Excel opens it by a double click: UTF-8 with a byte order mark (else Excel reads the Cyrillic as
// cp1251), semicolons between fields (the list separator of the Russian locale), CRLF between rows, and RFC 4180
// quoting: a field holding a semicolon, a quote or a line break is quoted, its quotes doubled. Dates are written as
// 05.03.2026 14:30, which Russian Excel reads as a date. A text that starts with = + - or @ gets an apostrophe in
// front, so that Excel shows it instead of taking it for a formula ("+7 912…", "- звонила мама", "=HYPERLINK(…)").
class CsvTableWriter final : public TableWriter {
    Q_DECLARE_TR_FUNCTIONS(zabota::core::CsvTableWriter)

public:
    // `path` is the file to write (created empty beforehand), `target` the name the errors give.
    CsvTableWriter(QString path, QString target);

    [[nodiscard]] Status begin(const ExportTable& table) override;
    [[nodiscard]] Status row(const QVariantList& cells) override;
    [[nodiscard]] Status finish() override;
    void abandon() override;

    // One field as it is written, quoted if need be.
    [[nodiscard]] static QString field(const QVariant& value, ExportTable::Kind kind);

private:
    [[nodiscard]] Status append(const QStringList& fields);
    [[nodiscard]] Status flush();

    QFile m_file;
    QString m_target;
    QList<ExportTable::Kind> m_kinds;
    QString m_text;      // rows not yet written
    QByteArray m_buffer; // the same in UTF-8
};

} // namespace zabota::core
