// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/auth/AuthService.h"

#include "core/auth/UserRepository.h"

#include <QRegularExpression>

namespace zabota::core {

AuthService::AuthService(UserRepository& users, int iterations)
    : m_users(users)
    , m_iterations(iterations)
{}

Result<bool> AuthService::needsFirstAdmin() const
{
    // Not "no users at all": a database filled with demo staff, or one whose administrators were all switched off,
    // still needs someone who can manage users.
    auto admins = m_users.countActive(Role::Administrator);
    if (!admins)
        return std::unexpected(admins.error());
    return *admins == 0;
}

Status AuthService::validate(const NewUser& user)
{
    static const QRegularExpression loginPattern(QStringLiteral("^[a-z0-9][a-z0-9._-]{1,31}$"));
    const QString login = user.login.trimmed().toLower();
    if (login.isEmpty())
        return fail(Error::Kind::Validation, tr("Enter a login."), {}, QStringLiteral("login"));
    if (!loginPattern.match(login).hasMatch())
        return fail(Error::Kind::Validation,
                    tr("A login is 2 to 32 Latin letters, digits, dots, hyphens or underscores, for example "
                       "ivanova.m."),
                    {}, QStringLiteral("login"));
    if (user.fullName.trimmed().isEmpty())
        return fail(Error::Kind::Validation, tr("Enter the user's full name."), {}, QStringLiteral("fullName"));
    if (user.fullName.size() > 200)
        return fail(Error::Kind::Validation, tr("The full name is longer than 200 characters."), {},
                    QStringLiteral("fullName"));
    if (user.password.size() < kMinPasswordLength)
        return fail(Error::Kind::Validation,
                    tr("The password must be at least %1 characters long.").arg(kMinPasswordLength), {},
                    QStringLiteral("password"));
    if (user.roles.isEmpty())
        return fail(Error::Kind::Validation, tr("Choose at least one role."), {}, QStringLiteral("roles"));
    return {};
}

Result<User> AuthService::createFirstAdmin(NewUser admin)
{
    auto needed = needsFirstAdmin();
    if (!needed)
        return std::unexpected(needed.error());
    if (!*needed)
        return fail(Error::Kind::Conflict, tr("The administrator has been created already. Log in instead."));
    if (!admin.roles.contains(Role::Administrator))
        admin.roles << Role::Administrator;
    if (auto ok = validate(admin); !ok)
        return std::unexpected(ok.error());
    return m_users.insert(admin, PasswordHasher::hash(admin.password, m_iterations), std::nullopt,
                          QDateTime::currentDateTimeUtc());
}

Result<User> AuthService::login(const QString& login, const QString& password) const
{
    auto found = m_users.findByLogin(login);
    if (!found)
        return std::unexpected(found.error());
    const QString wrong = tr("Wrong login or password.");
    if (!found->has_value()) {
        // Spend the same time as a real check, so a stranger cannot tell which logins exist.
        const QString dummy = QStringLiteral("pbkdf2-sha256$%1$AAAAAAAAAAAAAAAAAAAAAA==$").arg(m_iterations);
        (void)PasswordHasher::verify(password, dummy);
        return fail(Error::Kind::Auth, wrong, {}, QStringLiteral("login"));
    }
    const auto& [user, hash] = **found;
    if (!PasswordHasher::verify(password, hash))
        return fail(Error::Kind::Auth, wrong, {}, QStringLiteral("password"));
    if (!user.active)
        return fail(Error::Kind::Auth, tr("This account is switched off. Ask your administrator."), {},
                    QStringLiteral("login"));
    return user;
}

Result<User> AuthService::addUser(const User& actingUser, const NewUser& user)
{
    if (!actingUser.hasRole(Role::Administrator))
        return fail(Error::Kind::Auth, tr("Only an administrator can add users."));
    if (auto ok = validate(user); !ok)
        return std::unexpected(ok.error());
    return m_users.insert(user, PasswordHasher::hash(user.password, m_iterations), actingUser.id,
                          QDateTime::currentDateTimeUtc());
}

Result<QList<User>> AuthService::users() const
{
    return m_users.list();
}

} // namespace zabota::core
