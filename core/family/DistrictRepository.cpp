// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/family/DistrictRepository.h"

#include "core/storage/Database.h"
#include "core/storage/SqlValue.h"
#include "core/storage/Transaction.h"
#include "core/text/TextFold.h"

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

Status DistrictRepository::checkName(const QString& name, bool micro, std::optional<DistrictId> scope,
                                     std::optional<qint64> except) const
{
    const QString trimmed = name.simplified();
    if (trimmed.isEmpty())
        return fail(Error::Kind::Validation,
                    micro ? tr("Enter the micro-district's name.") : tr("Enter the district's name."), {},
                    QStringLiteral("name"));
    if (trimmed.size() > kNameLength)
        return fail(Error::Kind::Validation, tr("A name is at most %1 characters.").arg(kNameLength), {},
                    QStringLiteral("name"));
    QSqlQuery q = m_db.prepare(micro ? QStringLiteral("SELECT id, name FROM micro_district WHERE district_id = ?")
                                     : QStringLiteral("SELECT id, name FROM district"));
    if (micro)
        q.addBindValue(scope.value_or(0));
    if (auto ok = m_db.exec(q); !ok)
        return ok;
    while (q.next()) {
        if (except && q.value(0).toLongLong() == *except)
            continue;
        if (text::fold(q.value(1).toString()) == text::fold(trimmed))
            return fail(Error::Kind::Conflict,
                        micro ? tr("The district has a micro-district «%1» already.").arg(q.value(1).toString())
                              : tr("There is a district «%1» already.").arg(q.value(1).toString()),
                        {}, QStringLiteral("name"));
    }
    return {};
}

Result<DistrictId> DistrictRepository::addDistrict(const QString& name)
{
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return std::unexpected(tx.error());
    if (auto ok = checkName(name, false, std::nullopt, std::nullopt); !ok)
        return std::unexpected(ok.error());
    QSqlQuery q = m_db.prepare(QStringLiteral("INSERT INTO district (name, position) SELECT ?, COALESCE(MAX(position), "
                                              "0) + 1 FROM district RETURNING id"));
    q.addBindValue(name.simplified());
    if (auto ok = m_db.exec(q); !ok)
        return std::unexpected(ok.error());
    q.next();
    const DistrictId id = q.value(0).toLongLong();
    q.finish();
    if (auto ok = tx->commit(); !ok)
        return std::unexpected(ok.error());
    return id;
}

Result<MicroDistrictId> DistrictRepository::addMicroDistrict(DistrictId district, const QString& name)
{
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return std::unexpected(tx.error());
    if (auto ok = checkName(name, true, district, std::nullopt); !ok)
        return std::unexpected(ok.error());
    QSqlQuery q =
        m_db.prepare(QStringLiteral("INSERT INTO micro_district (district_id, name, position) SELECT ?, ?, "
                                    "COALESCE(MAX(position), 0) + 1 FROM micro_district WHERE district_id = ? "
                                    "RETURNING id"));
    q.addBindValue(district);
    q.addBindValue(name.simplified());
    q.addBindValue(district);
    if (auto ok = m_db.exec(q); !ok)
        return std::unexpected(ok.error());
    q.next();
    const MicroDistrictId id = q.value(0).toLongLong();
    q.finish();
    if (auto ok = tx->commit(); !ok)
        return std::unexpected(ok.error());
    return id;
}

Status DistrictRepository::renameDistrict(DistrictId id, const QString& name)
{
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return std::unexpected(tx.error());
    if (auto ok = checkName(name, false, std::nullopt, id); !ok)
        return ok;
    QSqlQuery q = m_db.prepare(QStringLiteral("UPDATE district SET name = ? WHERE id = ?"));
    q.addBindValue(name.simplified());
    q.addBindValue(id);
    if (auto ok = m_db.exec(q); !ok)
        return ok;
    if (q.numRowsAffected() == 0)
        return fail(Error::Kind::NotFound, tr("The district no longer exists."));
    return tx->commit();
}

Status DistrictRepository::renameMicroDistrict(MicroDistrictId id, const QString& name)
{
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return std::unexpected(tx.error());
    QSqlQuery parent = m_db.prepare(QStringLiteral("SELECT district_id FROM micro_district WHERE id = ?"));
    parent.addBindValue(id);
    if (auto ok = m_db.exec(parent); !ok)
        return ok;
    if (!parent.next())
        return fail(Error::Kind::NotFound, tr("The micro-district no longer exists."));
    const DistrictId district = parent.value(0).toLongLong();
    parent.finish();
    if (auto ok = checkName(name, true, district, id); !ok)
        return ok;
    QSqlQuery q = m_db.prepare(QStringLiteral("UPDATE micro_district SET name = ? WHERE id = ?"));
    q.addBindValue(name.simplified());
    q.addBindValue(id);
    if (auto ok = m_db.exec(q); !ok)
        return ok;
    return tx->commit();
}

Status DistrictRepository::setSpecialist(MicroDistrictId id, std::optional<UserId> specialist)
{
    QSqlQuery q = m_db.prepare(QStringLiteral("UPDATE micro_district SET specialist_id = ? WHERE id = ?"));
    q.addBindValue(sql::id(specialist));
    q.addBindValue(id);
    if (auto ok = m_db.exec(q); !ok)
        return ok;
    if (q.numRowsAffected() == 0)
        return fail(Error::Kind::NotFound, tr("The micro-district no longer exists."));
    return {};
}

} // namespace zabota::core
