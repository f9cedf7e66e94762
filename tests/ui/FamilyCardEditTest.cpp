// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/TestDatabase.h"
#include "tests/ui/FocusedKeys.h"
#include "ui/CategoryPeriodDialog.h"
#include "ui/FamilyCardDialog.h"
#include "ui/MemberDialog.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QTableWidget>

#include <catch2/catch.hpp>

using namespace zabota;
using namespace zabota::tests::keyboard;

namespace {

core::Family create(tests::TestDatabase& t, const core::FamilyDraft& draft)
{
    auto family = t.families().createFamily(draft);
    if (!family)
        FAIL(family.error().message.toStdString());
    return *family;
}

void showAndFocus(QWidget& window)
{
    window.show();
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));
}

} // namespace

TEST_CASE("a child added to the card with the keyboard is checked, kept and saved with the card", "[family][card]")
{
    tests::TestDatabase t;
    const core::Family family = create(t, tests::TestDatabase::familyDraft(QStringLiteral("Лебедева")));
    const QString nextYear = QString::number(t.families().now().date().year() + 1);

    ui::FamilyCardDialog card(t.families(), family.id);
    REQUIRE(card.isLoaded());
    showAndFocus(card);
    card.membersTable()->setFocus();

    QStringList messages;
    QString keptSurname;
    const auto seen = inNextDialog<ui::MemberDialog>([&](ui::MemberDialog& member) {
        typeIn(member, QStringLiteral("Лебедев"));
        pressIn(member, Qt::Key_Tab);
        typeIn(member, QStringLiteral("Миша"));
        pressIn(member, Qt::Key_Tab);
        pressIn(member, Qt::Key_Tab);
        // A birth date that is not a date, then one in the future: both refused with a message, nothing lost.
        typeIn(member, QStringLiteral("31.02.2019"));
        pressIn(member, Qt::Key_Return);
        messages << member.messageText();
        pressIn(member, Qt::Key_A, Qt::ControlModifier);
        typeIn(member, QStringLiteral("01.06.") + nextYear);
        pressIn(member, Qt::Key_Return);
        messages << member.messageText();
        keptSurname = member.member().surname;
        pressIn(member, Qt::Key_A, Qt::ControlModifier);
        typeIn(member, QStringLiteral("01.06.2019"));
        // Sex, then the relation: a son.
        pressIn(member, Qt::Key_Tab);
        pressIn(member, Qt::Key_Tab);
        const int childIndex = int(core::allValues<core::Relation>().indexOf(core::Relation::Child));
        pressIn(member, Qt::Key_Home);
        for (int i = 0; i < childIndex; ++i)
            pressIn(member, Qt::Key_Down);
        pressIn(member, Qt::Key_Return);
    });
    press(Qt::Key_Insert);
    REQUIRE(dialogDone(seen));
    CHECK_FALSE(seen->leftOpen);
    REQUIRE(messages.size() == 2);
    CHECK(messages[0].contains(QStringLiteral("31.02.2019")));
    CHECK(messages[1].contains(nextYear));
    CHECK(keptSurname == QStringLiteral("Лебедев"));

    // In the window, not yet in the database; closing now would ask.
    REQUIRE(card.membersTable()->rowCount() == 2);
    CHECK(card.isModified());
    CHECK(card.compositionLabel()->text().contains(QStringLiteral("1")));
    CHECK(t.familyRepo().get(family.id)->draft.members.size() == 1);

    REQUIRE(card.save());
    CHECK_FALSE(card.isModified());
    const auto stored = t.familyRepo().get(family.id);
    REQUIRE(stored->draft.members.size() == 2);
    const core::FamilyMember& son = stored->draft.members.at(1);
    CHECK(son.fullName() == QStringLiteral("Лебедев Миша"));
    CHECK(son.birthDate == QDate(2019, 6, 1));
    CHECK(son.relation == core::Relation::Child);
    // The registry's "has minors" filter sees the new child.
    core::FamilyFilter minors;
    minors.hasMinors = true;
    CHECK(t.families().registryCount(minors).value() == 1);
    card.close();
}

TEST_CASE("a category whose end is before its start is refused in its dialog", "[family][card]")
{
    tests::TestDatabase t;
    const core::Family family = create(t, tests::TestDatabase::familyDraft(QStringLiteral("Гусева")));
    ui::FamilyCardDialog card(t.families(), family.id);
    REQUIRE(card.isLoaded());
    showAndFocus(card);
    card.categoriesTable()->setFocus();

    QString refused;
    const auto seen = inNextDialog<ui::CategoryPeriodDialog>([&](ui::CategoryPeriodDialog& dialog) {
        auto period = dialog.period();
        CHECK(period.category == core::FamilyCategory::Large);
        // From today, ending a year ago.
        dialog.findChild<QCheckBox*>()->setFocus();
        pressIn(dialog, Qt::Key_Space);
        dialog.findChildren<QDateEdit*>().last()->setDate(t.families().now().date().addYears(-1));
        CHECK(dialog.period().to.has_value());
        pressIn(dialog, Qt::Key_Return);
        const auto* message = dialog.findChild<QLabel*>();
        refused = message && message->isVisible() ? message->text() : QString();
        // Open-ended instead: taken.
        dialog.findChild<QCheckBox*>()->setChecked(false);
        pressIn(dialog, Qt::Key_Return);
    });
    press(Qt::Key_Insert);
    REQUIRE(dialogDone(seen));
    CHECK_FALSE(seen->leftOpen);
    CHECK_FALSE(refused.isEmpty());
    REQUIRE(card.categoriesTable()->rowCount() == 1);
    REQUIRE(card.save());
    const auto stored = t.familyRepo().get(family.id);
    REQUIRE(stored->draft.categories.size() == 1);
    CHECK_FALSE(stored->draft.categories.first().to.has_value());
    card.close();
}

TEST_CASE("closing a card with unsaved edits asks, and No keeps the edits", "[family][card]")
{
    tests::TestDatabase t;
    const core::Family family = create(t, tests::TestDatabase::familyDraft(QStringLiteral("Павлова")));
    ui::FamilyCardDialog card(t.families(), family.id);
    REQUIRE(card.isLoaded());
    showAndFocus(card);
    CHECK_FALSE(card.isModified());
    card.actualAddressEdit()->setText(QStringLiteral("ул. Новая, 1"));
    CHECK(card.isModified());

    const auto question = answerNextQuestion(QMessageBox::No);
    card.reject();
    CHECK(question->asked);
    CHECK(card.isVisible());
    CHECK(card.actualAddressEdit()->text() == QStringLiteral("ул. Новая, 1"));

    const auto again = answerNextQuestion(QMessageBox::Yes);
    card.reject();
    CHECK(again->asked);
    CHECK_FALSE(card.isVisible());
    CHECK(t.familyRepo().get(family.id)->draft.actualAddress.isEmpty());
}
