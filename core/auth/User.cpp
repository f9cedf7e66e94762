// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/auth/User.h"

namespace zabota::core {

std::span<const EnumItem<Role>> EnumTraits<Role>::items()
{
    static constexpr EnumItem<Role> kItems[] = {
        {Role::Dispatcher, "dispatcher", QT_TRANSLATE_NOOP("zabota::core::Role", "Dispatcher")},
        {Role::Curator, "curator", QT_TRANSLATE_NOOP("zabota::core::Role", "Case curator")},
        {Role::Supervisor, "supervisor", QT_TRANSLATE_NOOP("zabota::core::Role", "Supervisor")},
        {Role::Administrator, "administrator", QT_TRANSLATE_NOOP("zabota::core::Role", "Administrator")},
    };
    return kItems;
}

} // namespace zabota::core
