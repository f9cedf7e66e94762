// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/DatabaseAddress.h"

#include <QString>
#include <QStringList>

#include <expected>
#include <memory>

namespace zabota::tests {

// A throwaway PostgreSQL cluster for the tests: initdb into a temporary folder (as the `postgres` user when the tests
// run as root), a server on 127.0.0.1 at a free port with a SCRAM password, fsync off. The console's role `zabota`
// owns every test database, as a production database is owned by the console's role; the superuser only creates and
// drops them. A template database carries every shipped migration, so that a test database is a quick copy of it.
//
// One server serves a whole ctest run: the fixture test started with `--postgres-server start DIR` starts it and
// writes where it listens into DIR (the build's tests/postgres-server, or ZABOTA_TEST_POSTGRES), where the test
// processes find it; the fixture `--postgres-server stop DIR` stops it. A test executable that finds no running server
// there starts one of its own at its first PostgreSQL test and stops it when it ends. A watchdog process stops a
// server whose owner died.
class PostgresServer final {
public:
    ~PostgresServer();
    PostgresServer(const PostgresServer&) = delete;
    PostgresServer& operator=(const PostgresServer&) = delete;

    // The server of this test process: the shared one when there is one, else its own, started now. Fails the
    // running test with the reason when no server can be started (defined in PostgresServerInTests.cpp, the one part
    // that needs Catch).
    static PostgresServer& get();
    // The same for a program that is not a Catch test (a benchmark): the reason when no server can be started.
    [[nodiscard]] static std::expected<PostgresServer*, QString> instance();

    // A server of the calling test's own that offers TLS: its certificate, for 127.0.0.1, is signed by an authority
    // made for it (rootCertificate()); otherRootCertificate() is another authority's, which signed nothing of it.
    // Stopped when the object goes. Needs openssl.
    [[nodiscard]] static std::expected<std::unique_ptr<PostgresServer>, QString> startWithTls();
    [[nodiscard]] QString rootCertificate() const;
    [[nodiscard]] QString otherRootCertificate() const;

    // A new database owned by the console's role: a copy of the migrated template, or an empty one.
    [[nodiscard]] std::expected<core::DatabaseAddress, QString> createDatabase(bool migrated);
    // Drops a database made by createDatabase, closing whatever connections to it are still open.
    void dropDatabase(const core::DatabaseAddress& address);
    // Runs statements on the database `databaseName` as the server's superuser.
    [[nodiscard]] std::expected<void, QString> runAsSuperuser(const QString& databaseName,
                                                              const QStringList& statements);

    // The `--postgres-server start|stop DIR` entry point of a test executable; returns the exit code.
    static int runFixture(const QStringList& arguments);

private:
    struct Cluster;
    explicit PostgresServer(std::unique_ptr<Cluster> cluster);

    std::unique_ptr<Cluster> m_cluster;
};

} // namespace zabota::tests
