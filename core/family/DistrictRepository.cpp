// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/family/DistrictRepository.h"

#include "core/storage/Database.h"
#include "core/storage/SqlValue.h"

#include <QSqlQuery>

namespace zabota::core {

DistrictRepository::DistrictRepository(Database& db)
    : m_db(db)
{}

Result<QList<District>> DistrictRepository::districts() const
{
    QSqlQuery q = m_db.prepare(QStringLiteral("SELECT id, name, position FROM district ORDER BY position, id"));
    if (auto ok = m_db.exec(q); !ok)
        return std::unexpected(ok.error());
    QList<District> result;
    while (q.next())
        result << District{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toInt()};
    return result;
}

Result<QList<MicroDistrict>> DistrictRepository::microDistricts(std::optional<DistrictId> district) const
{
    QSqlQuery q =
        m_db.prepare(QStringLiteral("SELECT id, district_id, name, position, specialist_id FROM micro_district ") +
                     (district ? QStringLiteral("WHERE district_id = ? ") : QString()) +
                     QStringLiteral("ORDER BY district_id, position, id"));
    if (district)
        q.addBindValue(*district);
    if (auto ok = m_db.exec(q); !ok)
        return std::unexpected(ok.error());
    QList<MicroDistrict> result;
    while (q.next())
        result << MicroDistrict{q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(),
                                q.value(3).toInt(), sql::idFrom(q.value(4))};
    return result;
}

} // namespace zabota::core
