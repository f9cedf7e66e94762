// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/CommandLine.h"

#include <QCoreApplication>

namespace zabota::core {
struct Error;
struct MoveReport;
} // namespace zabota::core

namespace zabota::app {

// `zabota migrate`: moves a single desk's SQLite database to the PostgreSQL database that several workstations share
// (core::DatabaseMover), or with --verify compares the two. Progress goes to stderr, line by line; at the end the
// table of every table's rows on both sides and whether the checksums match goes to stdout. The server's password
// comes from the address, --password-file, ZABOTA_PASSWORD or libpq's ~/.pgpass and is never printed. Ctrl+C (or
// another stop signal) stops the copy after its batch of rows and leaves the target as it was.
class MigrateCommand final {
    Q_DECLARE_TR_FUNCTIONS(zabota::app::MigrateCommand)

public:
    explicit MigrateCommand(MigrateCommandOptions options);

    // The exit code: 0, or one of CommandLine::kUsageError and kMigrate….
    [[nodiscard]] int run();

private:
    // The table of every table's rows and checksums, on stdout.
    static void printTable(const core::MoveReport& report);

    MigrateCommandOptions m_options;
};

} // namespace zabota::app
