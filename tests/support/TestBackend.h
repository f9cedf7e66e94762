// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace zabota::tests {

// The database the tests run on: SQLite files by default, a PostgreSQL server when ZABOTA_TEST_BACKEND=postgres
// (ctest runs the core tests once each way). A test about SQLite files in particular asks for Backend::Sqlite and is
// tagged [sqlite]; one about PostgreSQL alone asks for Backend::Postgres and is tagged [postgres].
enum class Backend { Sqlite, Postgres };

[[nodiscard]] Backend configuredBackend();

} // namespace zabota::tests
