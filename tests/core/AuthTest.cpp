// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/auth/PasswordHasher.h"
#include "tests/support/EmptyDatabase.h"
#include "tests/support/TestDatabase.h"

#include <QSqlQuery>

#include <catch2/catch.hpp>

using namespace zabota;
using core::Role;

TEST_CASE("real accounts store PBKDF2-SHA256 with at least 600,000 iterations and a salt of their own", "[auth]")
{
    tests::EmptyDatabase empty;
    auto db = empty.open();
    REQUIRE(db.has_value());
    core::UserRepository users(**db);
    core::AuthService auth(users); // the production iteration count
    REQUIRE(auth.needsFirstAdmin().value());
    auto admin = auth.createFirstAdmin(
        {QStringLiteral("Admin"), QStringLiteral("Иванова Мария"), QStringLiteral("s3cret-пароль"), {}});
    REQUIRE(admin.has_value());
    CHECK(admin->login == QStringLiteral("admin"));
    CHECK(admin->hasRole(Role::Administrator));
    CHECK_FALSE(auth.needsFirstAdmin().value());

    auto second = auth.addUser(*admin, {QStringLiteral("sidorov"),
                                        QStringLiteral("Сидоров Олег"),
                                        QStringLiteral("s3cret-пароль"),
                                        {Role::Dispatcher}});
    REQUIRE(second.has_value());

    QSqlQuery query((*db)->connection());
    REQUIRE(query.exec(QStringLiteral("SELECT password_hash FROM app_user ORDER BY id")));
    QStringList hashes;
    while (query.next())
        hashes << query.value(0).toString();
    REQUIRE(hashes.size() == 2);
    for (const QString& hash : hashes) {
        CHECK(hash.startsWith(QStringLiteral("pbkdf2-sha256$")));
        CHECK(core::PasswordHasher::iterationsOf(hash) >= 600'000);
        CHECK_FALSE(hash.contains(QStringLiteral("s3cret")));
    }
    // The same password gives different hashes: each user has a salt of their own.
    CHECK(hashes[0] != hashes[1]);

    CHECK(auth.login(QStringLiteral("ADMIN "), QStringLiteral("s3cret-пароль")).has_value());
}

TEST_CASE("a wrong password or an unknown login is refused with one message", "[auth]")
{
    tests::TestDatabase t;
    auto wrong = t.auth().login(QStringLiteral("petrova"), QStringLiteral("incorrect horse"));
    REQUIRE_FALSE(wrong.has_value());
    CHECK(wrong.error().kind == core::Error::Kind::Auth);
    auto unknown = t.auth().login(QStringLiteral("nobody"), tests::TestDatabase::kPassword);
    REQUIRE_FALSE(unknown.has_value());
    CHECK(unknown.error().message == wrong.error().message);
    auto right = t.auth().login(QStringLiteral("petrova"), tests::TestDatabase::kPassword);
    REQUIRE(right.has_value());
    CHECK(right->fullName == QStringLiteral("Петрова Анна Сергеевна"));
    CHECK(right->roles == QList<Role>{Role::Dispatcher});
}

TEST_CASE("only an administrator adds users, and a taken login or a short password is refused", "[auth]")
{
    tests::TestDatabase t;
    const core::NewUser curator{QStringLiteral("kuznetsova"),
                                QStringLiteral("Кузнецова Ольга"),
                                QStringLiteral("long enough"),
                                {Role::Curator}};
    auto byDispatcher = t.auth().addUser(t.dispatcher(), curator);
    REQUIRE_FALSE(byDispatcher.has_value());
    CHECK(byDispatcher.error().kind == core::Error::Kind::Auth);

    REQUIRE(t.auth().addUser(t.admin(), curator).has_value());
    auto again = t.auth().addUser(t.admin(), curator);
    REQUIRE_FALSE(again.has_value());
    CHECK(again.error().field == QStringLiteral("login"));

    auto shortPassword = t.auth().addUser(
        t.admin(),
        {QStringLiteral("orlov"), QStringLiteral("Орлов Иван"), QStringLiteral("1234567"), {Role::Supervisor}});
    REQUIRE_FALSE(shortPassword.has_value());
    CHECK(shortPassword.error().field == QStringLiteral("password"));

    auto noRole = t.auth().addUser(
        t.admin(), {QStringLiteral("orlov"), QStringLiteral("Орлов Иван"), QStringLiteral("12345678"), {}});
    REQUIRE_FALSE(noRole.has_value());
    CHECK(noRole.error().field == QStringLiteral("roles"));
    CHECK(t.auth().users().value().size() == 3);
}

TEST_CASE("the first administrator can be created only once", "[auth]")
{
    tests::TestDatabase t;
    auto second = t.auth().createFirstAdmin(
        {QStringLiteral("root"), QStringLiteral("Второй Админ"), QStringLiteral("long enough"), {}});
    REQUIRE_FALSE(second.has_value());
    CHECK(second.error().kind == core::Error::Kind::Conflict);
}
