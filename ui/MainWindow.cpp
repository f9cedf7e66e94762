// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/MainWindow.h"

#include "core/auth/AuthService.h"
#include "core/family/FamilyService.h"
#include "core/journal/JournalService.h"
#include "core/navigator/NavigatorService.h"
#include "core/partner/PartnerService.h"
#include "core/statistics/StatisticsService.h"
#include "core/storage/ChangeFeed.h"
#include "ui/CallDesk.h"
#include "ui/CaseDesk.h"
#include "ui/CategoriesDialog.h"
#include "ui/DistrictsDialog.h"
#include "ui/EntryDialog.h"
#include "ui/ExportDesk.h"
#include "ui/FamilyRegistryWindow.h"
#include "ui/JournalFilterBar.h"
#include "ui/JournalModel.h"
#include "ui/LifeSituationsDialog.h"
#include "ui/PartnersDialog.h"
#include "ui/SettingsDialog.h"
#include "ui/StatisticsWindow.h"
#include "ui/UsersDialog.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QSettings>
#include <QStatusBar>
#include <QStyle>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace zabota::ui {

namespace {

const QString kGeometryKey = QStringLiteral("ui/mainWindowGeometry");
const QString kHeaderKey = QStringLiteral("ui/journalHeader");
constexpr int kStatusMessageMs = 8000;

// "Silent call" → "silent call", to follow "Registered 15/2026:".
QString lowerFirst(QString text)
{
    if (!text.isEmpty())
        text[0] = text[0].toLower();
    return text;
}

QString roleList(const core::User& user)
{
    QStringList roles;
    for (const core::Role role : user.roles)
        roles << core::label(role);
    return roles.join(QStringLiteral(", "));
}

} // namespace

MainWindow::MainWindow(core::JournalService& journal, core::AuthService& auth, QWidget* parent)
    : QMainWindow(parent)
    , m_journal(journal)
    , m_auth(auth)
    , m_model(new JournalModel(journal, this))
{
    const core::User& user = m_journal.currentUser();
    setWindowTitle(tr("%1 — %2").arg(tr("Zabota — hotline journal"), user.fullName));
    setMinimumSize(800, 480);
    // A first start fills most of the screen: the journal is the dispatcher's whole day. Later starts restore the
    // window as it was left.
    const QSize available = screen() != nullptr ? screen()->availableSize() : QSize(1280, 800);
    resize((available * 0.9).expandedTo(QSize(1280, 800)).boundedTo(available));

    m_filterBar = new JournalFilterBar(journal, this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("journalTable"));

    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    layout->setContentsMargins(6, 6, 6, 0);
    layout->addWidget(m_filterBar);
    layout->addWidget(m_table, 1);
    setCentralWidget(central);

    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(QStringLiteral("countLabel"));
    m_userLabel = new QLabel(tr("%1 (%2)").arg(user.fullName, roleList(user)), this);
    m_userLabel->setObjectName(QStringLiteral("userLabel"));
    statusBar()->addPermanentWidget(m_countLabel);
    statusBar()->addPermanentWidget(m_userLabel);

    m_desk = new CaseDesk(this, user, [this] { return currentEntry(); });
    connect(m_desk, &CaseDesk::statusMessage, this,
            [this](const QString& text) { statusBar()->showMessage(text, kStatusMessageMs); });
    m_export = new ExportDesk(this, m_journal, [this] { return m_filterBar->filter(); });
    connect(m_export, &ExportDesk::statusMessage, this,
            [this](const QString& text) { statusBar()->showMessage(text, kStatusMessageMs); });
    createActions();
    createMenus();
    createToolBar();
    setUpTable();
    restoreSettings();

    m_model->setFilter(m_filterBar->filter());
    connect(m_filterBar, &JournalFilterBar::filterChanged, m_model, &JournalModel::setFilter);
    connect(m_filterBar, &JournalFilterBar::errorOccurred, this, &MainWindow::showError);
    connect(m_model, &JournalModel::errorOccurred, this, &MainWindow::showError);
    connect(m_model, &JournalModel::modelAboutToBeReset, this, &MainWindow::rememberSelection);
    connect(m_model, &JournalModel::modelReset, this, &MainWindow::restoreSelection);
    connect(m_model, &JournalModel::modelReset, this, &MainWindow::updateCount);
    connect(m_model, &JournalModel::busyChanged, this, &MainWindow::updateCount);
    updateCount();
    m_table->setFocus();
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    QStyle* s = style();

    m_newAction = new QAction(s->standardIcon(QStyle::SP_FileIcon), tr("&New entry…"), this);
    m_newAction->setObjectName(QStringLiteral("newEntryAction"));
    m_newAction->setShortcut(QKeySequence::New);
    m_newAction->setStatusTip(tr("Register an appeal in the journal"));
    connect(m_newAction, &QAction::triggered, this, &MainWindow::newEntry);

    m_quitAction = new QAction(tr("&Quit"), this);
    m_quitAction->setObjectName(QStringLiteral("quitAction"));
    m_quitAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    // Enter opens the selected entry only while the table has the focus: in the search box it applies the search.
    m_openAction = new QAction(s->standardIcon(QStyle::SP_FileDialogContentsView), tr("&Open entry"), this);
    m_openAction->setObjectName(QStringLiteral("openEntryAction"));
    m_openAction->setShortcuts({QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)});
    m_openAction->setShortcutContext(Qt::WidgetShortcut);
    m_openAction->setStatusTip(tr("Open the selected entry to read or change it"));
    connect(m_openAction, &QAction::triggered, this, &MainWindow::openCurrentEntry);

    m_refreshAction = new QAction(s->standardIcon(QStyle::SP_BrowserReload), tr("&Refresh"), this);
    m_refreshAction->setObjectName(QStringLiteral("refreshAction"));
    m_refreshAction->setShortcut(QKeySequence(Qt::Key_F5));
    m_refreshAction->setStatusTip(tr("Read the journal again, with entries made at other workstations"));
    connect(m_refreshAction, &QAction::triggered, this, &MainWindow::refresh);

    m_findAction = new QAction(tr("&Find…"), this);
    m_findAction->setObjectName(QStringLiteral("findAction"));
    m_findAction->setShortcut(QKeySequence::Find);
    m_findAction->setStatusTip(tr("Search the journal by name, phone, words or registration number"));
    connect(m_findAction, &QAction::triggered, m_filterBar, &JournalFilterBar::focusSearch);

    struct QuickCall {
        core::Disposition disposition;
        QString text;
        Qt::Key key;
        QStyle::StandardPixmap icon;
        const char* name;
    };
    const QuickCall quickCalls[] = {
        {core::Disposition::Silent, tr("&Silent call"), Qt::Key_F6, QStyle::SP_MediaVolumeMuted, "silentCallAction"},
        {core::Disposition::HangUp, tr("&Hung up"), Qt::Key_F7, QStyle::SP_BrowserStop, "hungUpAction"},
        {core::Disposition::WrongNumber, tr("&Wrong number"), Qt::Key_F8, QStyle::SP_MessageBoxWarning,
         "wrongNumberAction"},
        {core::Disposition::Information, tr("&Information only"), Qt::Key_F9, QStyle::SP_MessageBoxInformation,
         "informationAction"},
    };
    for (const QuickCall& call : quickCalls) {
        auto* action = new QAction(s->standardIcon(call.icon), call.text, this);
        action->setObjectName(QLatin1String(call.name));
        action->setShortcut(QKeySequence(call.key));
        const QString plain = QString(call.text).remove(QLatin1Char('&'));
        action->setToolTip(tr("%1 (%2)").arg(plain, action->shortcut().toString(QKeySequence::NativeText)));
        action->setStatusTip(tr("Register a call with no case data at once, closed"));
        connect(action, &QAction::triggered, this, [this, d = call.disposition] { registerQuickCall(d); });
        m_quickCallActions << action;
    }

    m_undoAction = new QAction(s->standardIcon(QStyle::SP_ArrowBack), tr("&Undo quick call"), this);
    m_undoAction->setObjectName(QStringLiteral("undoQuickCallAction"));
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_undoAction->setStatusTip(tr("Take back the call just registered with one key, if pressed by mistake"));
    m_undoAction->setEnabled(false);
    connect(m_undoAction, &QAction::triggered, this, &MainWindow::undoQuickCall);

    m_usersAction = new QAction(tr("&Users…"), this);
    m_usersAction->setObjectName(QStringLiteral("usersAction"));
    const bool admin = m_journal.currentUser().hasRole(core::Role::Administrator);
    m_usersAction->setEnabled(admin);
    m_usersAction->setStatusTip(admin ? tr("Add users and see who may use the console")
                                      : tr("Only an administrator manages users"));
    connect(m_usersAction, &QAction::triggered, this, &MainWindow::showUsers);

    m_categoriesAction = new QAction(tr("Problem &categories…"), this);
    m_categoriesAction->setObjectName(QStringLiteral("categoriesAction"));
    m_categoriesAction->setEnabled(admin);
    m_categoriesAction->setStatusTip(admin ? tr("Add, rename, switch on and off the categories of appeals")
                                           : tr("Only an administrator changes the categories"));
    connect(m_categoriesAction, &QAction::triggered, this, &MainWindow::showCategories);

    m_districtsAction = new QAction(tr("&Districts…"), this);
    m_districtsAction->setObjectName(QStringLiteral("districtsAction"));
    m_districtsAction->setEnabled(false); // with the family service, for an administrator
    m_districtsAction->setStatusTip(tr("Rename and add districts and micro-districts, name the district specialists"));
    connect(m_districtsAction, &QAction::triggered, this, &MainWindow::showDistricts);

    m_familyRegistryAction = new QAction(tr("Family &registry…"), this);
    m_familyRegistryAction->setObjectName(QStringLiteral("familyRegistryAction"));
    m_familyRegistryAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    m_familyRegistryAction->setEnabled(false);
    m_familyRegistryAction->setStatusTip(
        tr("Find families by district, category and registration, and open their cards"));
    connect(m_familyRegistryAction, &QAction::triggered, this, &MainWindow::showFamilyRegistry);

    m_partnersAction = new QAction(tr("&Partner organisations…"), this);
    m_partnersAction->setObjectName(QStringLiteral("partnersAction"));
    m_partnersAction->setEnabled(false); // with the navigator
    m_partnersAction->setStatusTip(tr("The resource map: the organisations the centre works with and their contacts"));
    connect(m_partnersAction, &QAction::triggered, this, &MainWindow::showPartners);

    m_situationsAction = new QAction(tr("&Life situations…"), this);
    m_situationsAction->setObjectName(QStringLiteral("lifeSituationsAction"));
    m_situationsAction->setEnabled(false); // with the navigator
    m_situationsAction->setStatusTip(
        tr("The navigator: the dispatcher's steps, partners, category and urgency of each life situation"));
    connect(m_situationsAction, &QAction::triggered, this, &MainWindow::showLifeSituations);

    m_statisticsAction = new QAction(tr("&Statistics…"), this);
    m_statisticsAction->setObjectName(QStringLiteral("statisticsAction"));
    m_statisticsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    m_statisticsAction->setEnabled(false); // with the statistics service
    m_statisticsAction->setStatusTip(
        tr("Appeals, handoffs, cases and the register for a period, beside the previous one"));
    connect(m_statisticsAction, &QAction::triggered, this, &MainWindow::showStatistics);

    m_settingsAction = new QAction(tr("&Settings…"), this);
    m_settingsAction->setObjectName(QStringLiteral("settingsAction"));
    m_settingsAction->setMenuRole(QAction::PreferencesRole);
    connect(m_settingsAction, &QAction::triggered, this, &MainWindow::showSettings);

    m_aboutAction = new QAction(tr("&About Zabota"), this);
    m_aboutAction->setObjectName(QStringLiteral("aboutAction"));
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);

    m_aboutQtAction = new QAction(tr("About &Qt"), this);
    m_aboutQtAction->setMenuRole(QAction::AboutQtRole);
    connect(m_aboutQtAction, &QAction::triggered, qApp, &QApplication::aboutQt);
}

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_newAction);
    file->addSeparator();
    file->addAction(m_quitAction);

    QMenu* journal = m_journalMenu = menuBar()->addMenu(tr("&Journal"));
    journal->addAction(m_openAction);
    journal->addAction(m_findAction);
    journal->addAction(m_refreshAction);
    journal->addAction(m_export->exportAction());
    journal->addSeparator();
    journal->addActions(m_quickCallActions);
    journal->addAction(m_undoAction);
    journal->addSeparator();
    journal->addAction(m_desk->handOffAction());

    QMenu* families = menuBar()->addMenu(tr("F&amilies"));
    families->addAction(m_familyRegistryAction);

    QMenu* cases = menuBar()->addMenu(tr("&Cases"));
    cases->addAction(m_desk->handoffsAction());
    cases->addAction(m_desk->casesAction());
    cases->addAction(m_desk->lateAction());

    QMenu* reports = menuBar()->addMenu(tr("&Reports"));
    reports->addAction(m_statisticsAction);

    QMenu* service = m_serviceMenu = menuBar()->addMenu(tr("&Service"));
    service->addAction(m_usersAction);
    service->addAction(m_categoriesAction);
    service->addAction(m_districtsAction);
    service->addAction(m_partnersAction);
    service->addAction(m_situationsAction);
    service->addSeparator();
    service->addAction(m_settingsAction);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(m_aboutAction);
    help->addAction(m_aboutQtAction);
}

void MainWindow::createToolBar()
{
    QToolBar* bar = addToolBar(tr("Journal"));
    bar->setObjectName(QStringLiteral("journalToolBar"));
    bar->setMovable(false);
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->addAction(m_newAction);
    bar->addSeparator();
    bar->addActions(m_quickCallActions);
    bar->addAction(m_undoAction);
}

void MainWindow::setUpTable()
{
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->setSortingEnabled(false);
    m_table->setTabKeyNavigation(false);
    m_table->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_table->addAction(m_openAction);

    // Every row is one line high and no row is measured, so the view never reads rows it does not show.
    QHeaderView* rows = m_table->verticalHeader();
    rows->hide();
    rows->setSectionResizeMode(QHeaderView::Fixed);
    rows->setDefaultSectionSize(fontMetrics().height() + 8);

    QHeaderView* columns = m_table->horizontalHeader();
    columns->setHighlightSections(false);
    columns->setSectionsMovable(true);
    columns->setStretchLastSection(false);
    columns->setSectionResizeMode(QHeaderView::Interactive);
    columns->setSectionResizeMode(JournalModel::Summary, QHeaderView::Stretch);
    const QFontMetrics fm = fontMetrics();
    auto width = [&fm](const QString& sample) {
        return fm.horizontalAdvance(sample) + 24;
    };
    m_table->setColumnWidth(JournalModel::RegNo, width(QStringLiteral("00000/0000")));
    m_table->setColumnWidth(JournalModel::ReceivedAt, width(QStringLiteral("00.00.0000 00:00")));
    m_table->setColumnWidth(JournalModel::Channel, width(QStringLiteral("Одноклассники")));
    m_table->setColumnWidth(JournalModel::Caller, width(QStringLiteral("Родственник")));
    m_table->setColumnWidth(JournalModel::Applicant, width(QStringLiteral("Константинопольская А. В.")));
    m_table->setColumnWidth(JournalModel::Phone, width(QStringLiteral("+7 (000) 000-00-00")));
    m_table->setColumnWidth(JournalModel::Category, width(QStringLiteral("Детско-родительские отн.")));
    m_table->setColumnWidth(JournalModel::Urgency, width(QStringLiteral("Экстренное")));
    m_table->setColumnWidth(JournalModel::Status, width(QStringLiteral("Передано куратору")));
    m_table->setColumnWidth(JournalModel::Dispatcher, width(QStringLiteral("Петрова Анна Сергеевна")));
    // The summary needs the room most. Urgent and emergency rows are tinted anyway; who called and who answered
    // are one right-click away on the header.
    columns->setSectionHidden(JournalModel::Caller, true);
    columns->setSectionHidden(JournalModel::Urgency, true);
    columns->setSectionHidden(JournalModel::Dispatcher, true);
    columns->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(columns, &QHeaderView::customContextMenuRequested, this, [this, columns](const QPoint& pos) {
        QMenu menu(this);
        for (int column = 0; column < JournalModel::ColumnCount; ++column) {
            QAction* action = menu.addAction(m_model->headerData(column, Qt::Horizontal).toString());
            action->setCheckable(true);
            action->setChecked(!columns->isSectionHidden(column));
            // The summary always stays: a journal without it says nothing.
            action->setEnabled(column != JournalModel::Summary);
            connect(action, &QAction::toggled, columns,
                    [columns, column](bool shown) { columns->setSectionHidden(column, !shown); });
        }
        menu.exec(columns->viewport()->mapToGlobal(pos));
    });

    connect(m_table, &QTableView::doubleClicked, this, &MainWindow::openCurrentEntry);
}

void MainWindow::restoreSettings()
{
    const QSettings settings;
    if (const QByteArray geometry = settings.value(kGeometryKey).toByteArray(); !geometry.isEmpty())
        restoreGeometry(geometry);
    if (const QByteArray header = settings.value(kHeaderKey).toByteArray(); !header.isEmpty())
        m_table->horizontalHeader()->restoreState(header);
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kHeaderKey, m_table->horizontalHeader()->saveState());
}

void MainWindow::setFamilyService(core::FamilyService* families)
{
    if (m_familyRegistry && families != m_families)
        delete m_familyRegistry;
    m_families = families;
    m_desk->setFamilyService(families);
    if (m_calls)
        m_calls->setFamilyService(families);
    m_familyRegistryAction->setEnabled(m_families != nullptr);
    m_districtsAction->setEnabled(m_families && m_journal.currentUser().hasRole(core::Role::Administrator));
}

void MainWindow::setNavigator(core::PartnerService* partners, core::NavigatorService* navigator)
{
    m_partners = partners;
    m_navigator = navigator;
    m_desk->setPartnerService(partners);
    m_partnersAction->setEnabled(m_partners != nullptr);
    m_situationsAction->setEnabled(m_partners && m_navigator);
}

void MainWindow::setStatisticsService(core::StatisticsService* statistics)
{
    if (m_statisticsWindow && statistics != m_statistics)
        delete m_statisticsWindow;
    m_statistics = statistics;
    const bool allowed = core::StatisticsService::mayView(m_journal.currentUser());
    m_statisticsAction->setEnabled(m_statistics && allowed);
    if (!allowed)
        m_statisticsAction->setStatusTip(tr("Only supervisors and administrators see the statistics"));
}

StatisticsWindow* MainWindow::showStatistics()
{
    if (!m_statistics || !core::StatisticsService::mayView(m_journal.currentUser()))
        return nullptr;
    if (!m_statisticsWindow) {
        m_statisticsWindow = new StatisticsWindow(*m_statistics, this);
        m_statisticsWindow->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_statisticsWindow->show();
    m_statisticsWindow->raise();
    m_statisticsWindow->activateWindow();
    return m_statisticsWindow;
}

FamilyRegistryWindow* MainWindow::showFamilyRegistry()
{
    if (!m_families)
        return nullptr;
    if (!m_familyRegistry) {
        m_familyRegistry = new FamilyRegistryWindow(*m_families, this);
        m_familyRegistry->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_familyRegistry->show();
    m_familyRegistry->raise();
    m_familyRegistry->activateWindow();
    return m_familyRegistry;
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    saveSettings();
    QMainWindow::closeEvent(event);
}

bool MainWindow::selectEntry(core::EntryId id)
{
    int row = m_model->rowOf(id);
    if (row < 0 && m_model->rowCount() > 0) {
        // Pages are read when the view paints; a new entry is usually on the first page, not read yet after a reset.
        (void)m_model->entryAt(0);
        row = m_model->rowOf(id);
    }
    if (row < 0)
        return false;
    const QModelIndex index = m_model->index(row, JournalModel::RegNo);
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index);
    return true;
}

std::optional<core::JournalEntry> MainWindow::currentEntry() const
{
    const QModelIndexList selected = m_table->selectionModel()->selectedRows();
    if (selected.isEmpty())
        return std::nullopt;
    return m_model->entryAt(selected.first().row());
}

void MainWindow::newEntry()
{
    (void)registerFrom(m_journal.newDraft());
}

std::optional<core::EntryId> MainWindow::registerFrom(const core::EntryDraft& draft, QWidget* panel)
{
    EntryDialog dialog(m_journal, this);
    if (m_families)
        dialog.enableFamilies(*m_families);
    if (m_navigator)
        dialog.enableNavigator(*m_navigator);
    dialog.startFrom(draft);
    if (panel)
        dialog.addPanel(panel);
    if (dialog.exec() != QDialog::Accepted || !dialog.savedEntry())
        return std::nullopt;
    const core::JournalEntry& saved = *dialog.savedEntry();
    selectEntry(saved.id);
    statusBar()->showMessage(tr("Registered %1").arg(saved.registrationNumber()), kStatusMessageMs);
    // The journal has moved on: an earlier quick call keeps its number.
    m_lastQuickCall.reset();
    m_undoAction->setText(tr("&Undo quick call"));
    m_undoAction->setEnabled(false);
    return saved.id;
}

void MainWindow::setTelephony(telephony::LineDesk* lines, telephony::RecordingArchive* archive)
{
    if (m_calls || !lines)
        return;
    m_calls = new CallDesk(*lines, archive, m_journal, this);
    m_calls->setFamilyService(m_families);
    m_calls->setRegistrar([this](const core::EntryDraft& draft, QWidget* panel) { return registerFrom(draft, panel); });
    connect(m_calls, &CallDesk::message, this,
            [this](const QString& text) { statusBar()->showMessage(text, kStatusMessageMs); });
    connect(m_calls, &CallDesk::entryRequested, this, [this](qint64 id) { openEntry(id); });
    connect(m_calls, &CallDesk::familyRequested, this, [this](qint64 id) {
        if (FamilyRegistryWindow* registry = showFamilyRegistry())
            registry->openFamily(id);
    });
    m_journalMenu->addSeparator();
    m_journalMenu->addAction(m_calls->callCardAction());
    m_journalMenu->addAction(m_calls->recordingsAction());
    m_serviceMenu->insertAction(m_settingsAction, m_calls->linesAction());
    addAction(m_calls->callCardAction());
    statusBar()->addPermanentWidget(m_calls->statusLabel());
}

void MainWindow::openCurrentEntry()
{
    if (const auto entry = currentEntry())
        openEntry(entry->id);
}

void MainWindow::openEntry(core::EntryId id)
{
    // The cached row may be older than the database: the dialog gets the entry as it is now.
    const auto entry = m_journal.entry(id);
    if (!entry) {
        showError(entry.error().message);
        m_model->refresh();
        return;
    }
    EntryDialog dialog(m_journal, *entry, this);
    if (m_families)
        dialog.enableFamilies(*m_families);
    if (m_navigator)
        dialog.enableNavigator(*m_navigator);
    if (core::HandoffService* handoffs = m_desk->handoffService())
        dialog.showHandoffs(*handoffs);
    if (m_calls) {
        if (QWidget* recordings = m_calls->recordingsPanel(entry->id))
            dialog.addPanel(recordings);
    }
    if (dialog.exec() != QDialog::Accepted || !dialog.savedEntry())
        return;
    const core::JournalEntry& saved = *dialog.savedEntry();
    selectEntry(saved.id);
    statusBar()->showMessage(tr("Saved %1").arg(saved.registrationNumber()), kStatusMessageMs);
}

void MainWindow::registerQuickCall(core::Disposition disposition)
{
    const auto entry = m_journal.registerQuickCall(disposition);
    if (!entry) {
        showError(entry.error().message);
        return;
    }
    QString message = tr("Registered %1: %2").arg(entry->registrationNumber(), lowerFirst(core::label(disposition)));
    if (!selectEntry(entry->id))
        message += QLatin1Char(' ') + tr("(not shown with the current filter)");
    statusBar()->showMessage(message, kStatusMessageMs);
    m_lastQuickCall = {entry->id, entry->registrationNumber()};
    m_undoAction->setText(tr("&Undo quick call %1").arg(entry->registrationNumber()));
    m_undoAction->setEnabled(true);
}

void MainWindow::undoQuickCall()
{
    if (!m_lastQuickCall)
        return;
    const auto [id, number] = *std::exchange(m_lastQuickCall, std::nullopt);
    m_undoAction->setText(tr("&Undo quick call"));
    m_undoAction->setEnabled(false);
    if (auto undone = m_journal.undoQuickCall(id); !undone) {
        showError(undone.error().message);
        return;
    }
    statusBar()->showMessage(tr("Entry %1 has been taken back.").arg(number), kStatusMessageMs);
}

void MainWindow::setChangeFeed(core::ChangeFeed* feed)
{
    if (!m_connectionLabel) {
        m_connectionLabel = new QLabel(this);
        m_connectionLabel->setObjectName(QStringLiteral("connectionLabel"));
        m_connectionLabel->setStyleSheet(QStringLiteral("color: #b00020; font-weight: bold"));
        m_connectionLabel->hide();
        statusBar()->addPermanentWidget(m_connectionLabel);
    }
    connect(feed, &core::ChangeFeed::changed, this, [this](const QSet<QString>& tables) {
        if (tables.isEmpty() || tables.contains(QStringLiteral("journal_entry")))
            m_model->reloadChanged();
        m_desk->reloadChanged(tables);
    });
    connect(feed, &core::ChangeFeed::connectionLost, this, [this](const QString& message) {
        // What the user typed stays in the open forms: a save refused now can be made again once the server is back.
        // The whole sentence is the label's tooltip: the status bar has no room for it beside the label.
        m_connectionLabel->setText(tr("No connection to the database server: trying again…"));
        m_connectionLabel->setToolTip(message);
        m_connectionLabel->show();
    });
    connect(feed, &core::ChangeFeed::connectionRestored, this, [this] {
        m_connectionLabel->hide();
        statusBar()->showMessage(tr("Connected to the database server again."), kStatusMessageMs);
    });
}

void MainWindow::refresh()
{
    m_filterBar->reloadLists();
    m_model->refresh();
    statusBar()->showMessage(tr("The journal has been read again"), kStatusMessageMs);
}

void MainWindow::showUsers()
{
    if (!m_journal.currentUser().hasRole(core::Role::Administrator))
        return;
    UsersDialog dialog(m_auth, m_journal.currentUser(), this);
    dialog.exec();
    // A new dispatcher belongs in the dispatcher filter.
    m_filterBar->reloadLists();
}

void MainWindow::showDistricts()
{
    if (!m_families || !m_journal.currentUser().hasRole(core::Role::Administrator))
        return;
    DistrictsDialog dialog(*m_families, this);
    dialog.exec();
}

void MainWindow::showPartners()
{
    if (!m_partners)
        return;
    PartnersDialog dialog(*m_partners, this);
    dialog.exec();
}

void MainWindow::showLifeSituations()
{
    if (!m_partners || !m_navigator)
        return;
    LifeSituationsDialog dialog(*m_navigator, m_journal, *m_partners, this);
    dialog.exec();
}

void MainWindow::showCategories()
{
    if (!m_journal.currentUser().hasRole(core::Role::Administrator))
        return;
    CategoriesDialog dialog(m_journal, this);
    dialog.exec();
    // Renamed or new categories belong in the category filter, and renamed ones in the table.
    m_filterBar->reloadLists();
    m_model->refresh();
}

void MainWindow::showSettings()
{
    SettingsDialog dialog(this);
    dialog.exec();
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About Zabota"),
        tr("<h3>Zabota %1</h3>"
           "<p>The dispatcher console of a family social-service centre: the hotline journal of appeals.</p>"
           "<p>Free software under the GNU General Public License, version 3 or later.</p>")
            .arg(QCoreApplication::applicationVersion().toHtmlEscaped()));
}

void MainWindow::setReader(core::JournalReader* reader)
{
    m_model->setReader(reader);
}

void MainWindow::setExportJob(core::JournalExportJob* job)
{
    m_export->setJob(job);
}

void MainWindow::updateCount()
{
    if (m_model->isBusy()) {
        m_countLabel->setText(tr("Searching…"));
        return;
    }
    const int count = m_model->totalCount();
    m_countLabel->setText(m_model->filter() == core::JournalFilter{}
                              ? tr("%n entries", nullptr, count)
                              : tr("%n entries match the filter", nullptr, count));
}

void MainWindow::rememberSelection()
{
    m_keptSelection.reset();
    const QModelIndexList selected = m_table->selectionModel()->selectedRows();
    if (selected.isEmpty())
        return;
    const int row = selected.first().row();
    const QVariant id = m_model->data(m_model->index(row, 0), JournalModel::EntryIdRole);
    if (id.isValid())
        m_keptSelection = std::pair{id.toLongLong(), row};
}

void MainWindow::restoreSelection()
{
    if (!m_keptSelection)
        return;
    const auto [id, row] = *m_keptSelection;
    m_keptSelection.reset();
    // After a new entry the old one is usually a row further down; read the pages around where it was.
    for (const int r : {row, row + 1}) {
        if (r < m_model->rowCount())
            (void)m_model->entryAt(r);
    }
    if (const int found = m_model->rowOf(id); found >= 0) {
        const QModelIndex index = m_model->index(found, JournalModel::RegNo);
        m_table->selectionModel()->setCurrentIndex(index,
                                                   QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    }
}

void MainWindow::showError(const QString& message)
{
    statusBar()->showMessage(message, kStatusMessageMs);
    // One box at a time, not modal: the dispatcher may be on a call and must still reach the journal.
    if (m_errorBox) {
        m_errorBox->setText(message);
        m_errorBox->raise();
        return;
    }
    m_errorBox = new QMessageBox(QMessageBox::Warning, tr("Zabota"), message, QMessageBox::Close, this);
    m_errorBox->setAttribute(Qt::WA_DeleteOnClose);
    m_errorBox->setModal(false);
    m_errorBox->show();
}

} // namespace zabota::ui
