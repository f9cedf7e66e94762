// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/auth/User.h"
#include "core/statistics/StatisticsExporter.h"
#include "core/statistics/StatisticsReport.h"
#include "core/storage/DatabaseAddress.h"

#include <QCoreApplication>
#include <QDateTime>

#include <functional>

namespace zabota::core {

class AuditRepository;
class Database;

// The statistics as a supervisor or an administrator works with them: the report of a period beside the previous one,
// and its export to PDF or XLSX. An export is written whole or not at all, and recorded in the audit log in the same
// step: a file that could not be written leaves no record, and a record that could not be written leaves no file.
class StatisticsService final {
    Q_DECLARE_TR_FUNCTIONS(zabota::core::StatisticsService)

public:
    using Clock = std::function<QDateTime()>;
    enum class Format { Pdf, Xlsx };

    StatisticsService(Database& db, AuditRepository& audit, User currentUser,
                      Clock clock = &QDateTime::currentDateTime);

    // Whether the user may see the statistics: supervisors and administrators.
    [[nodiscard]] static bool mayView(const User& user);
    [[nodiscard]] const User& currentUser() const { return m_user; }
    // Today, by the service's clock: the window starts at the quarter that holds it.
    [[nodiscard]] QDate today() const { return m_clock().date(); }
    // The database file, for a StatisticsReader to open again on its own thread.
    [[nodiscard]] const DatabaseAddress& databaseAddress() const;

    // The report of `period` beside its previous period, computed here and now (the window uses a StatisticsReader).
    [[nodiscard]] Result<StatisticsReport> report(const StatisticsPeriod& period) const;
    // Writes the report to `path` as `format` for the centre named, with the charts given: render() and save().
    [[nodiscard]] Status exportReport(Format format, const QString& path, const StatisticsReport& report,
                                      const CentreDetails& centre, const QList<StatisticsPicture>& pictures = {});
    // The content of the file, made in memory; it touches no database, so that a window can make it on a thread of
    // its own (the PDF takes a second or two with its charts).
    [[nodiscard]] static Result<QByteArray> render(Format format, const StatisticsReport& report,
                                                   const CentreDetails& centre,
                                                   const QList<StatisticsPicture>& pictures = {});
    // Writes content made by render() to `path`, whole or not at all, with its record in the audit log.
    [[nodiscard]] Status save(Format format, const QString& path, const QByteArray& content,
                              const StatisticsReport& report);

    // The name of this workstation as the audit log records it.
    void setWorkstation(const QString& name) { m_workstation = name; }

private:
    [[nodiscard]] Status checkAllowed() const;

    Database& m_db;
    AuditRepository& m_audit;
    User m_user;
    Clock m_clock;
    QString m_workstation;
};

} // namespace zabota::core
