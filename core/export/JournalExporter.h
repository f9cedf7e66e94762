// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/auth/User.h"
#include "core/export/JournalExportRequest.h"
#include "core/export/TableWriter.h"

#include <QCoreApplication>
#include <QDateTime>

#include <functional>
#include <memory>

namespace zabota::core {

class Database;

// Exports the journal, filtered as the journal view is, to a CSV, XLSX or PDF file for the reports a supervisor
// sends upward. The rows are read one at a time from one state of the journal and written as they come, so an export
// of any size takes little memory; the file appears whole or not at all (ExportFile); every export is written to the
// audit log with who made it, the filter, the number of rows, the file, the format and whether it was depersonalised.
// Only supervisors and administrators export. Runs on the thread of its connection (JournalExportJob runs it on one
// of its own); a PDF needs a QGuiApplication.
class JournalExporter final {
    Q_DECLARE_TR_FUNCTIONS(zabota::core::JournalExporter)

public:
    // `done` rows of `total` written (a PDF counts its rows twice: once to number the pages); false stops the export.
    using Progress = std::function<bool(qint64 done, qint64 total)>;
    using Clock = std::function<QDateTime()>;

    static inline const QString kAuditObject = QStringLiteral("journal");

    // `workstation` is recorded in the audit log.
    JournalExporter(Database& db, User user, QString workstation, Clock clock = &QDateTime::currentDateTime);

    [[nodiscard]] static bool mayExport(const User& user);
    // The sentence for those who may not.
    [[nodiscard]] static QString notAllowedMessage();
    // Checks a request before anything is read: the period, the columns, the file's name. The error's `field` is
    // "from", "to", "columns" or "path".
    [[nodiscard]] static Status validate(const JournalExportRequest& request);
    // The file name an export is offered under: «Journal 2026-01-01 — 2026-03-31.xlsx».
    [[nodiscard]] static QString defaultFileName(const JournalFilter& filter, ExportFormat format, bool depersonalised);
    // The period of a filter as a person reads it: «01.01.2026 — 31.03.2026».
    [[nodiscard]] static QString periodText(const JournalFilter& filter);

    // Writes the file. A cancelled export (the progress said stop) is no error: it comes back with `cancelled` set and
    // no file. Errors: not allowed (Auth), a bad request (Validation), nothing matches (NotFound), the file cannot be
    // written (field "path"), or what the database said.
    [[nodiscard]] Result<ExportSummary> run(const JournalExportRequest& request, const Progress& progress = {});

private:
    [[nodiscard]] ExportTable table(const JournalExportRequest& request, qint64 rows) const;
    [[nodiscard]] std::unique_ptr<TableWriter> writer(ExportFormat format, const QString& path,
                                                      const QString& target) const;
    [[nodiscard]] Status audit(const JournalExportRequest& request, const ExportSummary& summary);

    Database& m_db;
    User m_user;
    QString m_workstation;
    Clock m_clock;
};

} // namespace zabota::core
