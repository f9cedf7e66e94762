// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/TestDatabase.h"
#include "tests/ui/FocusedKeys.h"
#include "ui/EntryDialog.h"
#include "ui/FamilyLinkPanel.h"
#include "ui/NewFamilyDialog.h"

#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>

#include <catch2/catch.hpp>

using namespace zabota;
using namespace zabota::tests::keyboard;

namespace {

void showAndFocus(QWidget& window)
{
    window.show();
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));
}

// Fills the appeal itself: the applicant, the phone, the first category, the summary. Focus starts on the applicant.
void typeAppeal(const QString& name, const QString& phone, const QString& summary)
{
    type(name);
    press(Qt::Key_Tab);
    type(phone);
    // Past the agency and the document no. to the category; past the urgency to the summary.
    pressTimes(Qt::Key_Tab, 3);
    press(Qt::Key_Down);
    pressTimes(Qt::Key_Tab, 2);
    type(summary);
}

} // namespace

TEST_CASE("a family is created from a journal entry with the keyboard and found again by phone", "[ui][family]")
{
    tests::TestDatabase t;

    // The first call: nobody knows the family yet.
    {
        ui::EntryDialog dialog(t.journal());
        dialog.enableFamilies(t.families());
        showAndFocus(dialog);
        typeAppeal(QStringLiteral("Сорокина Ирина Павловна"), QStringLiteral("+7 (912) 555-44-33"),
                   QStringLiteral("Просит помочь с оформлением пособия"));
        // The phone was looked up as soon as it was typed: nothing is known.
        QTest::qWait(300);
        CHECK(dialog.familyPanel()->results()->count() == 0);

        QString surname;
        const auto seen = inNextDialog<ui::NewFamilyDialog>([&surname](ui::NewFamilyDialog& newFamily) {
            surname = newFamily.draft().members.value(0).surname;
            // The name and phone came with the entry; the cursor waits in the address.
            typeIn(newFamily, QStringLiteral("г. Тюмень, ул. Ленина, д. 5, кв. 12"));
            pressIn(newFamily, Qt::Key_Return);
        });
        press(Qt::Key_W, Qt::AltModifier);
        CHECK(dialogDone(seen));
        CHECK_FALSE(seen->leftOpen);
        CHECK(surname == QStringLiteral("Сорокина"));
        CHECK(dialog.familyPanel()->linkText().contains(QStringLiteral("Сорокина")));
        // Nothing is written before the entry is saved.
        CHECK(t.families().registryCount({}).value() == 0);

        press(Qt::Key_Return, Qt::ControlModifier);
        INFO(dialog.bannerText().toStdString());
        REQUIRE(dialog.result() == QDialog::Accepted);
        REQUIRE(dialog.savedEntry());
        REQUIRE(dialog.savedEntry()->familyId);
    }
    REQUIRE(t.families().registryCount({}).value() == 1);
    const auto lookup = t.families().lookupByPhone(QStringLiteral("8 912 555 44 33"));
    REQUIRE(lookup);
    REQUIRE(lookup->families.size() == 1);
    const core::FamilySummary family = lookup->families.first();
    CHECK(family.registeredAddress == QStringLiteral("г. Тюмень, ул. Ленина, д. 5, кв. 12"));
    CHECK(family.firstMemberName == QStringLiteral("Сорокина Ирина Павловна"));
    CHECK(lookup->entries.size() == 1);

    // The next call from her: the dispatcher types the first digits of the number in the family box.
    ui::EntryDialog dialog(t.journal());
    dialog.enableFamilies(t.families());
    showAndFocus(dialog);
    typeAppeal(QStringLiteral("Сорокина"), {}, QStringLiteral("Снова звонит по пособию"));
    press(Qt::Key_F, Qt::AltModifier);
    REQUIRE(focused() == dialog.familyPanel()->searchEdit());
    type(QStringLiteral("8 912 555"));
    REQUIRE(QTest::qWaitFor([&] { return dialog.familyPanel()->results()->count() == 1; }, 2000));
    CHECK(dialog.familyPanel()->results()->item(0)->text().contains(family.cardNo));
    // Enter takes the family under the cursor; the next Enter saves the entry.
    press(Qt::Key_Return);
    CHECK(dialog.isVisible());
    CHECK(dialog.familyPanel()->linkText().contains(family.cardNo));
    press(Qt::Key_Return);
    REQUIRE(dialog.result() == QDialog::Accepted);
    REQUIRE(dialog.savedEntry());
    CHECK(dialog.savedEntry()->familyId == family.id);
    CHECK(t.families().entriesOf(family.id).value().size() == 2);
}

TEST_CASE("making a family that is already in the registry shows the candidates and takes the chosen one",
          "[ui][family]")
{
    tests::TestDatabase t;
    const auto existing = t.families().createFamily(tests::TestDatabase::familyDraft(
        QStringLiteral("Ёлкина"), QDate(2015, 4, 1), QStringLiteral("89120000001"), QStringLiteral("ул. Мира, 1")));
    REQUIRE(existing);

    ui::EntryDialog dialog(t.journal());
    dialog.enableFamilies(t.families());
    showAndFocus(dialog);
    // Another phone, but the same address written another way.
    typeAppeal(QStringLiteral("Елкина Мария"), QStringLiteral("8 922 000 00 02"), QStringLiteral("Консультация"));
    const auto seen = inNextDialog<ui::NewFamilyDialog>([](ui::NewFamilyDialog& newFamily) {
        typeIn(newFamily, QStringLiteral("улица Мира, дом 1"));
        pressIn(newFamily, Qt::Key_Return);
        // The candidate is listed with the reason, the cursor on it; nothing was created.
        // (CHECK, not REQUIRE: this runs inside the dialog's event loop.)
        CHECK(newFamily.isVisible());
        CHECK(newFamily.candidates()->count() == 1);
        CHECK(newFamily.focusWidget() == newFamily.candidates());
        pressIn(newFamily, Qt::Key_Return);
    });
    press(Qt::Key_W, Qt::AltModifier);
    CHECK(dialogDone(seen));
    CHECK_FALSE(seen->leftOpen);
    CHECK(t.families().registryCount({}).value() == 1);
    CHECK(dialog.familyPanel()->linkText().contains(existing->cardNo));
    press(Qt::Key_Return, Qt::ControlModifier);
    REQUIRE(dialog.savedEntry());
    CHECK(dialog.savedEntry()->familyId == existing->id);
    CHECK(t.families().registryCount({}).value() == 1);
}

TEST_CASE("a family chosen in a form that is then cancelled is not linked", "[ui][family]")
{
    tests::TestDatabase t;
    const auto existing = t.families().createFamily(
        tests::TestDatabase::familyDraft(QStringLiteral("Кротова"), {}, QStringLiteral("89120000003")));
    REQUIRE(existing);
    auto entry = t.journal().registerEntry(t.draft(QStringLiteral("Кротова"), QStringLiteral("Вопрос")));
    REQUIRE(entry);

    ui::EntryDialog dialog(t.journal(), *entry);
    dialog.enableFamilies(t.families());
    showAndFocus(dialog);
    press(Qt::Key_F, Qt::AltModifier);
    press(Qt::Key_A, Qt::ControlModifier);
    type(QStringLiteral("кротова"));
    REQUIRE(QTest::qWaitFor([&] { return dialog.familyPanel()->results()->count() == 1; }, 2000));
    press(Qt::Key_Return);
    CHECK(dialog.isModified());
    const auto question = answerNextQuestion(QMessageBox::Yes);
    press(Qt::Key_Escape);
    CHECK(question->asked);
    CHECK_FALSE(dialog.isVisible());
    CHECK(t.families().entriesOf(existing->id).value().isEmpty());
}
