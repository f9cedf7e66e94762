// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/DistrictsDialog.h"

#include "tests/support/TestDatabase.h"
#include "tests/ui/FocusedKeys.h"

#include <QInputDialog>
#include <QTreeWidget>

#include <catch2/catch.hpp>

using namespace zabota;
using namespace zabota::tests::keyboard;

TEST_CASE("an administrator adds a micro-district with Insert, and a taken name is said and offered again",
          "[ui][districts]")
{
    tests::TestDatabase t;
    ui::DistrictsDialog dialog(t.adminFamilies());
    dialog.show();
    dialog.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&dialog));
    QTreeWidget* tree = dialog.tree();
    REQUIRE(tree->topLevelItemCount() == 4);
    REQUIRE(tree->topLevelItem(0)->childCount() == 4);
    tree->setFocus();
    tree->setCurrentItem(tree->topLevelItem(0));

    // First a name the district has already; the dialog asks again, offering it, and then a new one is typed.
    QStringList offered;
    std::shared_ptr<DialogSeen> second;
    auto answer = [&offered](QInputDialog& input, const QString& name) {
        offered << input.textValue();
        input.setTextValue(name);
        pressIn(input, Qt::Key_Return);
    };
    const auto first = inNextDialog<QInputDialog>([&](QInputDialog& input) {
        answer(input, QStringLiteral("Микроучасток 3"));
        // Armed only now, so that it waits for the dialog asked next.
        second = inNextDialog<QInputDialog>([&](QInputDialog& again) { answer(again, QStringLiteral("Тарманы")); });
    });
    press(Qt::Key_Insert);
    REQUIRE(dialogDone(first));
    REQUIRE(second);
    REQUIRE(dialogDone(second));
    CHECK_FALSE(second->leftOpen);
    CHECK(offered == QStringList{QString(), QStringLiteral("Микроучасток 3")});
    CHECK(dialog.messageText().isEmpty());
    REQUIRE(tree->topLevelItem(0)->childCount() == 5);
    CHECK(tree->currentItem()->text(0) == QStringLiteral("Тарманы"));
    CHECK(t.adminFamilies().microDistricts().value().size() == 17);
}

TEST_CASE("a refused rename is said under the list and changes nothing", "[ui][districts]")
{
    tests::TestDatabase t;
    ui::DistrictsDialog dialog(t.adminFamilies());
    dialog.tree()->setCurrentItem(dialog.tree()->topLevelItem(1));
    dialog.rename(QStringLiteral("Центральный"));
    CHECK(dialog.messageText().contains(QStringLiteral("Центральный")));
    CHECK(t.adminFamilies().districts().value().at(1).name == QStringLiteral("Калининский"));
    dialog.rename(QStringLiteral("Калининский АО"));
    CHECK(dialog.messageText().isEmpty());
    CHECK(t.adminFamilies().districts().value().at(1).name == QStringLiteral("Калининский АО"));
}
