// SPDX-License-Identifier: GPL-3.0-or-later
// The journal's export from the main window, at the keyboard, over a real database: a supervisor exports what the
// journal view shows; the dialog keeps every choice when the export is refused; Stop leaves no file; a dispatcher is
// not offered the export at all.
#include "ui/ExportDialog.h"

#include "core/export/JournalExportJob.h"
#include "core/export/JournalExporter.h"
#include "tests/support/TestDatabase.h"
#include "tests/support/WidgetTesting.h"
#include "tests/ui/FocusedKeys.h"
#include "ui/ExportDesk.h"
#include "ui/JournalFilterBar.h"
#include "ui/MainWindow.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

#include <catch2/catch.hpp>

using namespace zabota;
using namespace zabota::tests::keyboard;
using tests::IsolatedSettings;

namespace {

// A supervisor over a journal of `count` appeals in early March 2026; every third came by e-mail.
struct Desk {
    explicit Desk(int count = 12)
    {
        QList<core::JournalRepository::NewRecord> records;
        for (int i = 0; i < count; ++i) {
            const QDateTime at(QDate(2026, 3, 1), QTime(9, 0).addSecs(i * 60));
            core::EntryDraft draft = db.draft(QStringLiteral("Заявитель %1").arg(i + 1),
                                              QStringLiteral("Просит помочь; звонит повторно"), at);
            draft.channel = i % 3 == 0 ? core::Channel::Email : core::Channel::Phone;
            records.append({draft, db.dispatcher().id, at});
        }
        REQUIRE(db.journalRepo().insertBatch(records).has_value());
        REQUIRE(out.isValid());
    }

    IsolatedSettings settings;
    tests::TestDatabase db;
    core::User supervisor =
        db.addUser(QStringLiteral("belova"), QStringLiteral("Белова Татьяна Петровна"), {core::Role::Supervisor});
    core::JournalService journal{db.journalRepo(), db.categories(), supervisor, [this] {
                                     return db.now();
                                 }};
    core::JournalExportJob job{db.address(), supervisor};
    QTemporaryDir out;

    [[nodiscard]] QStringList files() const
    {
        return QDir(out.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
    }
};

template <typename T>
T* child(const QObject* parent, const char* name)
{
    auto* found = parent->findChild<T*>(QLatin1String(name));
    REQUIRE(found != nullptr);
    return found;
}

void showAndActivate(QWidget& window)
{
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));
}

QByteArray contents(const QString& path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

} // namespace

TEST_CASE("a supervisor exports the journal as the view filters it, to CSV, from Journal → Export… (Ctrl+E)",
          "[ui][export]")
{
    Desk d;
    ui::MainWindow window(d.journal, d.db.auth());
    window.setExportJob(&d.job);
    showAndActivate(window);
    QAction* action = child<QAction>(&window, "exportAction");
    CHECK(action->isEnabled());
    CHECK(action->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_E));

    auto* channel = child<QComboBox>(window.filterBar(), "channelCombo");
    channel->setCurrentIndex(channel->findData(int(core::Channel::Email)));
    const core::JournalFilter shown = window.filterBar()->filter();
    const QString path = d.out.filePath(QStringLiteral("Журнал, почта.csv"));

    std::optional<core::JournalFilter> carried;
    auto seen = inNextDialog<ui::ExportDialog>([&](ui::ExportDialog& dialog) {
        carried = dialog.request().filter;
        CHECK(child<QComboBox>(&dialog, "channelCombo")->currentData().toInt() == int(core::Channel::Email));
        CHECK(child<QComboBox>(&dialog, "periodCombo")->currentData().toInt() ==
              int(ui::ExportDialog::Period::AllTime));
        // The file is offered in the Documents folder under the period's name.
        CHECK(child<QLineEdit>(&dialog, "pathEdit")->text().endsWith(QStringLiteral(".xlsx")));
        auto* format = child<QComboBox>(&dialog, "formatCombo");
        format->setFocus();
        format->setCurrentIndex(format->findData(int(core::ExportFormat::Csv)));
        CHECK(child<QLineEdit>(&dialog, "pathEdit")->text().endsWith(QStringLiteral(".csv")));
        auto* pathEdit = child<QLineEdit>(&dialog, "pathEdit");
        // Keys are matched against shortcuts by the application's focus widget: it must be in the dialog, not in the
        // journal's table below, whose Enter opens an entry.
        dialog.activateWindow();
        pathEdit->setFocus();
        CHECK(QTest::qWaitFor([pathEdit] { return QApplication::focusWidget() == pathEdit; }, 5000));
        pressIn(dialog, Qt::Key_A, Qt::ControlModifier);
        typeIn(dialog, path);
        pressIn(dialog, Qt::Key_Return); // Export is the default button
        const bool closed = QTest::qWaitFor([&dialog] { return !dialog.isVisible(); }, 30'000);
        INFO("message: " << dialog.messageText().toStdString() << "; file: " << pathEdit->text().toStdString()
                         << "; focus: "
                         << (dialog.focusWidget() ? dialog.focusWidget()->objectName().toStdString() : "none"));
        CHECK(closed);
        CHECK(dialog.messageText().isEmpty());
    });
    press(Qt::Key_E, Qt::ControlModifier);
    REQUIRE(dialogDone(seen));
    CHECK(seen->shown);
    CHECK_FALSE(seen->leftOpen);
    REQUIRE(carried.has_value());
    CHECK(*carried == shown);

    REQUIRE(QFile::exists(path));
    CHECK(d.files() == QStringList{QStringLiteral("Журнал, почта.csv")});
    const QByteArray csv = contents(path);
    CHECK(csv.startsWith("\xEF\xBB\xBF"));
    const QList<QByteArray> lines = csv.mid(3).split('\n');
    REQUIRE(lines.size() == 1 + 4 + 1); // the headings, the four e-mails (1, 4, 7, 10), and after the last CRLF
    for (int i = 1; i <= 4; ++i)
        CHECK(QString::fromUtf8(lines[i]).contains(core::label(core::Channel::Email)));
    CHECK(window.statusBar()->currentMessage().contains(path));
    core::AuditFilter exports;
    exports.action = core::AuditAction::Export;
    CHECK(d.db.audit().list(exports)->size() == 1);
}

TEST_CASE("a refused export keeps every choice of the dialog and says why: a period backwards, no such folder, no "
          "entries",
          "[ui][export]")
{
    Desk d;
    ui::ExportDialog dialog(d.journal, d.job, {QStringLiteral("Центр"), {}, {}});
    core::JournalFilter filter;
    filter.channel = core::Channel::Phone;
    filter.text = QStringLiteral("повторно");
    dialog.setFilter(filter);
    showAndActivate(dialog);

    auto* from = child<QDateEdit>(&dialog, "fromDate");
    auto* to = child<QDateEdit>(&dialog, "toDate");
    auto* format = child<QComboBox>(&dialog, "formatCombo");
    auto* path = child<QLineEdit>(&dialog, "pathEdit");
    auto* exportButton = child<QPushButton>(&dialog, "exportButton");
    format->setCurrentIndex(format->findData(int(core::ExportFormat::Pdf)));
    from->setDate(QDate(2026, 3, 31));
    to->setDate(QDate(2026, 3, 1));
    path->setText(d.out.filePath(QStringLiteral("march.pdf")));
    const core::JournalExportRequest chosen = dialog.request();

    QTest::mouseClick(exportButton, Qt::LeftButton);
    CHECK(dialog.isVisible());
    CHECK(dialog.messageText().contains(QStringLiteral("before it starts")));
    CHECK((dialog.focusWidget() == to || to->isAncestorOf(dialog.focusWidget()))); // the date edit's own line
    CHECK(dialog.request().filter == chosen.filter);
    CHECK(dialog.request().format == core::ExportFormat::Pdf);
    CHECK(dialog.request().path == chosen.path);
    CHECK(d.files().isEmpty());

    to->setDate(QDate(2026, 3, 31));
    from->setDate(QDate(2026, 3, 1));
    path->setText(d.out.filePath(QStringLiteral("нет папки/march.pdf")));
    QTest::mouseClick(exportButton, Qt::LeftButton);
    REQUIRE(QTest::qWaitFor([&] { return !dialog.isExporting(); }, 30'000));
    CHECK(dialog.isVisible());
    CHECK(dialog.messageText().contains(QStringLiteral("does not exist")));
    CHECK(dialog.focusWidget() == path);
    CHECK(path->text() == d.out.filePath(QStringLiteral("нет папки/march.pdf")));
    CHECK(dialog.request().filter.text == QStringLiteral("повторно"));
    CHECK(d.files().isEmpty());

    from->setDate(QDate(2025, 1, 1));
    to->setDate(QDate(2025, 1, 31));
    path->setText(d.out.filePath(QStringLiteral("january.pdf")));
    QTest::mouseClick(exportButton, Qt::LeftButton);
    REQUIRE(QTest::qWaitFor([&] { return !dialog.isExporting(); }, 30'000));
    CHECK(dialog.isVisible());
    CHECK(dialog.messageText().contains(QStringLiteral("01.01.2025 — 31.01.2025")));
    CHECK(child<QComboBox>(&dialog, "channelCombo")->currentData().toInt() == int(core::Channel::Phone));
    CHECK(d.files().isEmpty());
}

TEST_CASE("Stop ends a running export, says so and leaves no file, and the dialog stays to try again", "[ui][export]")
{
    Desk d(600);
    ui::ExportDialog dialog(d.journal, d.job, {QStringLiteral("Центр"), {}, {}});
    dialog.setFilter({});
    showAndActivate(dialog);
    auto* format = child<QComboBox>(&dialog, "formatCombo");
    format->setCurrentIndex(format->findData(int(core::ExportFormat::Pdf)));
    child<QLineEdit>(&dialog, "pathEdit")->setText(d.out.filePath(QStringLiteral("all.pdf")));

    dialog.startExport();
    REQUIRE(dialog.isExporting());
    CHECK_FALSE(child<QPushButton>(&dialog, "exportButton")->isEnabled());
    QTest::keyClick(&dialog, Qt::Key_Escape); // Stop, not close
    REQUIRE(QTest::qWaitFor([&] { return !dialog.isExporting(); }, 30'000));
    CHECK(dialog.isVisible());
    CHECK(dialog.messageText().contains(QStringLiteral("stopped")));
    CHECK(d.files().isEmpty());
    CHECK(child<QPushButton>(&dialog, "exportButton")->isEnabled());
}

TEST_CASE("ticking Depersonalised takes the personal columns off the list and brings them back when cleared",
          "[ui][export]")
{
    Desk d;
    ui::ExportDialog dialog(d.journal, d.job, {QStringLiteral("Центр"), {}, {}});
    auto* columns = child<QListWidget>(&dialog, "columnList");
    auto* depersonalised = child<QCheckBox>(&dialog, "depersonalisedCheck");
    auto labels = [columns] {
        QStringList shown;
        for (int i = 0; i < columns->count(); ++i)
            shown << columns->item(i)->text();
        return shown;
    };
    CHECK(labels().contains(core::label(core::JournalColumn::Applicant)));
    columns->item(0)->setCheckState(Qt::Checked); // the row number: one more than the defaults
    const auto before = dialog.request().columns;

    depersonalised->setChecked(true);
    CHECK_FALSE(labels().contains(core::label(core::JournalColumn::Applicant)));
    CHECK_FALSE(labels().contains(core::label(core::JournalColumn::Summary)));
    CHECK(dialog.request().columns == core::JournalColumns::defaults(true));
    CHECK(dialog.request().path.contains(core::JournalExporter::tr("(depersonalised)")));
    CHECK(core::JournalExporter::validate(dialog.request()).has_value());

    depersonalised->setChecked(false);
    CHECK(dialog.request().columns == before);
}

TEST_CASE("a dispatcher is not offered the export: the action is off and says who may, and Ctrl+E opens nothing",
          "[ui][export]")
{
    Desk d;
    core::JournalExportJob job(d.db.address(), d.db.dispatcher());
    ui::MainWindow window(d.db.journal(), d.db.auth());
    window.setExportJob(&job);
    showAndActivate(window);
    QAction* action = child<QAction>(&window, "exportAction");
    CHECK_FALSE(action->isEnabled());
    CHECK(action->statusTip() == core::JournalExporter::notAllowedMessage());

    auto seen = inNextDialog<ui::ExportDialog>([](ui::ExportDialog&) {});
    press(Qt::Key_E, Qt::ControlModifier);
    QTest::qWait(2500); // the watch for the dialog gives up after two seconds
    CHECK_FALSE(seen->shown);
    window.exportDesk()->showExport(); // not even when asked directly
    CHECK(QApplication::activeModalWidget() == nullptr);
    CHECK(d.files().isEmpty());
}
