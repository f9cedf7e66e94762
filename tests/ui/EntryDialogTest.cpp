// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/EntryDialog.h"

#include "tests/support/TestDatabase.h"
#include "tests/ui/FocusedKeys.h"

#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>

#include <catch2/catch.hpp>

using namespace zabota;
using namespace zabota::tests::keyboard;

namespace {

void showAndFocus(ui::EntryDialog& dialog)
{
    dialog.show();
    dialog.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&dialog));
}

QString textOf(const ui::EntryDialog& dialog, const char* field)
{
    QWidget* widget = dialog.field(QString::fromLatin1(field));
    if (auto* edit = qobject_cast<QLineEdit*>(widget))
        return edit->text();
    if (auto* text = qobject_cast<QPlainTextEdit*>(widget))
        return text->toPlainText();
    if (auto* combo = qobject_cast<QComboBox*>(widget))
        return combo->currentText();
    FAIL("no text field " << field);
    return {};
}

QString focusedField(const ui::EntryDialog& dialog)
{
    for (const char* name :
         {"receivedAt", "channel", "line", "callerType", "anonymous", "applicantName", "applicantPhone",
          "referringAgency", "referringDocNo", "category", "urgency", "summary", "actionTaken", "status"}) {
        if (dialog.field(QString::fromLatin1(name)) == focused())
            return QString::fromLatin1(name);
    }
    if (auto* button = qobject_cast<QPushButton*>(focused()))
        return button->text().remove(QLatin1Char('&'));
    return focused() ? QString::fromLatin1(focused()->metaObject()->className()) : QStringLiteral("nothing");
}

core::JournalEntry onlyEntry(tests::TestDatabase& db)
{
    auto count = db.journal().count({});
    REQUIRE(count.has_value());
    REQUIRE(*count == 1);
    auto page = db.journal().page({}, 0, 10);
    REQUIRE(page.has_value());
    REQUIRE(page->size() == 1);
    return page->first();
}

int journalSize(tests::TestDatabase& db)
{
    auto count = db.journal().count({});
    REQUIRE(count.has_value());
    return *count;
}

// From the first field (received at), Tab to the summary.
void tabFromTopToSummary()
{
    pressTimes(Qt::Key_Tab, 11);
}

} // namespace

TEST_CASE("a dispatcher registers an appeal by typing alone and Enter saves it", "[entry]")
{
    tests::TestDatabase db;
    ui::EntryDialog dialog(db.journal());
    showAndFocus(dialog);

    // Received now, by phone, from a parent: the cursor waits in the name.
    CHECK(focusedField(dialog) == QStringLiteral("applicantName"));
    type(QStringLiteral("Иванова Мария Петровна"));
    press(Qt::Key_Tab);
    CHECK(focusedField(dialog) == QStringLiteral("applicantPhone"));
    type(QStringLiteral("8 912 000-11-22"));
    pressTimes(Qt::Key_Tab, 3);
    CHECK(focusedField(dialog) == QStringLiteral("category"));
    type(QStringLiteral("Прав"));
    CHECK(textOf(dialog, "category") == QStringLiteral("Правовая помощь"));
    pressTimes(Qt::Key_Tab, 2);
    CHECK(focusedField(dialog) == QStringLiteral("summary"));
    type(QStringLiteral("Просит консультацию юриста"));
    // Enter inside the summary starts a new line instead of saving.
    press(Qt::Key_Return);
    REQUIRE(dialog.isVisible());
    type(QStringLiteral("по алиментам"));
    pressTimes(Qt::Key_Tab, 2);
    CHECK(focusedField(dialog) == QStringLiteral("status"));
    press(Qt::Key_Return);

    REQUIRE(dialog.result() == QDialog::Accepted);
    CHECK_FALSE(dialog.isVisible());
    CHECK(dialog.bannerText().isEmpty());
    const core::JournalEntry entry = onlyEntry(db);
    REQUIRE(dialog.savedEntry().has_value());
    CHECK(dialog.savedEntry()->id == entry.id);
    CHECK(entry.registrationNumber() == QStringLiteral("1/2026"));
    CHECK(entry.draft.receivedAt == QDateTime(QDate(2026, 3, 10), QTime(14, 30)));
    CHECK(entry.draft.channel == core::Channel::Phone);
    CHECK(entry.draft.callerType == core::CallerType::Parent);
    CHECK_FALSE(entry.draft.anonymous);
    CHECK(entry.draft.applicantName == QStringLiteral("Иванова Мария Петровна"));
    CHECK(entry.draft.applicantPhone == QStringLiteral("8 912 000-11-22"));
    CHECK(entry.phoneDigits == QStringLiteral("79120001122"));
    CHECK(entry.categoryTitle == QStringLiteral("Правовая помощь"));
    CHECK(entry.draft.summary == QStringLiteral("Просит консультацию юриста\nпо алиментам"));
    CHECK(entry.draft.status == core::EntryStatus::New);
    CHECK(entry.createdBy == db.dispatcher().id);
}

TEST_CASE("Tab walks the form in reading order and reaches Save after the status", "[entry]")
{
    tests::TestDatabase db;
    ui::EntryDialog dialog(db.journal());
    showAndFocus(dialog);

    QStringList backwards;
    for (int i = 0; i < 5; ++i) {
        press(Qt::Key_Backtab);
        backwards << focusedField(dialog);
    }
    CHECK(backwards.join(QLatin1Char(' ')) == QStringLiteral("anonymous callerType line channel receivedAt"));

    QStringList forwards;
    for (int i = 0; i < 14; ++i) {
        press(Qt::Key_Tab);
        forwards << focusedField(dialog);
    }
    CHECK(forwards.join(QLatin1Char(' ')) ==
          QStringLiteral("channel line callerType anonymous applicantName applicantPhone referringAgency "
                         "referringDocNo category urgency summary actionTaken status Save"));
    auto* buttons = dialog.findChild<QDialogButtonBox*>();
    REQUIRE(buttons != nullptr);
    CHECK(focused() == buttons->button(QDialogButtonBox::Save));

    // Alt and the underlined letter jump straight to a field.
    press(Qt::Key_M, Qt::AltModifier);
    CHECK(focusedField(dialog) == QStringLiteral("summary"));
    press(Qt::Key_Y, Qt::AltModifier);
    CHECK(focusedField(dialog) == QStringLiteral("category"));
}

TEST_CASE("ticking Anonymous keeps no name or phone, and unticking brings back what was typed", "[entry]")
{
    tests::TestDatabase db;
    ui::EntryDialog dialog(db.journal());
    showAndFocus(dialog);
    auto* name = qobject_cast<QLineEdit*>(dialog.field(QStringLiteral("applicantName")));
    auto* phone = qobject_cast<QLineEdit*>(dialog.field(QStringLiteral("applicantPhone")));
    REQUIRE(name);
    REQUIRE(phone);

    type(QStringLiteral("Сидоров"));
    press(Qt::Key_Tab);
    type(QStringLiteral("55-12-34"));
    pressTimes(Qt::Key_Backtab, 2);
    REQUIRE(focusedField(dialog) == QStringLiteral("anonymous"));

    press(Qt::Key_Space);
    CHECK(dialog.draft().anonymous);
    CHECK_FALSE(name->isEnabled());
    CHECK_FALSE(phone->isEnabled());
    CHECK(name->text().isEmpty());
    CHECK(phone->text().isEmpty());

    press(Qt::Key_Space);
    CHECK(name->isEnabled());
    CHECK(name->text() == QStringLiteral("Сидоров"));
    CHECK(phone->text() == QStringLiteral("55-12-34"));

    press(Qt::Key_Space);
    // The disabled name and phone are skipped: the next stop is the referring agency.
    press(Qt::Key_Tab);
    CHECK(focusedField(dialog) == QStringLiteral("referringAgency"));
    pressTimes(Qt::Key_Tab, 2);
    type(QStringLiteral("Проч"));
    pressTimes(Qt::Key_Tab, 2);
    REQUIRE(focusedField(dialog) == QStringLiteral("summary"));
    type(QStringLiteral("Молчит, потом плачет"));
    // Ctrl+Enter saves from inside the text.
    press(Qt::Key_Return, Qt::ControlModifier);

    REQUIRE(dialog.result() == QDialog::Accepted);
    const core::JournalEntry entry = onlyEntry(db);
    CHECK(entry.draft.anonymous);
    CHECK(entry.draft.applicantName.isEmpty());
    CHECK(entry.draft.applicantPhone.isEmpty());
    CHECK(entry.categoryTitle == QStringLiteral("Прочее"));
    CHECK(entry.draft.summary == QStringLiteral("Молчит, потом плачет"));
}

TEST_CASE("an invalid phone is named in the banner, the form stays open and keeps everything typed", "[entry]")
{
    tests::TestDatabase db;
    ui::EntryDialog dialog(db.journal());
    showAndFocus(dialog);

    type(QStringLiteral("Козлова Елена"));
    press(Qt::Key_Tab);
    type(QStringLiteral("12ab"));
    press(Qt::Key_Tab);
    type(QStringLiteral("Школа № 5"));
    pressTimes(Qt::Key_Tab, 2);
    type(QStringLiteral("Жил"));
    pressTimes(Qt::Key_Tab, 2);
    type(QStringLiteral("Семья без жилья"));
    press(Qt::Key_Tab);
    type(QStringLiteral("Дан адрес приюта"));
    press(Qt::Key_Tab);
    press(Qt::Key_Return);

    CHECK(dialog.isVisible());
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK_FALSE(dialog.savedEntry().has_value());
    CHECK(dialog.bannerText().contains(QStringLiteral("«12ab» is not a phone number")));
    CHECK_FALSE(dialog.reloadOffered());
    CHECK(focusedField(dialog) == QStringLiteral("applicantPhone"));
    CHECK(textOf(dialog, "applicantName") == QStringLiteral("Козлова Елена"));
    CHECK(textOf(dialog, "applicantPhone") == QStringLiteral("12ab"));
    CHECK(textOf(dialog, "referringAgency") == QStringLiteral("Школа № 5"));
    CHECK(textOf(dialog, "category") == QStringLiteral("Жилищные вопросы"));
    CHECK(textOf(dialog, "summary") == QStringLiteral("Семья без жилья"));
    CHECK(textOf(dialog, "actionTaken") == QStringLiteral("Дан адрес приюта"));
    CHECK(journalSize(db) == 0);

    // The cursor is in the phone: correct it and save.
    pressTimes(Qt::Key_Backspace, 4);
    type(QStringLiteral("+7 912 345 67 89"));
    press(Qt::Key_Return);
    REQUIRE(dialog.result() == QDialog::Accepted);
    CHECK(dialog.bannerText().isEmpty());
    const core::JournalEntry entry = onlyEntry(db);
    CHECK(entry.draft.applicantPhone == QStringLiteral("+7 912 345 67 89"));
    CHECK(entry.draft.referringAgency == QStringLiteral("Школа № 5"));
    CHECK(entry.draft.actionTaken == QStringLiteral("Дан адрес приюта"));
}

TEST_CASE("a summary over the limit is counted in red and refused without losing a character", "[entry]")
{
    tests::TestDatabase db;
    ui::EntryDialog dialog(db.journal());
    showAndFocus(dialog);
    auto* counter = dialog.findChild<QLabel*>(QStringLiteral("summaryCounter"));
    REQUIRE(counter != nullptr);
    CHECK(counter->text() == QStringLiteral("0/4000"));

    type(QStringLiteral("Иванов"));
    pressTimes(Qt::Key_Tab, 4);
    type(QStringLiteral("Прав"));
    pressTimes(Qt::Key_Tab, 2);
    type(QStringLiteral("Звонок"));
    CHECK(counter->text() == QStringLiteral("6/4000"));
    CHECK(counter->styleSheet().isEmpty());

    const QString pasted = QString(3995, QLatin1Char('x'));
    QApplication::clipboard()->setText(pasted);
    press(Qt::Key_V, Qt::ControlModifier);
    CHECK(counter->text() == QStringLiteral("4001/4000"));
    CHECK(counter->styleSheet().contains(QStringLiteral("color")));

    press(Qt::Key_Return, Qt::ControlModifier);
    CHECK(dialog.isVisible());
    CHECK(dialog.bannerText().contains(QStringLiteral("4001 characters")));
    CHECK(focusedField(dialog) == QStringLiteral("summary"));
    CHECK(textOf(dialog, "summary") == QStringLiteral("Звонок") + pasted);
    CHECK(journalSize(db) == 0);
}

TEST_CASE("Esc closes an untouched form at once, and asks before throwing away what was typed", "[entry]")
{
    tests::TestDatabase db;
    ui::EntryDialog dialog(db.journal());
    showAndFocus(dialog);

    SECTION("nothing typed: no question")
    {
        auto question = answerNextQuestion(QMessageBox::No);
        press(Qt::Key_Escape);
        QCoreApplication::processEvents();
        CHECK_FALSE(question->asked);
        CHECK_FALSE(dialog.isVisible());
        CHECK(dialog.result() == QDialog::Rejected);
    }

    SECTION("something typed: No keeps the form, Yes closes it")
    {
        type(QStringLiteral("Петров"));
        auto no = answerNextQuestion(QMessageBox::No);
        press(Qt::Key_Escape);
        CHECK(no->asked);
        CHECK(no->text == QStringLiteral("Discard the changes?"));
        REQUIRE(dialog.isVisible());
        CHECK(textOf(dialog, "applicantName") == QStringLiteral("Петров"));

        auto yes = answerNextQuestion(QMessageBox::Yes);
        press(Qt::Key_Escape);
        CHECK(yes->asked);
        CHECK_FALSE(dialog.isVisible());
        CHECK(dialog.result() == QDialog::Rejected);
        CHECK_FALSE(dialog.savedEntry().has_value());
        CHECK(journalSize(db) == 0);
    }
}

TEST_CASE("editing an entry saves a new version and its history lists the change", "[entry]")
{
    tests::TestDatabase db;
    auto registered = db.journal().registerEntry(db.draft(QStringLiteral("Иванова"), QStringLiteral("Первичное")));
    REQUIRE(registered.has_value());
    db.setNow(QDateTime(QDate(2026, 3, 10), QTime(15, 5)));

    ui::EntryDialog dialog(db.journal(), *registered);
    showAndFocus(dialog);
    CHECK(dialog.headerText() ==
          QStringLiteral("Entry 1/2026 · registered by Петрова Анна Сергеевна at 10.03.2026 14:30"));
    CHECK(dialog.historyLines().isEmpty());
    CHECK(focusedField(dialog) == QStringLiteral("receivedAt"));
    CHECK_FALSE(dialog.isModified());

    tabFromTopToSummary();
    REQUIRE(focusedField(dialog) == QStringLiteral("summary"));
    press(Qt::Key_A, Qt::ControlModifier);
    type(QStringLiteral("Повторное"));
    pressTimes(Qt::Key_Tab, 2);
    REQUIRE(focusedField(dialog) == QStringLiteral("status"));
    press(Qt::Key_Down);
    CHECK(textOf(dialog, "status") == QStringLiteral("In work"));
    press(Qt::Key_Return);

    REQUIRE(dialog.result() == QDialog::Accepted);
    REQUIRE(dialog.savedEntry().has_value());
    CHECK(dialog.savedEntry()->version == 2);
    auto stored = db.journal().entry(registered->id);
    REQUIRE(stored.has_value());
    CHECK(stored->version == 2);
    CHECK(stored->draft.summary == QStringLiteral("Повторное"));
    CHECK(stored->draft.status == core::EntryStatus::InWork);
    CHECK(stored->draft.applicantName == QStringLiteral("Иванова"));
    CHECK(journalSize(db) == 1);

    ui::EntryDialog reopened(db.journal(), *stored);
    CHECK(reopened.headerText() ==
          QStringLiteral("Entry 1/2026 · registered by Петрова Анна Сергеевна at 10.03.2026 14:30 · last changed by "
                         "Петрова Анна Сергеевна at 10.03.2026 15:05"));
    const QStringList history = reopened.historyLines();
    CHECK(history.size() == 2);
    CHECK(
        history.contains(QStringLiteral("10.03.2026 15:05 — Петрова Анна Сергеевна: Summary: Первичное → Повторное")));
    CHECK(history.contains(QStringLiteral("10.03.2026 15:05 — Петрова Анна Сергеевна: Status: New → In work")));
}

TEST_CASE("a save over a colleague's newer change is refused with who and when, and Reload keeps what was typed",
          "[entry]")
{
    tests::TestDatabase db;
    auto registered = db.journal().registerEntry(db.draft(QStringLiteral("Иванова"), QStringLiteral("Первичное")));
    REQUIRE(registered.has_value());
    ui::EntryDialog dialog(db.journal(), *registered);
    showAndFocus(dialog);

    // The administrator changes the summary of the same entry at another desk at 14:32, while the form is open.
    const QDateTime theirTime(QDate(2026, 3, 10), QTime(14, 32));
    core::JournalService colleague(db.journalRepo(), db.categories(), db.admin(), [&] { return theirTime; });
    core::EntryDraft theirs = registered->draft;
    theirs.summary = QStringLiteral("Изменено коллегой");
    REQUIRE(colleague.updateEntry(registered->id, registered->version, theirs).has_value());

    // The dispatcher rewrites the summary and writes the action taken.
    tabFromTopToSummary();
    press(Qt::Key_A, Qt::ControlModifier);
    type(QStringLiteral("Моя правка"));
    press(Qt::Key_Tab);
    REQUIRE(focusedField(dialog) == QStringLiteral("actionTaken"));
    type(QStringLiteral("Записана к психологу"));
    press(Qt::Key_Return, Qt::ControlModifier);

    REQUIRE(dialog.isVisible());
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK(dialog.bannerText().startsWith(
        QStringLiteral("Entry 1/2026 was changed by Администратор Системы at 14:32 (10.03.2026) while you were editing "
                       "it. Your changes are still in the form")));
    CHECK(dialog.reloadOffered());
    CHECK(textOf(dialog, "summary") == QStringLiteral("Моя правка"));
    CHECK(textOf(dialog, "actionTaken") == QStringLiteral("Записана к психологу"));
    auto stored = db.journal().entry(registered->id);
    REQUIRE(stored.has_value());
    CHECK(stored->version == 2);
    CHECK(stored->draft.summary == QStringLiteral("Изменено коллегой"));
    CHECK(stored->draft.actionTaken.isEmpty());

    // The cursor is on Reload, and Enter reloads without a question, since nothing typed is lost: the colleague's
    // summary is shown, the dispatcher's action taken is put back, and the dispatcher's summary is quoted.
    CHECK(focusedField(dialog) == QStringLiteral("Reload"));
    auto question = answerNextQuestion(QMessageBox::No);
    press(Qt::Key_Return);
    QTest::qWait(50);
    CHECK_FALSE(question->asked);
    CHECK(textOf(dialog, "summary") == QStringLiteral("Изменено коллегой"));
    CHECK(textOf(dialog, "actionTaken") == QStringLiteral("Записана к психологу"));
    CHECK(dialog.bannerText() ==
          QStringLiteral("Entry 1/2026 now shows what Администратор Системы saved at 14:32 (10.03.2026). Your changes "
                         "to Action taken are back in the form: save to keep them. You both changed Summary (yours: "
                         "«Моя правка»): the form shows their version, and «Put my version back» shows yours."));
    CHECK_FALSE(dialog.reloadOffered());
    CHECK(dialog.useMineOffered());
    CHECK(dialog.headerText().contains(QStringLiteral("last changed by Администратор Системы")));
    CHECK(dialog.historyLines().size() == 1);
    CHECK(dialog.isModified());

    // Esc asks before throwing anything away, and No keeps it all.
    auto keep = answerNextQuestion(QMessageBox::No);
    dialog.reject();
    CHECK(keep->asked);
    REQUIRE(dialog.isVisible());
    CHECK(textOf(dialog, "actionTaken") == QStringLiteral("Записана к психологу"));

    // The cursor is on «Put my version back»: Enter shows the dispatcher's summary again.
    CHECK(focusedField(dialog) == QStringLiteral("Put my version back"));
    press(Qt::Key_Return);
    CHECK(textOf(dialog, "summary") == QStringLiteral("Моя правка"));
    CHECK(textOf(dialog, "actionTaken") == QStringLiteral("Записана к психологу"));
    CHECK_FALSE(dialog.useMineOffered());
    CHECK(dialog.bannerText().contains(QStringLiteral("Your version of Summary is back in the form")));

    // Saved over the reloaded version, both changes are kept; nothing else of the colleague's is lost.
    press(Qt::Key_Return, Qt::ControlModifier);
    REQUIRE(dialog.result() == QDialog::Accepted);
    stored = db.journal().entry(registered->id);
    REQUIRE(stored.has_value());
    CHECK(stored->version == 3);
    CHECK(stored->draft.summary == QStringLiteral("Моя правка"));
    CHECK(stored->draft.actionTaken == QStringLiteral("Записана к психологу"));
}

TEST_CASE("Reload leaves a colleague's change in a field the dispatcher did not touch, and saving keeps both",
          "[entry]")
{
    tests::TestDatabase db;
    auto registered = db.journal().registerEntry(db.draft(QStringLiteral("Иванова"), QStringLiteral("Первичное")));
    REQUIRE(registered.has_value());
    ui::EntryDialog dialog(db.journal(), *registered);
    showAndFocus(dialog);

    core::JournalService colleague(db.journalRepo(), db.categories(), db.admin(), [&db] { return db.now(); });
    core::EntryDraft theirs = registered->draft;
    theirs.actionTaken = QStringLiteral("Передано куратору");
    theirs.status = core::EntryStatus::InWork;
    REQUIRE(colleague.updateEntry(registered->id, registered->version, theirs).has_value());

    tabFromTopToSummary();
    press(Qt::Key_End, Qt::ControlModifier);
    type(QStringLiteral(", уточнено"));
    press(Qt::Key_Return, Qt::ControlModifier);
    REQUIRE(dialog.reloadOffered());
    press(Qt::Key_Return);

    CHECK(textOf(dialog, "summary") == QStringLiteral("Первичное, уточнено"));
    CHECK(textOf(dialog, "actionTaken") == QStringLiteral("Передано куратору"));
    CHECK(textOf(dialog, "status") == QStringLiteral("In work"));
    CHECK_FALSE(dialog.useMineOffered());
    CHECK(dialog.bannerText().contains(QStringLiteral("Your changes to Summary are back in the form")));

    press(Qt::Key_Return, Qt::ControlModifier);
    REQUIRE(dialog.result() == QDialog::Accepted);
    const auto stored = db.journal().entry(registered->id).value();
    CHECK(stored.version == 3);
    CHECK(stored.draft.summary == QStringLiteral("Первичное, уточнено"));
    CHECK(stored.draft.actionTaken == QStringLiteral("Передано куратору"));
    CHECK(stored.draft.status == core::EntryStatus::InWork);
}

TEST_CASE("a save of an entry deleted at another desk says so, offers no reload and keeps the text", "[entry]")
{
    tests::TestDatabase db;
    auto silent = db.journal().registerQuickCall(core::Disposition::Silent);
    REQUIRE(silent.has_value());
    core::JournalService colleague(db.journalRepo(), db.categories(), db.admin(), [&db] { return db.now(); });
    ui::EntryDialog dialog(colleague, *silent);
    showAndFocus(dialog);

    // The dispatcher who registered the call takes it back as a mistake while the colleague writes in it.
    REQUIRE(db.journal().undoQuickCall(silent->id));
    dialog.field(QStringLiteral("summary"))->setFocus();
    type(QStringLiteral("Перезвонила, просит консультацию"));
    press(Qt::Key_Return, Qt::ControlModifier);

    REQUIRE(dialog.isVisible());
    CHECK(dialog.bannerText().contains(QStringLiteral("deleted at another workstation")));
    CHECK_FALSE(dialog.reloadOffered());
    CHECK(textOf(dialog, "summary") == QStringLiteral("Перезвонила, просит консультацию"));
    CHECK(journalSize(db) == 0);
}
