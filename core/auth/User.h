// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/EnumText.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace zabota::core {

using UserId = qint64;

enum class Role { Dispatcher, Curator, Supervisor, Administrator };

template <>
struct EnumTraits<Role> {
    static constexpr const char* context = "zabota::core::Role";
    static std::span<const EnumItem<Role>> items();
};

struct User {
    UserId id = 0;
    QString login;
    QString fullName;
    QList<Role> roles;
    bool active = true;
    QDateTime createdAt;

    [[nodiscard]] bool hasRole(Role role) const { return roles.contains(role); }
};

// What an administrator fills in to add a user.
struct NewUser {
    QString login;
    QString fullName;
    QString password;
    QList<Role> roles;
};

} // namespace zabota::core
