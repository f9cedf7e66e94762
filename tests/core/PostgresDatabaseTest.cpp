// SPDX-License-Identifier: GPL-3.0-or-later
// What only a PostgreSQL server does to the console: it may be out of reach, refuse the password or the role, or hold a
// database the console cannot use. Run on the test server (tests/support/PostgresServer.h), in the PostgreSQL run only.
#include "tests/support/PostgresServer.h"
#include "tests/support/TestDatabase.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QSqlQuery>
#include <QTcpServer>

#include <catch2/catch.hpp>

using namespace zabota;
using core::Error;

namespace {

// The message and the detail together, for checks that something never reaches either.
QString everything(const Error& error)
{
    return error.message + QLatin1Char('\n') + error.detail;
}

} // namespace

TEST_CASE("a server out of reach is named in a sentence that says what to check", "[postgres][storage]")
{
    QTcpServer probe; // a port nobody listens on once it is closed
    REQUIRE(probe.listen(QHostAddress::LocalHost, 0));
    const int port = probe.serverPort();
    probe.close();
    auto db = core::Database::open(core::DatabaseAddress::postgres(QStringLiteral("127.0.0.1"), port,
                                                                   QStringLiteral("zabota"), QStringLiteral("zabota"),
                                                                   QStringLiteral("secret")));
    REQUIRE_FALSE(db);
    CHECK(db.error().kind == Error::Kind::CantOpen);
    CHECK(db.error().message.contains(QStringLiteral("127.0.0.1")));
    CHECK(db.error().message.contains(QStringLiteral("server is running")));
    CHECK_FALSE(db.error().message.contains(QStringLiteral("QPSQL")));
    CHECK_FALSE(everything(db.error()).contains(QStringLiteral("secret")));
}

TEST_CASE("a wrong password is refused as a login, and the password is shown nowhere", "[postgres][storage]")
{
    tests::TestDatabase t(tests::Backend::Postgres);
    const QString wrong = QStringLiteral("not-the-password");
    auto db = core::Database::open(t.address().withPassword(wrong));
    REQUIRE_FALSE(db);
    CHECK(db.error().kind == Error::Kind::Auth);
    CHECK(db.error().message.contains(QStringLiteral("«zabota»")));
    CHECK_FALSE(everything(db.error()).contains(wrong));
    CHECK_FALSE(everything(db.error()).contains(t.address().password()));
}

TEST_CASE("a database missing on the server is named", "[postgres][storage]")
{
    tests::TestDatabase t(tests::Backend::Postgres);
    auto db = core::Database::open(t.address().withDatabaseName(QStringLiteral("no_such_centre")));
    REQUIRE_FALSE(db);
    CHECK(db.error().kind == Error::Kind::CantOpen);
    CHECK(db.error().message.contains(QStringLiteral("«no_such_centre»")));
}

TEST_CASE("a database that cannot hold Cyrillic text is refused before anything is written", "[postgres][storage]")
{
    auto& server = tests::PostgresServer::get();
    const QString name = QStringLiteral("zt_ascii_%1").arg(QCoreApplication::applicationPid());
    REQUIRE(server.runAsSuperuser(QStringLiteral("postgres"),
                                  {QStringLiteral("CREATE DATABASE %1 OWNER zabota ENCODING 'SQL_ASCII' LC_COLLATE 'C' "
                                                  "LC_CTYPE 'C' TEMPLATE template0")
                                       .arg(name)}));
    tests::TestDatabase t(tests::Backend::Postgres); // only for the address of the server
    const core::DatabaseAddress ascii = t.address().withDatabaseName(name);
    auto db = core::Database::open(ascii);
    server.dropDatabase(ascii);
    REQUIRE_FALSE(db);
    CHECK(db.error().kind == Error::Kind::Corrupt);
    CHECK(db.error().message.contains(QStringLiteral("SQL_ASCII")));
    CHECK(db.error().message.contains(QStringLiteral("UTF8")));
}

TEST_CASE("a role that may not use the tables gets a sentence for the administrator", "[postgres][storage]")
{
    tests::TestDatabase t(tests::Backend::Postgres);
    auto& server = tests::PostgresServer::get();
    const QString role = QStringLiteral("zt_reader_%1").arg(QCoreApplication::applicationPid());
    REQUIRE(server.runAsSuperuser(QStringLiteral("postgres"),
                                  {QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD 'reader'").arg(role)}));
    const core::DatabaseAddress address = core::DatabaseAddress::postgres(
        t.address().host(), t.address().port(), t.address().databaseName(), role, QStringLiteral("reader"));
    auto db = core::Database::open(address);
    (void)server.runAsSuperuser(QStringLiteral("postgres"), {QStringLiteral("DROP ROLE %1").arg(role)});
    REQUIRE_FALSE(db);
    CHECK(db.error().kind == Error::Kind::ReadOnly);
    CHECK(db.error().message.contains(role));
    CHECK(db.error().message.contains(QStringLiteral("owner")));
}

TEST_CASE("a server that offers TLS is reached encrypted, and its certificate is checked", "[postgres][storage]")
{
    auto server = tests::PostgresServer::startWithTls();
    if (!server)
        FAIL("no PostgreSQL server with TLS: " << server.error().toStdString());
    auto created = (*server)->createDatabase(true);
    REQUIRE(created);
    const core::DatabaseAddress address = *created;
    const auto checked = [&](const core::DatabaseAddress& base, const QString& rootCertificate) {
        return base.withOption(QStringLiteral("sslmode"), QStringLiteral("verify-full"))
            .withOption(QStringLiteral("sslrootcert"), rootCertificate);
    };

    // One server for every check (a section would start it again): with the centre's root certificate the console
    // connects, encrypted.
    {
        auto db = core::Database::open(checked(address, (*server)->rootCertificate()));
        REQUIRE(db);
        QSqlQuery q((*db)->connection());
        REQUIRE(q.exec(QStringLiteral("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()")));
        REQUIRE(q.next());
        CHECK(q.value(0).toBool());
    }
    // A certificate signed by another authority is refused.
    {
        auto db = core::Database::open(checked(address, (*server)->otherRootCertificate()));
        REQUIRE_FALSE(db);
        CHECK(db.error().message.contains(QStringLiteral("is not signed by the authority of the root certificate")));
        CHECK(db.error().field == QStringLiteral("sslrootcert"));
    }
    // A server reached by a name its certificate does not bear is refused.
    {
        const core::DatabaseAddress byName = core::DatabaseAddress::postgres(
            QStringLiteral("localhost"), address.port(), address.databaseName(), address.user(), address.password());
        auto db = core::Database::open(checked(byName, (*server)->rootCertificate()));
        REQUIRE_FALSE(db);
        CHECK(db.error().message.contains(QStringLiteral("made out for another name than localhost")));
        CHECK(db.error().field == QStringLiteral("host"));
    }
    // A root certificate file that is not there is named as the thing to fix.
    {
        auto db = core::Database::open(checked(address, (*server)->rootCertificate() + QLatin1String(".missing")));
        REQUIRE_FALSE(db);
        CHECK(db.error().message.contains(QStringLiteral("root certificate")));
        CHECK(db.error().field == QStringLiteral("sslrootcert"));
    }
    (*server)->dropDatabase(address);
}
