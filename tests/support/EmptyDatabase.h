// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/Database.h"
#include "tests/support/TestBackend.h"

#include <QSqlDatabase>
#include <QStringList>
#include <QTemporaryDir>
#include <QVariant>

#include <functional>
#include <memory>

namespace zabota::tests {

// A database with nothing in it yet, not even the schema: a file name in a fresh temporary folder, or a new empty
// database on the test server (dropped at the end). Tests of opening and upgrading a database start from it.
class EmptyDatabase {
public:
    explicit EmptyDatabase(Backend backend = configuredBackend());
    ~EmptyDatabase();
    EmptyDatabase(const EmptyDatabase&) = delete;
    EmptyDatabase& operator=(const EmptyDatabase&) = delete;

    [[nodiscard]] const core::DatabaseAddress& address() const { return m_address; }
    // A temporary folder of the test's own (for SQLite it holds the file).
    [[nodiscard]] QString dir() const { return m_dir.path(); }
    // Opens it as the console does, applying the migrations in `migrationsDir`.
    [[nodiscard]] core::Result<std::unique_ptr<core::Database>>
    open(const QString& migrationsDir = core::Database::defaultMigrationsDir()) const;
    // Runs statements on it as another program would: on a plain connection of its own, with no migrations. Returns
    // the first value the last statement gave, if any.
    QVariant runAsAnotherProgram(const QStringList& statements) const;
    // The names of its tables, sorted, as another program sees them.
    [[nodiscard]] QStringList tables() const;

private:
    // Runs `work` on a plain connection of its own.
    void withConnection(const std::function<void(QSqlDatabase&)>& work) const;

    QTemporaryDir m_dir;
    core::DatabaseAddress m_address;
};

} // namespace zabota::tests
