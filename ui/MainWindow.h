// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/journal/JournalEntry.h"
#include "ui/CaseDesk.h"

#include <QMainWindow>
#include <QPointer>

class QAction;
class QLabel;
class QMenu;
class QMessageBox;
class QTableView;

namespace zabota::core {
class AuthService;
class ChangeFeed;
class CaseList;
class CaseService;
class JournalExportJob;
class JournalReader;
class FamilyService;
class HandoffService;
class JournalService;
class NavigatorService;
class PartnerService;
class StatisticsService;
} // namespace zabota::core

namespace zabota::telephony {
class LineDesk;
class RecordingArchive;
} // namespace zabota::telephony

namespace zabota::ui {

class CallDesk;
class CaseWindow;
class CasesWindow;
class ExportDesk;
class FamilyRegistryWindow;
class HandoffInboxWindow;
class JournalFilterBar;
class JournalModel;
class StatisticsWindow;

// The dispatcher's main screen: the journal with its filters, registering an appeal, and the calls that take one key
// (F6 silent, F7 hung up, F8 wrong number, F9 information only).
class MainWindow final : public QMainWindow {
    Q_OBJECT

public:
    MainWindow(core::JournalService& journal, core::AuthService& auth, QWidget* parent = nullptr);
    ~MainWindow() override;

    [[nodiscard]] JournalModel* model() const { return m_model; }
    [[nodiscard]] QTableView* table() const { return m_table; }
    [[nodiscard]] JournalFilterBar* filterBar() const { return m_filterBar; }

    // Selects the entry's row and scrolls to it, if the entry is among the first rows or those read already.
    bool selectEntry(core::EntryId id);
    // The entry in the selected row, if any.
    [[nodiscard]] std::optional<core::JournalEntry> currentEntry() const;

    // Filters and searches are then read on the reader's thread, so the window never waits for them.
    void setReader(core::JournalReader* reader);
    // Enables Journal → Export… (Ctrl+E) for a supervisor or an administrator; the job must outlive the window.
    void setExportJob(core::JournalExportJob* job);
    [[nodiscard]] ExportDesk* exportDesk() const { return m_export; }
    // The family registry (Families → Family registry…) is offered once the service is set; it must outlive the
    // window.
    void setFamilyService(core::FamilyService* families);
    // Enables handing entries to curators and the handoff inbox; null switches them off.
    void setHandoffService(core::HandoffService* handoffs) { m_desk->setHandoffService(handoffs); }
    // Opens (or raises) the handoff inbox; null without a handoff service.
    HandoffInboxWindow* showHandoffs() { return m_desk->showHandoffs(); }
    // Enables the support cases: the case window, the list of cases and of late work; null switches them off.
    void setCaseServices(core::CaseService* cases, const core::CaseList* list) { m_desk->setCaseServices(cases, list); }
    // Opens (or raises) the list of cases on the page given; null without the case services.
    CasesWindow* showCases(bool late = false) { return m_desk->showCases(late); }
    // Opens the window of a support case; null without the case services.
    CaseWindow* openCase(qint64 caseId) { return m_desk->openCase(caseId); }
    // Opens the registry window, or raises it if it is open; nullptr while no family service is set.
    FamilyRegistryWindow* showFamilyRegistry();
    // Enables the partner organisations and the life situations (Service menu) and the navigator of the registration
    // form; both must outlive the window.
    void setNavigator(core::PartnerService* partners, core::NavigatorService* navigator);
    // The phone lines: a card for each call, registering a call, the lines' settings and the recordings. `archive`
    // may be null (nothing is recorded then); both must outlive the window.
    void setTelephony(telephony::LineDesk* lines, telephony::RecordingArchive* archive);
    [[nodiscard]] CallDesk* callDesk() const { return m_calls; }
    // Enables the statistics (Reports → Statistics, Ctrl+T) for a supervisor or an administrator; it must outlive the
    // window.
    void setStatisticsService(core::StatisticsService* statistics);
    // Live updates: the journal, the handoffs and the cases read again when another workstation changed them, and a
    // red line in the status bar while the database server cannot be reached. The feed must outlive the window.
    void setChangeFeed(core::ChangeFeed* feed);
    [[nodiscard]] QLabel* connectionLabel() const { return m_connectionLabel; }
    // Opens (or raises) the statistics window; null without the service or for a user who may not see it.
    StatisticsWindow* showStatistics();
    // Opens the registration form with `draft` (and `panel` on top of it); the entry saved, if one was.
    std::optional<core::EntryId> registerFrom(const core::EntryDraft& draft, QWidget* panel = nullptr);

    void newEntry();
    void openCurrentEntry();
    void registerQuickCall(core::Disposition disposition);
    // Takes back the last call registered with one keystroke (Ctrl+Z), while the journal allows it.
    void undoQuickCall();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createActions();
    void createMenus();
    void createToolBar();
    void setUpTable();
    void restoreSettings();
    void saveSettings() const;

    void openEntry(core::EntryId id);
    void refresh();
    void showUsers();
    void showCategories();
    void showDistricts();
    void showPartners();
    void showLifeSituations();
    void showSettings();
    void showAbout();
    void updateCount();
    void rememberSelection();
    void restoreSelection();
    void showError(const QString& message);

    core::JournalService& m_journal;
    core::AuthService& m_auth;
    JournalModel* m_model = nullptr;
    JournalFilterBar* m_filterBar = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_countLabel = nullptr;
    QLabel* m_userLabel = nullptr;
    QLabel* m_connectionLabel = nullptr; // shown while the database server cannot be reached
    QPointer<QMessageBox> m_errorBox;
    CaseDesk* m_desk = nullptr;  // the handoffs and the cases
    CallDesk* m_calls = nullptr; // the phone lines, once set
    ExportDesk* m_export = nullptr;
    QMenu* m_journalMenu = nullptr;
    QMenu* m_serviceMenu = nullptr;
    core::FamilyService* m_families = nullptr;
    QPointer<FamilyRegistryWindow> m_familyRegistry;
    core::PartnerService* m_partners = nullptr;
    core::NavigatorService* m_navigator = nullptr;
    QAction* m_partnersAction = nullptr;
    QAction* m_situationsAction = nullptr;
    core::StatisticsService* m_statistics = nullptr;
    QPointer<StatisticsWindow> m_statisticsWindow;
    QAction* m_statisticsAction = nullptr;

    QAction* m_newAction = nullptr;
    QAction* m_quitAction = nullptr;
    QAction* m_openAction = nullptr;
    QAction* m_refreshAction = nullptr;
    QAction* m_findAction = nullptr;
    QList<QAction*> m_quickCallActions;
    QAction* m_undoAction = nullptr;
    QAction* m_usersAction = nullptr;
    QAction* m_categoriesAction = nullptr;
    QAction* m_districtsAction = nullptr;
    QAction* m_familyRegistryAction = nullptr;
    QAction* m_settingsAction = nullptr;
    QAction* m_aboutAction = nullptr;
    QAction* m_aboutQtAction = nullptr;

    // The last call registered here with one keystroke, and its number, while Ctrl+Z may take it back.
    std::optional<std::pair<core::EntryId, QString>> m_lastQuickCall;
    // The entry selected before the table was reset, and its row then; kept to select it again.
    std::optional<std::pair<core::EntryId, int>> m_keptSelection;
};

} // namespace zabota::ui
