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
#include <QPlainTextEdit>
#include <QPushButton>
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

TEST_CASE("a card saved meanwhile at another desk: the save names who and when, and Reload keeps the edits",
          "[family][card]")
{
    tests::TestDatabase t;
    const core::Family family = create(t, tests::TestDatabase::familyDraft(QStringLiteral("Орлова")));
    ui::FamilyCardDialog card(t.families(), family.id);
    REQUIRE(card.isLoaded());
    showAndFocus(card);

    // The administrator saves the card at another desk at 14:41.
    t.setNow(QDateTime(QDate(2026, 3, 10), QTime(14, 41)));
    core::FamilyDraft theirs = family.draft;
    theirs.actualAddress = QStringLiteral("ул. Садовая, 2");
    theirs.housingNotes = QStringLiteral("Съёмная квартира");
    REQUIRE(t.adminFamilies().updateFamily(family.id, family.version, theirs));

    // Meanwhile the curator types the actual address and the income.
    t.setNow(QDateTime(QDate(2026, 3, 10), QTime(14, 45)));
    card.actualAddressEdit()->setFocus();
    type(QStringLiteral("ул. Новая, 1"));
    card.incomeEdit()->setFocus();
    type(QStringLiteral("Пособие"));
    CHECK_FALSE(card.save());

    CHECK(card.bannerText().startsWith(QStringLiteral("Family card %1 was changed by Администратор Системы at 14:41 "
                                                      "(10.03.2026) while you were editing it. Your changes are still "
                                                      "in the form")
                                           .arg(family.cardNo)));
    REQUIRE(card.reloadButton()->isVisible());
    CHECK(focused() == card.reloadButton());
    CHECK(card.actualAddressEdit()->text() == QStringLiteral("ул. Новая, 1"));
    CHECK(card.incomeEdit()->toPlainText() == QStringLiteral("Пособие"));
    CHECK(t.familyRepo().get(family.id)->draft == theirs);

    // Reload: the card as saved, with the income put back; the address both changed shows theirs and is named.
    press(Qt::Key_Space);
    CHECK(card.actualAddressEdit()->text() == QStringLiteral("ул. Садовая, 2"));
    CHECK(card.housingEdit()->toPlainText() == QStringLiteral("Съёмная квартира"));
    CHECK(card.incomeEdit()->toPlainText() == QStringLiteral("Пособие"));
    CHECK(card.bannerText() == QStringLiteral("Card %1 now shows what Администратор Системы saved at 14:41 "
                                              "(10.03.2026). Your changes to Income are back in the form: save to "
                                              "keep them. You both changed Actual address (yours: «ул. Новая, 1»): the "
                                              "card shows their version, and «Put my version back» shows yours.")
                                   .arg(family.cardNo));
    CHECK_FALSE(card.reloadButton()->isVisible());
    REQUIRE(card.useMineButton()->isVisible());
    CHECK(card.isModified());

    // The curator takes her address after all, and saves: nothing of either is lost.
    card.useMineButton()->click();
    CHECK(card.actualAddressEdit()->text() == QStringLiteral("ул. Новая, 1"));
    CHECK_FALSE(card.useMineButton()->isVisible());
    REQUIRE(card.save());
    const auto stored = t.familyRepo().get(family.id).value();
    CHECK(stored.version == 3);
    CHECK(stored.draft.actualAddress == QStringLiteral("ул. Новая, 1"));
    CHECK(stored.draft.incomeNotes == QStringLiteral("Пособие"));
    CHECK(stored.draft.housingNotes == QStringLiteral("Съёмная квартира"));
    CHECK(stored.updatedByName == t.dispatcher().fullName);
}
