// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/Database.h"
#include "tests/support/TestDatabase.h"

#include <QStringList>
#include <QVariant>

#include <memory>

namespace zabota::tests {

// A desk's SQLite file with a few years of demo work in it (users, appeals, family cards, cases with plans and
// protocols, handoffs, the audit log), and a new database on the test PostgreSQL server made by the console's
// migrations, as a centre's administrator would make it to move the desk there. The server database is dropped at
// the end.
class MoveFixture {
public:
    static constexpr int kEntries = 1500;
    static constexpr int kFamilies = 150;

    MoveFixture();
    ~MoveFixture();
    MoveFixture(const MoveFixture&) = delete;
    MoveFixture& operator=(const MoveFixture&) = delete;

    // The desk: the source of the move.
    [[nodiscard]] TestDatabase& desk() { return *m_desk; }
    [[nodiscard]] QString deskPath() const { return m_desk->path(); }
    // The new database on the server: the target.
    [[nodiscard]] const core::DatabaseAddress& server() const { return m_server; }
    // Opens the server's database as a workstation does.
    [[nodiscard]] std::unique_ptr<core::Database> openServer() const;
    // Runs statements on the server's database as its superuser, as an administrator (or a fault) would.
    void asSuperuser(const QStringList& statements) const;
    // The first value of a query on the server's database, read as a workstation reads it.
    [[nodiscard]] QVariant serverValue(const QString& sql) const;

private:
    std::unique_ptr<TestDatabase> m_desk;
    core::DatabaseAddress m_server;
};

} // namespace zabota::tests
