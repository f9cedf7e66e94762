// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/auth/PasswordHasher.h"
#include "core/auth/User.h"

#include <QCoreApplication>

namespace zabota::core {

class UserRepository;

// Who may use the console: the first administrator, logins, and users added by an administrator.
class AuthService final {
    Q_DECLARE_TR_FUNCTIONS(zabota::core::AuthService)

public:
    static constexpr int kMinPasswordLength = 8;

    explicit AuthService(UserRepository& users, int iterations = PasswordHasher::kIterations);

    // True while no active administrator exists (an empty database, or one with only demo staff): the console must
    // ask for the administrator's login and password first.
    [[nodiscard]] Result<bool> needsFirstAdmin() const;
    [[nodiscard]] Result<User> createFirstAdmin(NewUser admin);
    [[nodiscard]] Result<User> login(const QString& login, const QString& password) const;
    [[nodiscard]] Result<User> addUser(const User& actingUser, const NewUser& user);
    [[nodiscard]] Result<QList<User>> users() const;

    // Checks a new user's fields; the error names the field at fault.
    [[nodiscard]] static Status validate(const NewUser& user);

private:
    UserRepository& m_users;
    int m_iterations;
};

} // namespace zabota::core
