// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/export/TableWriter.h"

#include <QCoreApplication>

struct lxw_workbook;
struct lxw_worksheet;
struct lxw_format;

namespace zabota::core {

// An Excel workbook written with libxlsxwriter in its constant-memory mode: each row goes to a temporary file as it
// is written, so a hundred thousand rows take no more memory than ten. One sheet: the headings in bold on a frozen
// first row with an autofilter, columns as wide as their content usually is, long texts wrapped, dates and times as
// Excel dates (numbers formatted as 05.03.2026 14:30, which sort and filter as dates), printed A4 landscape with the
// headings on every page.
class XlsxTableWriter final : public TableWriter {
    Q_DECLARE_TR_FUNCTIONS(zabota::core::XlsxTableWriter)

public:
    // Rows an Excel sheet holds, the headings' included.
    static constexpr qint64 kMaxRows = 1'048'576;

    // `path` is the file to write, `target` the name the errors give; libxlsxwriter's own temporary files go to
    // `temporaryFolder`.
    XlsxTableWriter(QString path, QString target, QString temporaryFolder);
    ~XlsxTableWriter() override;

    [[nodiscard]] Status begin(const ExportTable& table) override;
    [[nodiscard]] Status row(const QVariantList& cells) override;
    [[nodiscard]] Status finish() override;
    void abandon() override;

    // Days since 30.12.1899 with the time of day as the fraction: how Excel stores a date. The moment's own wall-clock
    // time counts (the exporter gives local times).
    [[nodiscard]] static double excelSerial(const QDateTime& at);

private:
    [[nodiscard]] Status failed(int code) const;
    // Whether the rows written so far reached the disk; `flush` pushes out what the C library still holds first.
    [[nodiscard]] Status checkRowsFile(bool flush) const;

    QString m_path;
    QString m_target;
    QByteArray m_temporaryFolder;
    lxw_workbook* m_workbook = nullptr;
    lxw_worksheet* m_sheet = nullptr;
    QList<ExportTable::Kind> m_kinds;
    QList<lxw_format*> m_formats; // one per column
    quint32 m_row = 0;            // the next row to write
};

} // namespace zabota::core
