// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/DatabaseAddress.h"

#include "tests/support/QtPrinting.h"

#include <catch2/catch.hpp>

using namespace zabota;
using core::DatabaseAddress;

TEST_CASE("a PostgreSQL address gives the server, the port, the database, the user and the password",
          "[storage][address]")
{
    auto address = DatabaseAddress::parse(
        QStringLiteral("postgresql://dispatcher:s%40cret%3A1@db.centre.local:6432/zabota?sslmode=require"));
    REQUIRE(address);
    CHECK(address->isPostgres());
    CHECK(address->host() == QStringLiteral("db.centre.local"));
    CHECK(address->port() == 6432);
    CHECK(address->databaseName() == QStringLiteral("zabota"));
    CHECK(address->user() == QStringLiteral("dispatcher"));
    CHECK(address->password() == QStringLiteral("s@cret:1"));
    CHECK(address->options() ==
          QList<std::pair<QString, QString>>{{QStringLiteral("sslmode"), QStringLiteral("require")}});
    CHECK(address->connectOptions() == QStringLiteral("sslmode='require'"));

    // postgres:// too; no port is the usual one, no host the server on this computer.
    auto local = DatabaseAddress::parse(QStringLiteral("postgres:///zabota"));
    REQUIRE(local);
    CHECK(local->host().isEmpty());
    CHECK(local->port() == -1);
    CHECK(local->databaseName() == QStringLiteral("zabota"));
    CHECK(local->user().isEmpty());
    CHECK(local->shown() == QStringLiteral("postgresql:///zabota"));

    // The server's socket on this computer, as a user; an IPv6 server.
    auto socket = DatabaseAddress::parse(QStringLiteral("postgresql://zabota@/zabota?host=/var/run/postgresql"));
    REQUIRE(socket);
    CHECK(socket->host().isEmpty());
    CHECK(socket->user() == QStringLiteral("zabota"));
    CHECK(socket->connectOptions() == QStringLiteral("host='/var/run/postgresql'"));
    auto ipv6 = DatabaseAddress::parse(QStringLiteral("postgresql://zabota@[::1]:5433/zabota"));
    REQUIRE(ipv6);
    CHECK(ipv6->host() == QStringLiteral("::1"));
    CHECK(ipv6->port() == 5433);
    CHECK(ipv6->shown() == QStringLiteral("postgresql://zabota@[::1]:5433/zabota"));
}

TEST_CASE("the address shown and logged never carries the password", "[storage][address]")
{
    auto address = DatabaseAddress::parse(QStringLiteral("postgresql://dispatcher:secret@db:5433/zabota"));
    REQUIRE(address);
    CHECK(address->shown() == QStringLiteral("postgresql://dispatcher@db:5433/zabota"));
    CHECK_FALSE(address->withPassword(QStringLiteral("other")).shown().contains(QStringLiteral("other")));

    const QString commandLine = QStringLiteral("zabota --database postgresql://dispatcher:secret@db/zabota --lang ru "
                                               "--database=postgres://u:p%40ss@h:1/d?password=leak");
    const QString logged = DatabaseAddress::withoutPasswords(commandLine);
    CHECK_FALSE(logged.contains(QStringLiteral("secret")));
    CHECK_FALSE(logged.contains(QStringLiteral("p%40ss")));
    CHECK_FALSE(logged.contains(QStringLiteral("leak")));
    CHECK(logged.contains(QStringLiteral("postgresql://dispatcher@db/zabota --lang ru")));
}

TEST_CASE("a path is an SQLite file, whatever characters it has", "[storage][address]")
{
    for (const QString& path : {QStringLiteral("/home/anna/zabota.sqlite"), QStringLiteral("база данных.sqlite"),
                                QStringLiteral("C:/Забота/zabota.sqlite")}) {
        INFO(path.toStdString());
        auto address = DatabaseAddress::parse(path);
        REQUIRE(address);
        CHECK_FALSE(address->isPostgres());
        CHECK(address->path() == path);
        CHECK(address->shown() == path);
    }
}

TEST_CASE("a wrong database address is refused with a sentence that says how to write it", "[storage][address]")
{
    const QList<std::pair<QString, QString>> wrong = {
        {QStringLiteral("postgresql://dispatcher@db"), QStringLiteral("names no database")},
        {QStringLiteral("postgresql://dispatcher@db:0/zabota"), QStringLiteral("port 0")},
        {QStringLiteral("postgresql://dispatcher@db/zabota?sslmod=require"), QStringLiteral("sslmod")},
        {QStringLiteral("postgresql://dispatcher@db/zabota?sslmode=always"), QStringLiteral("sslmode=always")},
        {QStringLiteral("mysql://dispatcher@db/zabota"), QStringLiteral("postgresql://")},
        {QStringLiteral("postgresql://dispatcher:pass word@db:54x/zabota"), QStringLiteral("cannot be read")},
        {QStringLiteral("  "), QStringLiteral("No database")},
    };
    for (const auto& [text, sentence] : wrong) {
        INFO(text.toStdString());
        auto address = DatabaseAddress::parse(text);
        REQUIRE_FALSE(address);
        CHECK(address.error().kind == core::Error::Kind::Validation);
        CHECK(address.error().message.contains(sentence));
        // The password typed stays out of the message, which reaches the screen and the log.
        CHECK_FALSE(address.error().message.contains(QStringLiteral("pass word")));
    }
}
