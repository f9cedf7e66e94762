// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/auth/UserRepository.h"

#include "core/storage/Database.h"
#include "core/storage/Transaction.h"

#include <QSqlQuery>
#include <QVariant>

namespace zabota::core {

namespace {

const QString kUserColumns = QStringLiteral("id, login, full_name, active, created_at");

User userFrom(const QSqlQuery& query)
{
    User user;
    user.id = query.value(0).toLongLong();
    user.login = query.value(1).toString();
    user.fullName = query.value(2).toString();
    user.active = query.value(3).toBool();
    user.createdAt = QDateTime::fromSecsSinceEpoch(query.value(4).toLongLong());
    return user;
}

} // namespace

UserRepository::UserRepository(Database& db)
    : m_db(db)
{}

Result<int> UserRepository::count() const
{
    QSqlQuery query = m_db.prepare(QStringLiteral("SELECT COUNT(*) FROM app_user"));
    if (auto ok = m_db.exec(query); !ok)
        return std::unexpected(ok.error());
    query.next();
    return query.value(0).toInt();
}

Result<int> UserRepository::countActive(Role role) const
{
    QSqlQuery query =
        m_db.prepare(QStringLiteral("SELECT COUNT(*) FROM app_user u JOIN user_role r ON r.user_id = u.id "
                                    "WHERE r.role = ? AND u.active = ?"));
    query.addBindValue(toCode(role));
    query.addBindValue(true);
    if (auto ok = m_db.exec(query); !ok)
        return std::unexpected(ok.error());
    query.next();
    return query.value(0).toInt();
}

Result<QList<Role>> UserRepository::rolesOf(UserId id) const
{
    QSqlQuery query = m_db.prepare(QStringLiteral("SELECT role FROM user_role WHERE user_id = ?"));
    query.addBindValue(id);
    if (auto ok = m_db.exec(query); !ok)
        return std::unexpected(ok.error());
    QList<Role> roles;
    while (query.next()) {
        if (auto role = fromCode<Role>(query.value(0).toString()))
            roles << *role;
    }
    std::ranges::sort(roles);
    return roles;
}

Result<QList<User>> UserRepository::list() const
{
    QSqlQuery query =
        m_db.prepare(QLatin1String("SELECT ") + kUserColumns + QLatin1String(" FROM app_user ORDER BY full_name"));
    if (auto ok = m_db.exec(query); !ok)
        return std::unexpected(ok.error());
    QList<User> users;
    while (query.next())
        users << userFrom(query);
    for (User& user : users) {
        auto roles = rolesOf(user.id);
        if (!roles)
            return std::unexpected(roles.error());
        user.roles = *roles;
    }
    return users;
}

Result<User> UserRepository::get(UserId id) const
{
    QSqlQuery query =
        m_db.prepare(QLatin1String("SELECT ") + kUserColumns + QLatin1String(" FROM app_user WHERE id = ?"));
    query.addBindValue(id);
    if (auto ok = m_db.exec(query); !ok)
        return std::unexpected(ok.error());
    if (!query.next())
        return fail(Error::Kind::NotFound, tr("The user no longer exists."));
    User user = userFrom(query);
    auto roles = rolesOf(user.id);
    if (!roles)
        return std::unexpected(roles.error());
    user.roles = *roles;
    return user;
}

Result<std::optional<std::pair<User, QString>>> UserRepository::findByLogin(const QString& login) const
{
    QSqlQuery query = m_db.prepare(QLatin1String("SELECT ") + kUserColumns +
                                   QLatin1String(", password_hash FROM app_user WHERE login = ?"));
    query.addBindValue(login.trimmed().toLower());
    if (auto ok = m_db.exec(query); !ok)
        return std::unexpected(ok.error());
    if (!query.next())
        return std::optional<std::pair<User, QString>>{};
    User user = userFrom(query);
    const QString hash = query.value(5).toString();
    auto roles = rolesOf(user.id);
    if (!roles)
        return std::unexpected(roles.error());
    user.roles = *roles;
    return std::optional<std::pair<User, QString>>{std::pair{user, hash}};
}

Result<User> UserRepository::insert(const NewUser& user, const QString& passwordHash, std::optional<UserId> createdBy,
                                    const QDateTime& now)
{
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return std::unexpected(tx.error());
    QSqlQuery exists = m_db.prepare(QStringLiteral("SELECT 1 FROM app_user WHERE login = ?"));
    exists.addBindValue(user.login.trimmed().toLower());
    if (auto ok = m_db.exec(exists); !ok)
        return std::unexpected(ok.error());
    if (exists.next())
        return fail(Error::Kind::Conflict, tr("The login %1 is taken already.").arg(user.login.trimmed()), {},
                    QStringLiteral("login"));

    QSqlQuery query = m_db.prepare(QStringLiteral("INSERT INTO app_user (login, full_name, password_hash, active, "
                                                  "created_at, created_by) VALUES (?, ?, ?, ?, ?, ?) RETURNING id"));
    query.addBindValue(user.login.trimmed().toLower());
    query.addBindValue(user.fullName.simplified());
    query.addBindValue(passwordHash);
    query.addBindValue(true);
    query.addBindValue(now.toSecsSinceEpoch());
    query.addBindValue(createdBy ? QVariant(*createdBy) : QVariant(QMetaType(QMetaType::LongLong)));
    if (auto ok = m_db.exec(query); !ok)
        return std::unexpected(ok.error());
    query.next();
    const UserId id = query.value(0).toLongLong();
    query.finish();
    for (Role role : user.roles) {
        QSqlQuery roleQuery = m_db.prepare(QStringLiteral("INSERT INTO user_role (user_id, role) VALUES (?, ?)"));
        roleQuery.addBindValue(id);
        roleQuery.addBindValue(toCode(role));
        if (auto ok = m_db.exec(roleQuery); !ok)
            return std::unexpected(ok.error());
    }
    if (auto ok = tx->commit(); !ok)
        return std::unexpected(ok.error());
    return get(id);
}

} // namespace zabota::core
