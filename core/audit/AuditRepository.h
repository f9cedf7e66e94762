// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/audit/AuditRecord.h"

#include <QCoreApplication>
#include <QList>

namespace zabota::core {

class Database;

// The audit log of personal data (152-ФЗ). Append-only by design: there is no method to change or remove a record.
class AuditRepository final {
    Q_DECLARE_TR_FUNCTIONS(zabota::core::AuditRepository)

public:
    explicit AuditRepository(Database& db);

    [[nodiscard]] Result<AuditRecord> append(const AuditRecord& record);
    // Records newest first, at most `limit`.
    [[nodiscard]] Result<QList<AuditRecord>> list(const AuditFilter& filter, int limit = 1000) const;

private:
    Database& m_db;
};

} // namespace zabota::core
