// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/auth/User.h"
#include "core/family/FamilyEnums.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace zabota::core {

// One line of the audit log: who did what to which personal data, when, from which workstation.
struct AuditRecord {
    qint64 id = 0;
    QDateTime at;
    std::optional<UserId> userId;
    QString userName; // filled when read
    QString workstation;
    AuditAction action = AuditAction::View;
    QString objectType; // "family", "journal_entry", …
    std::optional<qint64> objectId;
    QString details;
};

// What the security administrator looks for; every field is optional.
struct AuditFilter {
    std::optional<UserId> userId;
    std::optional<AuditAction> action;
    QString objectType;
    std::optional<qint64> objectId;
    QDateTime from; // inclusive
    QDateTime to;   // exclusive
};

} // namespace zabota::core
