// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/audit/AuditRepository.h"

#include "core/storage/Database.h"
#include "core/storage/SqlValue.h"

#include <QSqlQuery>
#include <QVariant>

namespace zabota::core {

AuditRepository::AuditRepository(Database& db)
    : m_db(db)
{}

Result<AuditRecord> AuditRepository::append(const AuditRecord& record)
{
    if (record.objectType.isEmpty())
        return fail(Error::Kind::Validation, tr("An audit record must name the kind of object it is about."),
                    QStringLiteral("audit record without object type"), QStringLiteral("objectType"));
    AuditRecord stored = record;
    if (!stored.at.isValid())
        stored.at = QDateTime::currentDateTime();
    QSqlQuery q = m_db.prepare(
        QStringLiteral("INSERT INTO audit_log (at, user_id, workstation, action, object_type, object_id, details) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    q.addBindValue(stored.at.toSecsSinceEpoch());
    q.addBindValue(sql::id(stored.userId));
    q.addBindValue(sql::text(stored.workstation));
    q.addBindValue(toCode(stored.action));
    q.addBindValue(stored.objectType);
    q.addBindValue(sql::id(stored.objectId));
    q.addBindValue(sql::text(stored.details));
    if (auto ok = m_db.exec(q); !ok)
        return std::unexpected(ok.error());
    q.next();
    stored.id = q.value(0).toLongLong();
    return stored;
}

Result<QList<AuditRecord>> AuditRepository::list(const AuditFilter& filter, int limit) const
{
    QStringList conditions;
    QVariantList binds;
    if (filter.userId) {
        conditions << QStringLiteral("a.user_id = ?");
        binds << *filter.userId;
    }
    if (filter.action) {
        conditions << QStringLiteral("a.action = ?");
        binds << toCode(*filter.action);
    }
    if (!filter.objectType.isEmpty()) {
        conditions << QStringLiteral("a.object_type = ?");
        binds << filter.objectType;
    }
    if (filter.objectId) {
        conditions << QStringLiteral("a.object_id = ?");
        binds << *filter.objectId;
    }
    if (filter.from.isValid()) {
        conditions << QStringLiteral("a.at >= ?");
        binds << filter.from.toSecsSinceEpoch();
    }
    if (filter.to.isValid()) {
        conditions << QStringLiteral("a.at < ?");
        binds << filter.to.toSecsSinceEpoch();
    }
    QSqlQuery q = m_db.prepare(
        QStringLiteral("SELECT a.id, a.at, a.user_id, u.full_name, a.workstation, a.action, a.object_type, "
                       "a.object_id, a.details FROM audit_log a LEFT JOIN app_user u ON u.id = a.user_id ") +
        (conditions.isEmpty() ? QString() : QLatin1String("WHERE ") + conditions.join(QLatin1String(" AND "))) +
        QStringLiteral(" ORDER BY a.at DESC, a.id DESC LIMIT ?"));
    for (const QVariant& bind : std::as_const(binds))
        q.addBindValue(bind);
    q.addBindValue(limit);
    if (auto ok = m_db.exec(q); !ok)
        return std::unexpected(ok.error());
    QList<AuditRecord> result;
    while (q.next()) {
        AuditRecord r;
        r.id = q.value(0).toLongLong();
        r.at = QDateTime::fromSecsSinceEpoch(q.value(1).toLongLong());
        if (!q.value(2).isNull())
            r.userId = q.value(2).toLongLong();
        r.userName = q.value(3).toString();
        r.workstation = q.value(4).toString();
        r.action = fromCode<AuditAction>(q.value(5).toString()).value_or(AuditAction::View);
        r.objectType = q.value(6).toString();
        if (!q.value(7).isNull())
            r.objectId = q.value(7).toLongLong();
        r.details = q.value(8).toString();
        result << r;
    }
    return result;
}

} // namespace zabota::core
