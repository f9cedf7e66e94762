// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace zabota::core {

class Database;
class SqlDialect;

// Applies numbered migration files (NNNN_name.sql, or NNNN_name.<dialect>.sql for one dialect only) in order, each
// in its own transaction, and records each in schema_migrations. A failing migration is rolled back whole.
class Migrator final {
    Q_DECLARE_TR_FUNCTIONS(zabota::core::Migrator)

public:
    struct Migration {
        int version = 0;
        QString name;
        QString sql;
    };

    [[nodiscard]] static Result<QList<Migration>> load(const QString& dir, const SqlDialect& dialect);
    // Brings the database up to the newest migration in `dir`; returns the schema version it ends at.
    [[nodiscard]] static Result<int> apply(const Database& db, const QString& dir);
    // Splits a migration into statements: one per `;` at the end of a line, comments dropped.
    [[nodiscard]] static QStringList statements(const QString& sql);
};

} // namespace zabota::core
