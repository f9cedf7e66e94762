// SPDX-License-Identifier: GPL-3.0-or-later
// PostgresServer::get(), the one part of the test server that needs Catch: the rest serves the benchmarks too.
#include "tests/support/PostgresServer.h"

#include <catch2/catch.hpp>

namespace zabota::tests {

PostgresServer& PostgresServer::get()
{
    auto server = instance();
    if (!server)
        FAIL("no PostgreSQL server for the tests: " << server.error().toStdString());
    return **server;
}

} // namespace zabota::tests
