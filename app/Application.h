// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/CommandLine.h"

#include <QCoreApplication>

#include <memory>

namespace zabota::core {
class AuditRepository;
class AuthService;
class CaseList;
class CaseService;
class CategoryRepository;
class ChangeFeed;
class Database;
class DistrictRepository;
class FamilyRepository;
class FamilyService;
class HandoffRepository;
class HandoffService;
class JournalExportJob;
class JournalReader;
class JournalRepository;
class JournalService;
class NavigatorRepository;
class NavigatorService;
class PartnerRepository;
class PartnerService;
class RecordingRepository;
class StatisticsService;
class UserRepository;
struct Error;
} // namespace zabota::core

namespace zabota::telephony {
class LineDesk;
class RecordingArchive;
} // namespace zabota::telephony

namespace zabota::ui {
class MainWindow;
}

namespace zabota::app {

// The composition root of the console's window: opens the database, fills it with demo data if asked, lets a person
// in (the first administrator, or a login), then builds the journal's services and the main window over them. It
// owns every object it builds; nothing else creates services.
class Application final {
    Q_DECLARE_TR_FUNCTIONS(zabota::app::Application)

public:
    explicit Application(WindowOptions options);
    ~Application();
    Application(const Application&) = delete;
    Application& operator=(const Application&) = delete;

    // Runs on the QApplication until the window closes; returns the exit code: 0 (also when the person leaves at the
    // login, or --quit-after fires), 1 if the database cannot be used.
    [[nodiscard]] int run();

private:
    // Opens the database of the command line. A PostgreSQL server that asks for a password, or refuses the one in the
    // address, gets it from the person; the password stays in memory only. Null when the person gave up (nothing to
    // show) or the database cannot be used (already shown).
    [[nodiscard]] std::unique_ptr<core::Database> openDatabase();
    // Fills an empty journal with demo data under a progress dialog, in a thread with its own connection. False if
    // the database refused (already shown); cancelling is not a failure.
    [[nodiscard]] bool fillWithDemoIfEmpty();
    // The recordings archive (recovering what the last stop cut off), the lines of this workstation and their calls.
    void startTelephony();
    [[nodiscard]] int showError(const core::Error& error) const;
    // Leaves the console wherever it is (--quit-after, a stop signal): every event loop ends, the exit code is 0.
    void leave();

    WindowOptions m_options;
    bool m_quitRequested = false;
    std::unique_ptr<core::Database> m_db;
    std::unique_ptr<core::UserRepository> m_users;
    std::unique_ptr<core::AuthService> m_auth;
    std::unique_ptr<core::CategoryRepository> m_categories;
    std::unique_ptr<core::JournalRepository> m_journalRepo;
    std::unique_ptr<core::JournalService> m_journal;
    std::unique_ptr<core::JournalReader> m_reader;       // after the window is gone, before the database
    std::unique_ptr<core::JournalExportJob> m_exportJob; // the same
    std::unique_ptr<core::ChangeFeed> m_changes;         // the same
    std::unique_ptr<core::DistrictRepository> m_districts;
    std::unique_ptr<core::AuditRepository> m_audit;
    std::unique_ptr<core::FamilyRepository> m_familyRepo;
    std::unique_ptr<core::FamilyService> m_families; // the registry window uses it: destroyed after the window
    std::unique_ptr<core::HandoffRepository> m_handoffRepo;
    std::unique_ptr<core::HandoffService> m_handoffs; // the inbox window uses it: destroyed after the window
    std::unique_ptr<core::CaseService> m_caseService; // the case windows use them: destroyed after the window
    std::unique_ptr<core::CaseList> m_caseList;
    std::unique_ptr<core::PartnerRepository> m_partnerRepo;
    std::unique_ptr<core::NavigatorRepository> m_navigatorRepo;
    std::unique_ptr<core::PartnerService> m_partners; // the window's dialogs use them: destroyed after the window
    std::unique_ptr<core::NavigatorService> m_navigator;
    std::unique_ptr<core::StatisticsService> m_statistics; // the statistics window uses it: destroyed after the window
    std::unique_ptr<core::RecordingRepository> m_recordingRepo;
    std::unique_ptr<telephony::RecordingArchive> m_archive;
    std::unique_ptr<telephony::LineDesk> m_lineDesk; // stopped after the window, cataloguing calls still going on
    std::unique_ptr<ui::MainWindow> m_window;
};

} // namespace zabota::app
