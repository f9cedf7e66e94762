// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/LoginDialog.h"

#include "tests/support/TestDatabase.h"
#include "tests/ui/FocusedKeys.h"

#include <QLineEdit>

#include <catch2/catch.hpp>

using namespace zabota;
using namespace zabota::tests::keyboard;

namespace {

QLineEdit* edit(const ui::LoginDialog& dialog, const char* name)
{
    auto* found = dialog.findChild<QLineEdit*>(QString::fromLatin1(name));
    REQUIRE(found != nullptr);
    return found;
}

} // namespace

TEST_CASE("a wrong password is said under the fields, the login stays and the password is cleared for a new try",
          "[login]")
{
    tests::TestDatabase db;
    ui::LoginDialog dialog(db.auth(), QStringLiteral("petrova"));
    dialog.show();
    dialog.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&dialog));

    // The last login is filled in: the cursor waits in the password.
    CHECK(focused() == edit(dialog, "password"));
    CHECK(edit(dialog, "password")->echoMode() == QLineEdit::Password);
    type(QStringLiteral("wrong horse"));
    press(Qt::Key_Return);

    REQUIRE(dialog.isVisible());
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK(dialog.message() == QStringLiteral("Wrong login or password."));
    CHECK(edit(dialog, "login")->text() == QStringLiteral("petrova"));
    CHECK(edit(dialog, "password")->text().isEmpty());
    CHECK(focused() == edit(dialog, "password"));
    CHECK(QApplication::overrideCursor() == nullptr);

    type(tests::TestDatabase::kPassword);
    press(Qt::Key_Return);
    REQUIRE(dialog.result() == QDialog::Accepted);
    CHECK(dialog.user().id == db.dispatcher().id);
    CHECK(dialog.user().login == QStringLiteral("petrova"));
}

TEST_CASE("an unknown login gets the same answer as a wrong password, and an empty password is not checked", "[login]")
{
    tests::TestDatabase db;
    ui::LoginDialog dialog(db.auth(), {});
    dialog.show();
    dialog.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&dialog));
    CHECK(focused() == edit(dialog, "login"));

    type(QStringLiteral("nobody"));
    press(Qt::Key_Return);
    CHECK(dialog.message() == QStringLiteral("Enter your password."));
    CHECK(focused() == edit(dialog, "password"));

    type(QStringLiteral("whatever1"));
    press(Qt::Key_Return);
    REQUIRE(dialog.isVisible());
    CHECK(dialog.message() == QStringLiteral("Wrong login or password."));
    CHECK(edit(dialog, "login")->text() == QStringLiteral("nobody"));
    CHECK(edit(dialog, "password")->text().isEmpty());
    CHECK(focused() == edit(dialog, "password"));
}
