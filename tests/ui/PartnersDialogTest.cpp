// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/PartnersDialog.h"

#include "tests/support/PartnerNetwork.h"
#include "tests/support/TestDatabase.h"
#include "tests/ui/FocusedKeys.h"
#include "ui/PartnerDialog.h"

#include <QComboBox>
#include <QLineEdit>
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

QStringList shownNames(const ui::PartnersDialog& dialog)
{
    QStringList names;
    for (int row = 0; row < dialog.tree()->topLevelItemCount(); ++row)
        names << dialog.tree()->topLevelItem(row)->text(0);
    return names;
}

} // namespace

TEST_CASE("an administrator adds a partner with Insert, changes it with Enter and deactivates it with Delete",
          "[ui][partner]")
{
    tests::TestDatabase t;
    tests::PartnerNetwork n(t);
    ui::PartnersDialog dialog(n.adminPartners());
    showAndFocus(dialog);
    const int seeded = dialog.tree()->topLevelItemCount();
    REQUIRE(seeded >= 15);
    REQUIRE(focused() == dialog.tree());

    // Insert: the kind first, then the name; a name taken is refused in the form, which stays open.
    std::shared_ptr<DialogSeen> added = inNextDialog<ui::PartnerDialog>([](ui::PartnerDialog& form) {
        typeIn(form, QStringLiteral("Kin"));
        CHECK(qobject_cast<QComboBox*>(form.field(QStringLiteral("kind")))->currentText() ==
              QStringLiteral("Kindergarten"));
        pressIn(form, Qt::Key_Tab);
        typeIn(form, QStringLiteral("МАДОУ ДЕТСКИЙ САД № 1 ГОРОДА ТЮМЕНИ"));
        pressIn(form, Qt::Key_Return);
        CHECK(form.isVisible());
        CHECK(form.messageText().contains(QStringLiteral("МАДОУ детский сад № 1 города Тюмени")));
        CHECK(form.focusWidget() == form.field(QStringLiteral("name")));
        qobject_cast<QLineEdit*>(form.field(QStringLiteral("name")))->clear();
        typeIn(form, QStringLiteral("Детский сад «Ёлочка»"));
        pressIn(form, Qt::Key_Tab);
        typeIn(form, QStringLiteral("Группа кратковременного пребывания"));
        pressIn(form, Qt::Key_Tab);
        typeIn(form, QStringLiteral("8 (3452) 00-00-50"));
        pressIn(form, Qt::Key_Return);
    });
    press(Qt::Key_Insert);
    REQUIRE(dialogDone(added));
    CHECK_FALSE(added->leftOpen);
    CHECK(dialog.tree()->topLevelItemCount() == seeded + 1);
    REQUIRE(dialog.tree()->currentItem() != nullptr);
    CHECK(dialog.tree()->currentItem()->text(0) == QStringLiteral("Детский сад «Ёлочка»"));
    CHECK(dialog.tree()->currentItem()->text(2) == QStringLiteral("8 (3452) 00-00-50"));
    const core::Partner saved = n.partner(QStringLiteral("Детский сад «Ёлочка»"));
    CHECK(saved.kind == core::PartnerKind::Kindergarten);
    CHECK(saved.services == QStringLiteral("Группа кратковременного пребывания"));

    // Enter: the same partner, opened to change its territory.
    REQUIRE(awaitFocus() == dialog.tree());
    std::shared_ptr<DialogSeen> changed = inNextDialog<ui::PartnerDialog>([](ui::PartnerDialog& form) {
        CHECK_FALSE(form.isReadOnly());
        form.field(QStringLiteral("territory"))->setFocus();
        typeIn(form, QStringLiteral("Восточный АО"));
        pressIn(form, Qt::Key_Return);
    });
    press(Qt::Key_Return);
    REQUIRE(dialogDone(changed));
    CHECK(n.partner(QStringLiteral("Детский сад «Ёлочка»")).territory == QStringLiteral("Восточный АО"));

    // Delete asks first, then the partner is no longer in the list of those in use.
    REQUIRE(awaitFocus() == dialog.tree());
    const auto question = answerNextQuestion(QMessageBox::Yes);
    press(Qt::Key_Delete);
    CHECK(question->asked);
    CHECK(question->text.contains(QStringLiteral("Детский сад «Ёлочка»")));
    CHECK(dialog.tree()->topLevelItemCount() == seeded);
    CHECK_FALSE(n.partners().partner(saved.id)->active);
    CHECK(dialog.messageText().isEmpty());
}

TEST_CASE("the kind filter and the search box narrow the list of partners", "[ui][partner]")
{
    tests::TestDatabase t;
    tests::PartnerNetwork n(t);
    ui::PartnersDialog dialog(n.partners());
    showAndFocus(dialog);

    press(Qt::Key_K, Qt::AltModifier);
    REQUIRE(focused() == dialog.kindFilter());
    type(QStringLiteral("Pol"));
    CHECK(dialog.kindFilter()->currentText() == QStringLiteral("Police"));
    CHECK(shownNames(dialog) ==
          QStringList{QStringLiteral("ОП № 1 УМВД России по г. Тюмени, подразделение по делам несовершеннолетних")});

    press(Qt::Key_Home);
    press(Qt::Key_S, Qt::AltModifier);
    REQUIRE(focused() == dialog.searchEdit());
    type(QStringLiteral("многодетн"));
    CHECK(shownNames(dialog).size() == 2);
    CHECK(shownNames(dialog).contains(
        QStringLiteral("Региональная общественная организация многодетных семей Тюменской области")));
    // Enter in the search box goes to the list.
    press(Qt::Key_Return);
    CHECK(focused() == dialog.tree());
    CHECK(dialog.isVisible());
}

TEST_CASE("a dispatcher opens a partner to read, and Delete is refused under the list", "[ui][partner]")
{
    tests::TestDatabase t;
    tests::PartnerNetwork n(t);
    ui::PartnersDialog dialog(n.partners());
    showAndFocus(dialog);
    const int count = dialog.tree()->topLevelItemCount();

    std::shared_ptr<DialogSeen> read = inNextDialog<ui::PartnerDialog>([](ui::PartnerDialog& form) {
        CHECK(form.isReadOnly());
        CHECK(qobject_cast<QLineEdit*>(form.field(QStringLiteral("name")))->isReadOnly());
        CHECK(qobject_cast<QLineEdit*>(form.field(QStringLiteral("name")))->text() ==
              QStringLiteral("МАОУ СОШ № 1 города Тюмени"));
        pressIn(form, Qt::Key_Escape);
    });
    press(Qt::Key_Return);
    REQUIRE(dialogDone(read));
    CHECK_FALSE(read->leftOpen);

    press(Qt::Key_Delete);
    CHECK(dialog.messageText().contains(QStringLiteral("administrator")));
    press(Qt::Key_Insert);
    CHECK(dialog.messageText().contains(QStringLiteral("administrator")));
    CHECK(dialog.tree()->topLevelItemCount() == count);
    CHECK(n.partners().list().value().size() == count);
}
