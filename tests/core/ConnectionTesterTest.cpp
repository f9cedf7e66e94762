// SPDX-License-Identifier: GPL-3.0-or-later
// Trying a database before the console is pointed at it: what the test says of a file, and that it changes nothing.
// The PostgreSQL side is tried through the dialog against the test server (tests/ui/DatabaseConnectionDialogTest.cpp).
#include "core/storage/ConnectionTester.h"

#include "tests/support/TestDatabase.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace zabota;
using Outcome = core::ConnectionTestResult::Outcome;

TEST_CASE("trying a database file says what it is and makes nothing", "[sqlite][storage]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());

    const QString missing = dir.filePath(QStringLiteral("new-desk.sqlite"));
    const auto fresh = core::ConnectionTester::testNow(core::DatabaseAddress::sqlite(missing));
    CHECK(fresh.outcome == Outcome::NewDatabase);
    CHECK(fresh.reached());
    CHECK(fresh.message.contains(QStringLiteral("the console creates it there at its next start")));
    CHECK_FALSE(QFileInfo::exists(missing));

    tests::TestDatabase t(tests::Backend::Sqlite);
    REQUIRE(t.journal().registerEntry(t.draft(QStringLiteral("Смирнова Ольга"), QStringLiteral("Развод"))));
    const auto used = core::ConnectionTester::testNow(t.address());
    CHECK(used.outcome == Outcome::Reached);
    CHECK(used.message.contains(QStringLiteral("is a Zabota database with 1 journal entr")));

    const QString notes = dir.filePath(QStringLiteral("notes.txt"));
    QFile file(notes);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("shopping list\n");
    file.close();
    const auto text = core::ConnectionTester::testNow(core::DatabaseAddress::sqlite(notes));
    CHECK(text.outcome == Outcome::NotUsable);
    CHECK(text.message.contains(QStringLiteral("is not a Zabota database")));
    CHECK(text.field == QStringLiteral("file"));

    const auto folder = core::ConnectionTester::testNow(core::DatabaseAddress::sqlite(dir.path()));
    CHECK_FALSE(folder.reached());
    CHECK(folder.message.contains(QStringLiteral("is a folder")));

    const auto nowhere = core::ConnectionTester::testNow(
        core::DatabaseAddress::sqlite(dir.filePath(QStringLiteral("no/such/x.sqlite"))));
    CHECK_FALSE(nowhere.reached());
    CHECK(nowhere.message.contains(QStringLiteral("does not exist")));
    CHECK_FALSE(QDir(dir.filePath(QStringLiteral("no"))).exists());
}
