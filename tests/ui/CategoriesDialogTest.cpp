// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/CategoriesDialog.h"

#include "tests/support/Keyboard.h"
#include "tests/support/TestDatabase.h"

#include <QLineEdit>
#include <QListWidget>
#include <QTest>

#include <catch2/catch.hpp>

using namespace zabota;

TEST_CASE("an administrator adds a category from the keyboard and it reaches the form's list", "[ui][category]")
{
    tests::TestDatabase t;
    core::JournalService asAdmin(t.journalRepo(), t.categories(), t.admin(), [&t] { return t.now(); });
    ui::CategoriesDialog dialog(asAdmin);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    CHECK(dialog.list()->count() == 11);

    tests::typeText(dialog.titleEdit(), QStringLiteral("Травля в школе"));
    QTest::keyClick(dialog.titleEdit(), Qt::Key_Return);
    CHECK(dialog.list()->count() == 12);
    CHECK(t.journal().categories().value().last().title == QStringLiteral("Травля в школе"));

    // The same title again is refused with a message, and what was typed stays.
    tests::typeText(dialog.titleEdit(), QStringLiteral("ТРАВЛЯ В ШКОЛЕ"));
    QTest::keyClick(dialog.titleEdit(), Qt::Key_Return);
    CHECK_FALSE(dialog.messageText().isEmpty());
    CHECK(dialog.titleEdit()->text() == QStringLiteral("ТРАВЛЯ В ШКОЛЕ"));
    CHECK(dialog.list()->count() == 12);

    // Unticking switches it off for new entries.
    dialog.list()->item(11)->setCheckState(Qt::Unchecked);
    CHECK(t.journal().categories().value().size() == 11);
    CHECK(t.journal().categories(true).value().size() == 12);
}

TEST_CASE("a dispatcher opening the category list is told it is for administrators", "[ui][category]")
{
    tests::TestDatabase t;
    ui::CategoriesDialog dialog(t.journal());
    tests::typeText(dialog.titleEdit(), QStringLiteral("Новая"));
    QTest::keyClick(dialog.titleEdit(), Qt::Key_Return);
    CHECK(dialog.messageText().contains(QStringLiteral("administrator")));
    CHECK(t.journal().categories().value().size() == 11);
}
