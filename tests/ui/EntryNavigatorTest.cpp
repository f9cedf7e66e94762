// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/PartnerNetwork.h"
#include "tests/support/TestDatabase.h"
#include "tests/ui/FocusedKeys.h"
#include "ui/EntryDialog.h"

#include <QCheckBox>
#include <QComboBox>

#include <catch2/catch.hpp>

using namespace zabota;
using namespace zabota::tests::keyboard;

namespace {

const QString kFire = QStringLiteral("Пожар или затопление: нужен приют или временное жильё");

void showAndFocus(ui::EntryDialog& dialog)
{
    dialog.show();
    dialog.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&dialog));
}

QComboBox* combo(const ui::EntryDialog& dialog, const char* field)
{
    auto* box = qobject_cast<QComboBox*>(dialog.field(QString::fromLatin1(field)));
    REQUIRE(box != nullptr);
    return box;
}

QList<bool> ticks(const ui::EntryDialog& dialog)
{
    QList<bool> result;
    for (const QCheckBox* box : dialog.checklistBoxes())
        result << box->isChecked();
    return result;
}

core::JournalEntry onlyEntry(tests::TestDatabase& db)
{
    const auto page = db.journal().page({}, 0, 10);
    REQUIRE(page.has_value());
    REQUIRE(page->size() == 1);
    return page->first();
}

} // namespace

TEST_CASE("a situation chosen from the keyboard sets category and urgency, and its ticks come back with the entry",
          "[entry][navigator]")
{
    tests::TestDatabase db;
    tests::PartnerNetwork n(db);
    ui::EntryDialog dialog(db.journal());
    dialog.enableNavigator(n.navigator());
    showAndFocus(dialog);

    type(QStringLiteral("Кузнецова Ольга"));
    press(Qt::Key_Tab);
    type(QStringLiteral("8 912 000-11-22"));
    // Past the referring agency and its document number, the life situation.
    pressTimes(Qt::Key_Tab, 3);
    REQUIRE(focused() == dialog.field(QStringLiteral("situation")));
    CHECK(dialog.checklistBoxes().isEmpty());
    CHECK(dialog.situationPartnersText().isEmpty());

    type(QStringLiteral("Пож"));
    CHECK(combo(dialog, "situation")->currentText() == kFire);
    CHECK(combo(dialog, "category")->currentText() == QStringLiteral("Жилищные вопросы"));
    CHECK(combo(dialog, "urgency")->currentText() == QStringLiteral("Emergency"));
    // The partners to call, with their kind and phone.
    const QString partners = dialog.situationPartnersText();
    CHECK(partners.contains(QStringLiteral("Центр «Мария», кризисное отделение для женщин с детьми")));
    CHECK(partners.contains(QStringLiteral("8 (3452) 00-00-04")));
    CHECK(partners.contains(QStringLiteral("Civil registry office")));

    // The steps come right after the situation: tick the first and the third.
    const QList<QCheckBox*> boxes = dialog.checklistBoxes();
    REQUIRE(boxes.size() == 6);
    press(Qt::Key_Tab);
    CHECK(focused() == boxes[0]);
    press(Qt::Key_Space);
    pressTimes(Qt::Key_Tab, 2);
    CHECK(focused() == boxes[2]);
    press(Qt::Key_Space);
    CHECK(ticks(dialog) == QList<bool>{true, false, true, false, false, false});
    // Past the other steps, the category and the urgency it set, to the summary.
    pressTimes(Qt::Key_Tab, 4);
    CHECK(focused() == dialog.field(QStringLiteral("category")));
    pressTimes(Qt::Key_Tab, 2);
    REQUIRE(focused() == dialog.field(QStringLiteral("summary")));
    type(QStringLiteral("Сгорела квартира, трое детей"));
    press(Qt::Key_Return, Qt::ControlModifier);

    REQUIRE(dialog.result() == QDialog::Accepted);
    const core::JournalEntry entry = onlyEntry(db);
    CHECK(entry.categoryTitle == QStringLiteral("Жилищные вопросы"));
    CHECK(entry.draft.urgency == core::Urgency::Emergency);
    const auto kept = n.navigator().checklistOf(entry.id);
    REQUIRE(kept.has_value());
    CHECK(kept->situationTitle == kFire);
    CHECK(kept->tickedCount() == 2);

    // Opened again, the entry shows its situation and what was ticked.
    ui::EntryDialog again(db.journal(), entry);
    again.enableNavigator(n.navigator());
    showAndFocus(again);
    CHECK(combo(again, "situation")->currentText() == kFire);
    CHECK(ticks(again) == QList<bool>{true, false, true, false, false, false});
    CHECK_FALSE(again.isModified());
    CHECK(again.situationPartnersText().contains(QStringLiteral("Отдел ЗАГС города Тюмени")));
}

TEST_CASE("a category chosen by hand stays when a situation is chosen, the urgency follows", "[entry][navigator]")
{
    tests::TestDatabase db;
    tests::PartnerNetwork n(db);
    ui::EntryDialog dialog(db.journal());
    dialog.enableNavigator(n.navigator());
    showAndFocus(dialog);

    press(Qt::Key_Y, Qt::AltModifier);
    type(QStringLiteral("Прав"));
    REQUIRE(combo(dialog, "category")->currentText() == QStringLiteral("Правовая помощь"));
    // Alt+S: the life situation.
    press(Qt::Key_S, Qt::AltModifier);
    REQUIRE(focused() == dialog.field(QStringLiteral("situation")));
    type(QStringLiteral("Насилие"));
    CHECK(combo(dialog, "situation")->currentText() == QStringLiteral("Насилие в семье"));
    CHECK(combo(dialog, "category")->currentText() == QStringLiteral("Правовая помощь"));
    CHECK(combo(dialog, "urgency")->currentText() == QStringLiteral("Emergency"));

    // Another situation: the urgency the form set follows it again.
    press(Qt::Key_Home);
    // A pause, as a person makes: letters typed at once search on from «Насилие».
    QTest::qWait(QApplication::keyboardInputInterval() + 100);
    type(QStringLiteral("Многодет"));
    CHECK(combo(dialog, "situation")->currentText() == QStringLiteral("Многодетная семья"));
    CHECK(combo(dialog, "urgency")->currentText() == QStringLiteral("Planned"));
    CHECK(combo(dialog, "category")->currentText() == QStringLiteral("Правовая помощь"));
    CHECK(dialog.checklistBoxes().size() == 5);

    // No situation: no steps, nothing kept.
    press(Qt::Key_Home);
    CHECK(dialog.checklistBoxes().isEmpty());
    CHECK_FALSE(dialog.checklist().situationId.has_value());
}

TEST_CASE("a save refused for a situation switched off meanwhile keeps the form and saves nothing",
          "[entry][navigator]")
{
    tests::TestDatabase db;
    tests::PartnerNetwork n(db);
    ui::EntryDialog dialog(db.journal());
    dialog.enableNavigator(n.navigator());
    showAndFocus(dialog);

    type(QStringLiteral("Кузнецова Ольга"));
    press(Qt::Key_S, Qt::AltModifier);
    type(QStringLiteral("Пож"));
    press(Qt::Key_Tab);
    press(Qt::Key_Space);
    press(Qt::Key_M, Qt::AltModifier);
    type(QStringLiteral("Затопили соседи сверху"));
    // The administrator switches the situation off while the dispatcher is on the call.
    REQUIRE(n.adminNavigator().deactivateSituation(n.situation(kFire).id));
    press(Qt::Key_Return, Qt::ControlModifier);

    REQUIRE(dialog.isVisible());
    CHECK(dialog.bannerText().contains(kFire));
    CHECK(focused() == dialog.field(QStringLiteral("situation")));
    CHECK(ticks(dialog).first());
    CHECK(db.journal().count({}).value() == 0);

    // Choosing no situation lets the appeal in.
    press(Qt::Key_Home);
    press(Qt::Key_Return, Qt::ControlModifier);
    REQUIRE(dialog.result() == QDialog::Accepted);
    CHECK(onlyEntry(db).registrationNumber() == QStringLiteral("1/2026"));
}
