// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/LifeSituationsDialog.h"

#include "tests/support/PartnerNetwork.h"
#include "tests/support/TestDatabase.h"
#include "tests/ui/FocusedKeys.h"
#include "ui/LifeSituationDialog.h"

#include <QListWidget>
#include <QPlainTextEdit>
#include <QTreeWidget>

#include <catch2/catch.hpp>

using namespace zabota;
using namespace zabota::tests::keyboard;

namespace {

void showAndFocus(QDialog& dialog)
{
    dialog.show();
    dialog.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&dialog));
}

} // namespace

TEST_CASE("an administrator adds a step and a partner to a situation from the keyboard", "[ui][navigator]")
{
    tests::TestDatabase t;
    tests::PartnerNetwork n(t);
    core::JournalService asAdmin(t.journalRepo(), t.categories(), t.admin(), [&t] { return t.now(); });
    ui::LifeSituationsDialog dialog(n.adminNavigator(), asAdmin, n.adminPartners());
    showAndFocus(dialog);
    REQUIRE(dialog.tree()->topLevelItemCount() == 12);
    REQUIRE(focused() == dialog.tree());
    const core::LifeSituation before = n.situation(QStringLiteral("Супружеский кризис, конфликт в семье"));
    REQUIRE(dialog.currentId() == before.id);
    const core::Partner zags = n.partner(QStringLiteral("Отдел ЗАГС города Тюмени"));

    std::shared_ptr<DialogSeen> edited = inNextDialog<ui::LifeSituationDialog>([&](ui::LifeSituationDialog& form) {
        CHECK_FALSE(form.isReadOnly());
        // Alt+L: the checklist; a new step at its end.
        pressIn(form, Qt::Key_L, Qt::AltModifier);
        CHECK(form.focusWidget() == form.field(QStringLiteral("steps")));
        pressIn(form, Qt::Key_End, Qt::ControlModifier);
        pressIn(form, Qt::Key_Return);
        typeIn(form, QStringLiteral("Предложить онлайн-консультацию для супруга в командировке"));
        // Alt+P: the partners; the situation's own come first, ticked. Tick the civil registry office.
        pressIn(form, Qt::Key_P, Qt::AltModifier);
        QListWidget* list = form.partnerList();
        CHECK(form.focusWidget() == list);
        CHECK(list->item(0)->checkState() == Qt::Checked);
        CHECK(list->item(1)->checkState() == Qt::Checked);
        for (int i = 0; i < list->count() && list->currentItem()->data(Qt::UserRole).toLongLong() != zags.id; ++i)
            pressIn(form, Qt::Key_Down);
        pressIn(form, Qt::Key_Space);
        pressIn(form, Qt::Key_Return, Qt::NoModifier);
    });
    press(Qt::Key_Return);
    REQUIRE(dialogDone(edited));
    CHECK_FALSE(edited->leftOpen);

    const core::LifeSituation after = n.navigator().situation(before.id).value();
    REQUIRE(after.items.size() == before.items.size() + 1);
    CHECK(after.items.last().text == QStringLiteral("Предложить онлайн-консультацию для супруга в командировке"));
    CHECK(after.items.first() == before.items.first());
    REQUIRE(after.partners.size() == before.partners.size() + 1);
    CHECK(after.partners.last().id == zags.id);
    CHECK(dialog.tree()->currentItem()->text(3) == QString::number(after.items.size()));
}

TEST_CASE("a dispatcher reads a situation and cannot switch it off", "[ui][navigator]")
{
    tests::TestDatabase t;
    tests::PartnerNetwork n(t);
    ui::LifeSituationsDialog dialog(n.navigator(), t.journal(), n.partners());
    showAndFocus(dialog);

    std::shared_ptr<DialogSeen> read = inNextDialog<ui::LifeSituationDialog>([](ui::LifeSituationDialog& form) {
        CHECK(form.isReadOnly());
        CHECK(qobject_cast<QPlainTextEdit*>(form.field(QStringLiteral("steps")))->isReadOnly());
        CHECK(form.draft().steps.size() == 6);
        pressIn(form, Qt::Key_Escape);
    });
    press(Qt::Key_Return);
    REQUIRE(dialogDone(read));

    press(Qt::Key_Delete);
    CHECK(dialog.messageText().contains(QStringLiteral("administrator")));
    CHECK(n.navigator().situations().value().size() == 12);
}
