// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/documents/CaseDocuments.h"
#include "core/export/ExportFormat.h"
#include "core/export/JournalColumns.h"
#include "core/journal/JournalEntry.h"

#include <QString>

namespace zabota::core {

// What to export from the journal and where to.
struct JournalExportRequest {
    JournalFilter filter; // the period and the other filters of the journal view
    QList<JournalColumn> columns = JournalColumns::defaults(false);
    ExportFormat format = ExportFormat::Xlsx;
    bool depersonalised = false;
    QString path;         // the file to write; replaced if it exists
    CentreDetails centre; // named at the top of the PDF and in the workbook's properties
    // Names the filters in the PDF's heading and the audit log (the category and dispatcher by name, not by id).
    QString categoryTitle;
    QString dispatcherName;
    // How the export was started, for the audit log: "console" or "command line".
    QString via = QStringLiteral("console");
};

// What an export did.
struct ExportSummary {
    qint64 rows = 0;
    QString path; // absolute
    ExportFormat format = ExportFormat::Xlsx;
    bool depersonalised = false;
    bool cancelled = false; // stopped on request: no file was written
};

} // namespace zabota::core
