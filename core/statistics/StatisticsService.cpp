// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/statistics/StatisticsService.h"

#include "core/audit/AuditRepository.h"
#include "core/statistics/StatisticsReportBuilder.h"
#include "core/statistics/StatisticsRepository.h"
#include "core/storage/Database.h"

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

QString StatisticsService::databasePath() const
{
    return m_db.path();
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

} // namespace zabota::core
