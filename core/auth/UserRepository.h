// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/auth/User.h"

#include <QCoreApplication>

#include <optional>

namespace zabota::core {

class Database;

class UserRepository final {
    Q_DECLARE_TR_FUNCTIONS(zabota::core::UserRepository)

public:
    explicit UserRepository(Database& db);

    [[nodiscard]] Result<int> count() const;
    // Users who hold `role` and whose account is switched on.
    [[nodiscard]] Result<int> countActive(Role role) const;
    [[nodiscard]] Result<QList<User>> list() const;
    [[nodiscard]] Result<User> get(UserId id) const;
    // The user and the stored password hash, or nullopt if no such login.
    [[nodiscard]] Result<std::optional<std::pair<User, QString>>> findByLogin(const QString& login) const;
    [[nodiscard]] Result<User> insert(const NewUser& user, const QString& passwordHash, std::optional<UserId> createdBy,
                                      const QDateTime& now);

private:
    [[nodiscard]] Result<QList<Role>> rolesOf(UserId id) const;

    Database& m_db;
};

} // namespace zabota::core
