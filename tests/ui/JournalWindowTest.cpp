// SPDX-License-Identifier: GPL-3.0-or-later
// The dispatcher's main screen over a real journal: the lazily paged table, the filters and the search box, the
// one-key calls, and the administrator's and workstation's dialogs.
#include "tests/support/TestDatabase.h"
#include "tests/support/WidgetTesting.h"
#include "ui/JournalFilterBar.h"
#include "ui/JournalModel.h"
#include "ui/MainWindow.h"
#include "ui/SettingsDialog.h"
#include "ui/UsersDialog.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QStatusBar>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <catch2/catch.hpp>
#include <functional>

using namespace zabota;
using tests::IsolatedSettings;
using tests::ModelTesterLog;

namespace {

struct Generated {
    QDateTime at;
    core::Channel channel;
    core::EntryStatus status;
    bool byAdmin;
};

// Writes `count` appeals, oldest first so that registration numbers follow time, one every `minutesApart` minutes
// back from the test clock's "now". Every 4th came by e-mail, every 3rd is in work, every 5th was registered by the
// administrator. Returns what was written, to count the expected rows independently of the model.
QList<Generated> fillJournal(tests::TestDatabase& db, int count, int minutesApart = 10)
{
    static const QStringList names{QStringLiteral("Иванова Ольга Викторовна"), QStringLiteral("Смирнов Пётр Ильич"),
                                   QStringLiteral("Кузнецова Анна Павловна"), QStringLiteral("Попов Илья Андреевич")};
    QList<core::JournalRepository::NewRecord> records;
    QList<Generated> generated;
    for (int i = 0; i < count; ++i) {
        const QDateTime at = db.now().addSecs(-60LL * minutesApart * (count - i));
        core::EntryDraft draft = db.draft(names[i % names.size()], QStringLiteral("Обращение о помощи семье"), at);
        const Generated g{at, i % 4 == 0 ? core::Channel::Email : core::Channel::Phone,
                          i % 3 == 0 ? core::EntryStatus::InWork : core::EntryStatus::New, i % 5 == 0};
        draft.channel = g.channel;
        draft.status = g.status;
        records.append({draft, g.byAdmin ? db.admin().id : db.dispatcher().id, at});
        generated.append(g);
    }
    const auto ok = db.journalRepo().insertBatch(records);
    REQUIRE(ok.has_value());
    return generated;
}

int countIf(const QList<Generated>& generated, const std::function<bool(const Generated&)>& predicate)
{
    return int(std::count_if(generated.cbegin(), generated.cend(), predicate));
}

core::JournalEntry registerAppeal(tests::TestDatabase& db, const QString& applicant, const QString& summary)
{
    auto entry = db.journal().registerEntry(db.draft(applicant, summary));
    REQUIRE(entry.has_value());
    return *entry;
}

// Types text the way a keyboard does, one key event per character; QTest::keyClicks cannot type Cyrillic.
void typeText(QWidget* widget, const QString& text)
{
    for (const QChar c : text)
        QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
}

QString cell(const ui::JournalModel& model, int row, int column, int role = Qt::DisplayRole)
{
    return model.data(model.index(row, column), role).toString();
}

// Types into the search box and waits for the pause after which the table follows it.
void search(QLineEdit* box, const ui::JournalModel& model, const QString& text)
{
    box->clear();
    typeText(box, text);
    REQUIRE(QTest::qWaitFor([&] { return model.filter().text == text; }, 2000));
}

template <typename T>
T* child(const QObject* parent, const char* name)
{
    auto* found = parent->findChild<T*>(QLatin1String(name));
    REQUIRE(found != nullptr);
    return found;
}

void choose(QComboBox* combo, const QVariant& data)
{
    const int index = combo->findData(data);
    REQUIRE(index >= 0);
    combo->setCurrentIndex(index);
}

void showAndActivate(QWidget& window)
{
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));
}

} // namespace

TEST_CASE("the journal model passes the model tester while it is filtered, refreshed and written to", "[journal-model]")
{
    tests::TestDatabase db;
    fillJournal(db, 450);
    ModelTesterLog log;
    ui::JournalModel model(db.journal());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Warning);

    CHECK(model.rowCount() == 450);
    CHECK(model.columnCount() == ui::JournalModel::ColumnCount);
    CHECK(model.headerData(ui::JournalModel::Applicant, Qt::Horizontal).toString() == QStringLiteral("Applicant"));

    core::JournalFilter email;
    email.channel = core::Channel::Email;
    model.setFilter(email);
    CHECK(model.rowCount() == 113); // entries 0, 4, …, 448
    for (int row = 0; row < model.rowCount(); row += 37)
        CHECK(model.entryAt(row)->draft.channel == core::Channel::Email);

    model.setFilter({});
    const core::JournalEntry added = registerAppeal(db, QStringLiteral("Сидорова Нина"), QStringLiteral("Нужен юрист"));
    CHECK(model.rowCount() == 451);
    CHECK(model.entryAt(0)->id == added.id);

    core::EntryDraft changed = added.draft;
    changed.summary = QStringLiteral("Нужен юрист по алиментам");
    REQUIRE(db.journal().updateEntry(added.id, added.version, changed).has_value());
    CHECK(cell(model, 0, ui::JournalModel::Summary) == QStringLiteral("Нужен юрист по алиментам"));

    model.refresh();
    CHECK(model.rowCount() == 451);
    CHECK(ModelTesterLog::failures() == QStringList());
}

TEST_CASE("the journal shows each entry as the dispatcher reads it", "[journal-model]")
{
    tests::TestDatabase db;
    core::EntryDraft emergency = db.draft(QStringLiteral("Елкина Мария Петровна"),
                                          QStringLiteral("Ребёнок один дома третий день\nСоседи слышат плач"),
                                          QDateTime(QDate(2026, 3, 10), QTime(9, 5)));
    emergency.urgency = core::Urgency::Emergency;
    auto first = db.journal().registerEntry(emergency);
    REQUIRE(first.has_value());
    db.setNow(QDateTime(QDate(2026, 3, 10), QTime(14, 40)));
    auto silent = db.journal().registerQuickCall(core::Disposition::Silent);
    REQUIRE(silent.has_value());

    ui::JournalModel model(db.journal());
    REQUIRE(model.rowCount() == 2);
    using M = ui::JournalModel;

    // Newest first: the silent call, then the appeal.
    CHECK(cell(model, 0, M::RegNo) == QStringLiteral("2/2026"));
    CHECK(cell(model, 0, M::Applicant) == QStringLiteral("anonymous"));
    CHECK(model.data(model.index(0, M::Applicant), Qt::FontRole).value<QFont>().italic());
    CHECK(cell(model, 0, M::Summary) == QStringLiteral("Silent call"));
    CHECK_FALSE(model.data(model.index(0, M::Summary), Qt::BackgroundRole).isValid());

    CHECK(cell(model, 1, M::RegNo) == QStringLiteral("1/2026"));
    CHECK(cell(model, 1, M::ReceivedAt) == QStringLiteral("10.03.2026 09:05"));
    CHECK(cell(model, 1, M::Channel) == QStringLiteral("Phone"));
    CHECK(cell(model, 1, M::Applicant) == QStringLiteral("Елкина Мария Петровна"));
    CHECK(cell(model, 1, M::Phone) == QStringLiteral("+7 (912) 345-67-89"));
    CHECK(cell(model, 1, M::Category) == first->categoryTitle);
    CHECK(cell(model, 1, M::Urgency) == QStringLiteral("Emergency"));
    CHECK(cell(model, 1, M::Status) == QStringLiteral("New"));
    CHECK(cell(model, 1, M::Dispatcher) == QStringLiteral("Петрова Анна Сергеевна"));
    // One line in the table, the whole text in the tooltip.
    CHECK(cell(model, 1, M::Summary) == QStringLiteral("Ребёнок один дома третий день …"));
    CHECK(cell(model, 1, M::Summary, Qt::ToolTipRole) ==
          QStringLiteral("Ребёнок один дома третий день\nСоседи слышат плач"));
    const QVariant background = model.data(model.index(1, M::Applicant), Qt::BackgroundRole);
    REQUIRE(background.isValid());
    CHECK(background.value<QColor>().red() > background.value<QColor>().green());
    CHECK(model.data(model.index(1, M::Summary), M::EntryIdRole).toLongLong() == first->id);
}

TEST_CASE("a journal of a thousand entries is counted at once but read a page at a time as the table scrolls",
          "[journal-model][main-window]")
{
    IsolatedSettings settings;
    tests::TestDatabase db;
    fillJournal(db, 1000);
    ui::MainWindow window(db.journal(), db.auth());
    showAndActivate(window);
    QApplication::processEvents();

    ui::JournalModel* model = window.model();
    CHECK(model->rowCount() == 1000);
    CHECK(window.table()->model()->rowCount() == 1000);
    // The screen shows a few dozen rows: one page of 200 is read, not five.
    CHECK(model->pageFetchCount() == 1);
    CHECK(model->cachedPageCount() == 1);
    CHECK(cell(*model, 0, ui::JournalModel::RegNo) == QStringLiteral("1000/2026"));

    window.table()->scrollToBottom();
    QApplication::processEvents();
    CHECK(model->pageFetchCount() == 2);
    const QModelIndex bottom = window.table()->indexAt(QPoint(5, window.table()->viewport()->height() - 5));
    REQUIRE(bottom.isValid());
    CHECK(bottom.row() == 999);
    CHECK(cell(*model, 999, ui::JournalModel::RegNo) == QStringLiteral("1/2026"));
    CHECK(model->pageFetchCount() == 2);

    // Scrolling back reads nothing: the first page is still cached.
    window.table()->scrollToTop();
    QApplication::processEvents();
    CHECK(model->pageFetchCount() == 2);
    CHECK(window.findChild<QLabel*>(QStringLiteral("countLabel"))->text() == QStringLiteral("1000 entries"));
}

TEST_CASE("typing in the search box narrows the table to the matching entry, ignoring case and Ё",
          "[main-window][search]")
{
    IsolatedSettings settings;
    tests::TestDatabase db;
    fillJournal(db, 300);
    const core::JournalEntry elkina = registerAppeal(db, QStringLiteral("Елкина Мария Петровна"),
                                                     QStringLiteral("Семья переехала, нужен совет юриста"));
    ui::MainWindow window(db.journal(), db.auth());
    showAndActivate(window);
    ui::JournalModel* model = window.model();
    REQUIRE(model->rowCount() == 301);

    auto* box = child<QLineEdit>(window.filterBar(), "searchEdit");
    window.filterBar()->focusSearch();
    typeText(box, QStringLiteral("ЁЛКИНА"));
    CHECK(box->text() == QStringLiteral("ЁЛКИНА"));
    // Not per keystroke: the table waits for a pause in typing.
    CHECK(model->rowCount() == 301);
    CHECK(model->filter().text.isEmpty());
    REQUIRE(QTest::qWaitFor([&] { return !model->filter().text.isEmpty(); }, 2000));
    CHECK(model->filter().text == QStringLiteral("ЁЛКИНА"));
    CHECK(model->rowCount() == 1);
    CHECK(model->entryAt(0)->id == elkina.id);
    // "%n entries" takes its singular from the translations, which tests do not load.
    const QString countText = window.findChild<QLabel*>(QStringLiteral("countLabel"))->text();
    CHECK(countText.startsWith(QStringLiteral("1 ")));
    CHECK(countText.endsWith(QStringLiteral(" the filter")));

    SECTION("Esc clears the search at once")
    {
        QTest::keyClick(box, Qt::Key_Escape);
        CHECK(box->text().isEmpty());
        CHECK(model->rowCount() == 301);
    }

    SECTION("words of the summary and the registration number find it too")
    {
        search(box, *model, QStringLiteral("переехала юрист"));
        CHECK(model->rowCount() == 1);
        CHECK(model->entryAt(0)->id == elkina.id);

        search(box, *model, QStringLiteral("15/2026"));
        CHECK(model->rowCount() == 1);
        CHECK(model->entryAt(0)->regNo == 15);
    }

    SECTION("a name nobody has leaves the table empty")
    {
        search(box, *model, QStringLiteral("Ёжикова"));
        CHECK(model->rowCount() == 0);
        CHECK(window.findChild<QLabel*>(QStringLiteral("countLabel"))->text() ==
              QStringLiteral("0 entries match the filter"));
    }
}

TEST_CASE("F6 registers a silent call at once and shows it selected as the newest row", "[main-window][quick-call]")
{
    IsolatedSettings settings;
    tests::TestDatabase db;
    fillJournal(db, 50);
    ui::MainWindow window(db.journal(), db.auth());
    showAndActivate(window);
    ui::JournalModel* model = window.model();
    REQUIRE(model->rowCount() == 50);

    QTest::keyClick(window.table(), Qt::Key_F6);

    REQUIRE(model->rowCount() == 51);
    const auto newest = model->entryAt(0);
    REQUIRE(newest.has_value());
    CHECK(newest->draft.disposition == core::Disposition::Silent);
    CHECK(newest->draft.status == core::EntryStatus::Closed);
    CHECK(newest->registrationNumber() == QStringLiteral("51/2026"));
    CHECK(cell(*model, 0, ui::JournalModel::Summary) == QStringLiteral("Silent call"));
    const QModelIndexList selected = window.table()->selectionModel()->selectedRows();
    REQUIRE(selected.size() == 1);
    CHECK(selected.first().row() == 0);
    CHECK(window.statusBar()->currentMessage() == QStringLiteral("Registered 51/2026: silent call"));

    // The other keys, from the search box too.
    window.filterBar()->focusSearch();
    QTest::keyClick(child<QLineEdit>(window.filterBar(), "searchEdit"), Qt::Key_F8);
    REQUIRE(model->rowCount() == 52);
    CHECK(model->entryAt(0)->draft.disposition == core::Disposition::WrongNumber);
    CHECK(window.statusBar()->currentMessage() == QStringLiteral("Registered 52/2026: wrong number"));
}

TEST_CASE("a quick call hidden by the filter is registered and said so", "[main-window][quick-call]")
{
    IsolatedSettings settings;
    tests::TestDatabase db;
    fillJournal(db, 20);
    ui::MainWindow window(db.journal(), db.auth());
    showAndActivate(window);
    choose(child<QComboBox>(window.filterBar(), "statusCombo"), int(core::EntryStatus::New));
    const int shown = window.model()->rowCount();
    REQUIRE(shown == 13);

    QTest::keyClick(window.table(), Qt::Key_F9);

    // Quick calls are closed, so they stay out of a list of new entries.
    CHECK(window.model()->rowCount() == shown);
    CHECK(window.statusBar()->currentMessage() ==
          QStringLiteral("Registered 21/2026: information only (not shown with the current filter)"));
    CHECK(db.journal().count({}).value() == 21);
}

TEST_CASE("the filter lists narrow the journal and the count in the status bar", "[main-window][filter]")
{
    IsolatedSettings settings;
    tests::TestDatabase db;
    const QList<Generated> generated = fillJournal(db, 400, 60);
    ui::MainWindow window(db.journal(), db.auth());
    showAndActivate(window);
    ui::JournalModel* model = window.model();
    ui::JournalFilterBar* bar = window.filterBar();
    auto* countLabel = window.findChild<QLabel*>(QStringLiteral("countLabel"));
    REQUIRE(model->rowCount() == 400);

    const int email = countIf(generated, [](const Generated& g) { return g.channel == core::Channel::Email; });
    choose(child<QComboBox>(bar, "channelCombo"), int(core::Channel::Email));
    CHECK(model->rowCount() == email);
    CHECK(countLabel->text() == QStringLiteral("%1 entries match the filter").arg(email));

    const int emailInWork = countIf(generated, [](const Generated& g) {
        return g.channel == core::Channel::Email && g.status == core::EntryStatus::InWork;
    });
    choose(child<QComboBox>(bar, "statusCombo"), int(core::EntryStatus::InWork));
    CHECK(model->rowCount() == emailInWork);
    CHECK(emailInWork < email);

    const int emailInWorkByAdmin = countIf(generated, [](const Generated& g) {
        return g.channel == core::Channel::Email && g.status == core::EntryStatus::InWork && g.byAdmin;
    });
    choose(child<QComboBox>(bar, "dispatcherCombo"), db.admin().id);
    CHECK(model->rowCount() == emailInWorkByAdmin);
    CHECK(emailInWorkByAdmin > 0);

    bar->reset();
    CHECK(model->rowCount() == 400);
    CHECK(countLabel->text() == QStringLiteral("400 entries"));

    SECTION("the period presets count from the journal's today")
    {
        const QDate today = db.now().date();
        choose(child<QComboBox>(bar, "periodCombo"), int(ui::JournalFilterBar::Period::Today));
        CHECK(model->rowCount() == countIf(generated, [&](const Generated& g) { return g.at.date() == today; }));
        CHECK(child<QDateEdit>(bar, "fromDate")->date() == today);

        choose(child<QComboBox>(bar, "periodCombo"), int(ui::JournalFilterBar::Period::Last7Days));
        const int lastWeek = countIf(generated, [&](const Generated& g) { return g.at.date() >= today.addDays(-6); });
        CHECK(model->rowCount() == lastWeek);
        CHECK(lastWeek < 400);
    }

    SECTION("a date typed in switches the period to custom")
    {
        const QDate day = db.now().date().addDays(-1);
        child<QDateEdit>(bar, "fromDate")->setDate(day);
        child<QDateEdit>(bar, "toDate")->setDate(day);
        CHECK(bar->period() == ui::JournalFilterBar::Period::Custom);
        CHECK(model->rowCount() == countIf(generated, [&](const Generated& g) { return g.at.date() == day; }));
        CHECK(model->rowCount() == 24); // one an hour
    }

    SECTION("a category with no appeals empties the table")
    {
        choose(child<QComboBox>(bar, "categoryCombo"), db.categoryId(1));
        CHECK(model->rowCount() == 0);
        CHECK(countLabel->text() == QStringLiteral("0 entries match the filter"));
    }
}

TEST_CASE("an entry changed elsewhere shows its new text in the same row", "[journal-model]")
{
    tests::TestDatabase db;
    fillJournal(db, 10);
    const core::JournalEntry entry = registerAppeal(db, QStringLiteral("Орлова Вера"), QStringLiteral("Консультация"));
    ui::JournalModel model(db.journal());
    REQUIRE(cell(model, 0, ui::JournalModel::Status) == QStringLiteral("New"));
    int resets = 0;
    QObject::connect(&model, &ui::JournalModel::modelReset, &model, [&resets] { ++resets; });

    core::EntryDraft changed = entry.draft;
    changed.status = core::EntryStatus::HandedOff;
    REQUIRE(db.journal().updateEntry(entry.id, entry.version, changed).has_value());

    CHECK(cell(model, 0, ui::JournalModel::Status) == QStringLiteral("Handed off"));
    CHECK(model.rowOf(entry.id) == 0);
    // The rows stayed where they were: no reset, so the view keeps its scroll position and selection.
    CHECK(resets == 0);
}

TEST_CASE("only an administrator may open the list of users", "[main-window][users]")
{
    IsolatedSettings settings;
    tests::TestDatabase db;

    ui::MainWindow dispatcherWindow(db.journal(), db.auth());
    auto* dispatcherUsers = dispatcherWindow.findChild<QAction*>(QStringLiteral("usersAction"));
    REQUIRE(dispatcherUsers != nullptr);
    CHECK_FALSE(dispatcherUsers->isEnabled());
    CHECK(dispatcherWindow.windowTitle().contains(QStringLiteral("Петрова Анна Сергеевна")));
    CHECK(dispatcherWindow.findChild<QLabel*>(QStringLiteral("userLabel"))->text() ==
          QStringLiteral("Петрова Анна Сергеевна (Dispatcher)"));

    core::JournalService adminJournal(db.journalRepo(), db.categories(), db.admin(), [&db] { return db.now(); });
    ui::MainWindow adminWindow(adminJournal, db.auth());
    auto* adminUsers = adminWindow.findChild<QAction*>(QStringLiteral("usersAction"));
    REQUIRE(adminUsers != nullptr);
    CHECK(adminUsers->isEnabled());
}

TEST_CASE("a refused new user keeps the form as typed, says why and puts the cursor in the field at fault", "[users]")
{
    tests::TestDatabase db;
    ui::UsersDialog dialog(db.auth(), db.admin());
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    auto* table = child<QTableWidget>(&dialog, "usersTable");
    CHECK(table->rowCount() == 2);
    dialog.showAddForm();

    auto* login = child<QLineEdit>(&dialog, "loginEdit");
    auto* fullName = child<QLineEdit>(&dialog, "fullNameEdit");
    auto* password = child<QLineEdit>(&dialog, "passwordEdit");
    auto* repeat = child<QLineEdit>(&dialog, "repeatEdit");
    login->setText(QStringLiteral("petrova"));
    fullName->setText(QStringLiteral("Петрова Мария Ивановна"));
    password->setText(QStringLiteral("long enough"));
    repeat->setText(QStringLiteral("long enough"));

    CHECK_FALSE(dialog.addUser());
    CHECK(dialog.errorText() == QStringLiteral("The login petrova is taken already."));
    CHECK(dialog.focusWidget() == login);
    CHECK(login->text() == QStringLiteral("petrova"));
    CHECK(fullName->text() == QStringLiteral("Петрова Мария Ивановна"));
    CHECK(password->text() == QStringLiteral("long enough"));
    CHECK(table->rowCount() == 2);

    login->setText(QStringLiteral("petrova.m"));
    repeat->setText(QStringLiteral("long enougj"));
    CHECK_FALSE(dialog.addUser());
    CHECK(dialog.focusWidget() == repeat);
    CHECK(dialog.errorText().contains(QStringLiteral("do not match")));

    repeat->setText(QStringLiteral("long enough"));
    child<QCheckBox>(&dialog, "role_curator")->setChecked(true);
    CHECK(dialog.addUser());
    CHECK(dialog.errorText().isEmpty());
    CHECK(table->rowCount() == 3);
    CHECK(login->text().isEmpty());
    const auto added = db.auth().login(QStringLiteral("petrova.m"), QStringLiteral("long enough"));
    REQUIRE(added.has_value());
    CHECK(added->roles.size() == 2);
    CHECK(added->hasRole(core::Role::Dispatcher));
    CHECK(added->hasRole(core::Role::Curator));
}

TEST_CASE("the language is stored as ru or en and defaults to Russian", "[settings]")
{
    IsolatedSettings settings;
    CHECK(ui::SettingsDialog::storedLanguage() == QStringLiteral("ru"));
    {
        ui::SettingsDialog dialog;
        CHECK(dialog.language() == QStringLiteral("ru"));
        dialog.setLanguage(QStringLiteral("en"));
        dialog.accept();
    }
    CHECK(QSettings().value(QStringLiteral("ui/language")).toString() == QStringLiteral("en"));
    ui::SettingsDialog reopened;
    CHECK(reopened.language() == QStringLiteral("en"));
}

TEST_CASE("the window keeps its column widths for the next start", "[main-window][settings]")
{
    IsolatedSettings settings;
    tests::TestDatabase db;
    {
        ui::MainWindow window(db.journal(), db.auth());
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        window.table()->setColumnWidth(ui::JournalModel::Applicant, 333);
        window.close();
    }
    CHECK_FALSE(QSettings().value(QStringLiteral("ui/journalHeader")).toByteArray().isEmpty());
    CHECK_FALSE(QSettings().value(QStringLiteral("ui/mainWindowGeometry")).toByteArray().isEmpty());
    ui::MainWindow again(db.journal(), db.auth());
    CHECK(again.table()->columnWidth(ui::JournalModel::Applicant) == 333);
}

TEST_CASE("Ctrl+Z takes back a quick call pressed by mistake, and only that one", "[main-window][quick-call][undo]")
{
    IsolatedSettings settings;
    tests::TestDatabase db;
    fillJournal(db, 10);
    ui::MainWindow window(db.journal(), db.auth());
    showAndActivate(window);
    ui::JournalModel* model = window.model();
    auto* undo = window.findChild<QAction*>(QStringLiteral("undoQuickCallAction"));
    REQUIRE(undo != nullptr);
    CHECK_FALSE(undo->isEnabled());

    QTest::keyClick(window.table(), Qt::Key_F7);
    REQUIRE(model->rowCount() == 11);
    CHECK(undo->isEnabled());
    CHECK(undo->text().contains(QStringLiteral("11/2026")));

    QTest::keyClick(window.table(), Qt::Key_Z, Qt::ControlModifier);
    CHECK(model->rowCount() == 10);
    CHECK(db.journal().count({}).value() == 10);
    CHECK(window.statusBar()->currentMessage() == QStringLiteral("Entry 11/2026 has been taken back."));
    CHECK_FALSE(undo->isEnabled());

    // A second Ctrl+Z does not reach further back into the journal.
    QTest::keyClick(window.table(), Qt::Key_Z, Qt::ControlModifier);
    CHECK(model->rowCount() == 10);

    // The next call takes the freed number.
    QTest::keyClick(window.table(), Qt::Key_F6);
    REQUIRE(model->rowCount() == 11);
    CHECK(model->entryAt(0)->registrationNumber() == QStringLiteral("11/2026"));
}
