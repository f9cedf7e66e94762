// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/statistics/StatisticsService.h"

#include "core/audit/AuditRepository.h"
#include "core/statistics/StatisticsReportBuilder.h"
#include "core/statistics/StatisticsRepository.h"
#include "core/storage/Database.h"
#include "core/storage/Transaction.h"
#include "core/text/DateText.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QSysInfo>

namespace zabota::core {

StatisticsService::StatisticsService(Database& db, AuditRepository& audit, User currentUser, Clock clock)
    : m_db(db)
    , m_audit(audit)
    , m_user(std::move(currentUser))
    , m_clock(std::move(clock))
    , m_workstation(QSysInfo::machineHostName())
{}

bool StatisticsService::mayView(const User& user)
{
    return user.hasRole(Role::Supervisor) || user.hasRole(Role::Administrator);
}

const DatabaseAddress& StatisticsService::databaseAddress() const
{
    return m_db.address();
}

Status StatisticsService::checkAllowed() const
{
    if (!mayView(m_user))
        return fail(Error::Kind::Auth, tr("The statistics are for supervisors and administrators."),
                    QStringLiteral("statistics refused to %1").arg(m_user.login));
    return {};
}

Result<StatisticsReport> StatisticsService::report(const StatisticsPeriod& period) const
{
    if (auto ok = checkAllowed(); !ok)
        return std::unexpected(ok.error());
    return StatisticsReportBuilder::compute(StatisticsRepository(m_db), period);
}

Result<QByteArray> StatisticsService::render(Format format, const StatisticsReport& report, const CentreDetails& centre,
                                             const QList<StatisticsPicture>& pictures)
{
    const StatisticsExporter exporter(centre);
    return format == Format::Pdf ? exporter.pdf(report, pictures) : exporter.xlsx(report, pictures);
}

Status StatisticsService::exportReport(Format format, const QString& path, const StatisticsReport& report,
                                       const CentreDetails& centre, const QList<StatisticsPicture>& pictures)
{
    if (auto ok = checkAllowed(); !ok)
        return ok;
    auto content = render(format, report, centre, pictures);
    if (!content)
        return std::unexpected(content.error());
    return save(format, path, *content, report);
}

Status StatisticsService::save(Format format, const QString& path, const QByteArray& content,
                               const StatisticsReport& report)
{
    if (auto ok = checkAllowed(); !ok)
        return ok;
    const QString shown = QDir::toNativeSeparators(path);
    auto cannotWrite = [&shown](const QString& why) {
        return fail(Error::Kind::CantOpen, tr("Cannot write %1: %2. Choose another folder or name.").arg(shown, why),
                    why);
    };
    if (path.trimmed().isEmpty())
        return fail(Error::Kind::Validation, tr("Choose where to save the report."), {}, QStringLiteral("path"));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return cannotWrite(file.errorString());
    if (file.write(content) != content.size())
        return cannotWrite(file.errorString());

    // The record and the file go together: the record is written first, in a transaction that is only committed
    // once the file is in place.
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return std::unexpected(tx.error());
    AuditRecord record;
    record.at = m_clock();
    record.userId = m_user.id;
    record.workstation = m_workstation;
    record.action = AuditAction::Export;
    record.objectType = QStringLiteral("statistics");
    record.details =
        QStringLiteral("%1 %2..%3 (compared with %4..%5) to %6")
            .arg(format == Format::Pdf ? QStringLiteral("PDF") : QStringLiteral("XLSX"),
                 report.period.from().toString(Qt::ISODate), report.period.to().toString(Qt::ISODate),
                 report.previous.from().toString(Qt::ISODate), report.previous.to().toString(Qt::ISODate), path);
    if (auto appended = m_audit.append(record); !appended)
        return std::unexpected(appended.error());
    if (!file.commit())
        return cannotWrite(file.errorString());
    if (auto committed = tx->commit(); !committed) {
        QFile::remove(path);
        return std::unexpected(committed.error());
    }
    return {};
}

} // namespace zabota::core
