// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/FirstRunDialog.h"

#include "core/auth/AuthService.h"
#include "core/auth/UserRepository.h"
#include "core/storage/Database.h"
#include "tests/support/TestDatabase.h"
#include "tests/ui/FocusedKeys.h"

#include <QLineEdit>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace zabota;
using namespace zabota::tests::keyboard;

namespace {

QLineEdit* edit(const ui::FirstRunDialog& dialog, const char* name)
{
    auto* found = dialog.findChild<QLineEdit*>(QString::fromLatin1(name));
    REQUIRE(found != nullptr);
    return found;
}

// A database as the console finds it on the first start: migrated, with nobody in it.
struct EmptyDatabase {
    QTemporaryDir dir;
    std::unique_ptr<core::Database> db;
    std::unique_ptr<core::UserRepository> users;
    std::unique_ptr<core::AuthService> auth;

    EmptyDatabase()
    {
        REQUIRE(dir.isValid());
        auto opened = core::Database::openSqlite(dir.filePath(QStringLiteral("zabota.sqlite")));
        REQUIRE(opened.has_value());
        db = std::move(*opened);
        users = std::make_unique<core::UserRepository>(*db);
        auth = std::make_unique<core::AuthService>(*users, tests::TestDatabase::kFastIterations);
    }
};

} // namespace

TEST_CASE("the first-run dialog refuses passwords that differ, keeps what was typed, then creates the administrator",
          "[firstrun]")
{
    EmptyDatabase empty;
    REQUIRE(empty.auth->needsFirstAdmin() == true);
    ui::FirstRunDialog dialog(*empty.auth);
    dialog.show();
    dialog.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&dialog));

    CHECK(edit(dialog, "login")->text() == QStringLiteral("admin"));
    CHECK(focused() == edit(dialog, "fullName"));
    type(QStringLiteral("Смирнова Ольга Ивановна"));
    press(Qt::Key_Tab);
    type(QStringLiteral("secret-pass-1"));
    press(Qt::Key_Tab);
    type(QStringLiteral("secret-pass-2"));
    press(Qt::Key_Return);

    REQUIRE(dialog.isVisible());
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK(dialog.message().contains(QStringLiteral("passwords differ")));
    CHECK(focused() == edit(dialog, "repeatPassword"));
    CHECK(edit(dialog, "fullName")->text() == QStringLiteral("Смирнова Ольга Ивановна"));
    CHECK(edit(dialog, "password")->text() == QStringLiteral("secret-pass-1"));
    CHECK(edit(dialog, "repeatPassword")->text() == QStringLiteral("secret-pass-2"));
    CHECK(empty.auth->needsFirstAdmin() == true);

    // The repeated password is selected: typing replaces it.
    type(QStringLiteral("secret-pass-1"));
    press(Qt::Key_Return);
    REQUIRE(dialog.result() == QDialog::Accepted);
    CHECK(dialog.user().login == QStringLiteral("admin"));
    CHECK(dialog.user().fullName == QStringLiteral("Смирнова Ольга Ивановна"));
    CHECK(dialog.user().hasRole(core::Role::Administrator));
    CHECK(empty.auth->needsFirstAdmin() == false);
    CHECK(empty.auth->login(QStringLiteral("admin"), QStringLiteral("secret-pass-1")).has_value());
}

TEST_CASE("the first-run dialog says what is wrong with a field and puts the cursor there", "[firstrun]")
{
    EmptyDatabase empty;
    ui::FirstRunDialog dialog(*empty.auth);
    dialog.show();
    dialog.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&dialog));

    type(QStringLiteral("Смирнова Ольга"));
    press(Qt::Key_Tab);
    type(QStringLiteral("short"));
    press(Qt::Key_Tab);
    type(QStringLiteral("short"));
    press(Qt::Key_Return);
    CHECK(dialog.message() == QStringLiteral("The password must be at least 8 characters long."));
    CHECK(focused() == edit(dialog, "password"));
    CHECK(edit(dialog, "password")->text() == QStringLiteral("short"));

    // Back to the login, emptied.
    pressTimes(Qt::Key_Backtab, 2);
    REQUIRE(focused() == edit(dialog, "login"));
    press(Qt::Key_A, Qt::ControlModifier);
    press(Qt::Key_Delete);
    press(Qt::Key_Return);
    CHECK(dialog.message() == QStringLiteral("Enter a login."));
    CHECK(focused() == edit(dialog, "login"));
    CHECK(edit(dialog, "fullName")->text() == QStringLiteral("Смирнова Ольга"));
    CHECK(empty.auth->needsFirstAdmin() == true);
}
