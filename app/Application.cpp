// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/Application.h"

#include "app/StopSignals.h"
#include "core/audit/AuditRepository.h"
#include "core/auth/AuthService.h"
#include "core/auth/UserRepository.h"
#include "core/demo/DemoGenerator.h"
#include "core/export/JournalExportJob.h"
#include "core/family/DistrictRepository.h"
#include "core/family/FamilyRepository.h"
#include "core/family/FamilyService.h"
#include "core/handoff/HandoffRepository.h"
#include "core/handoff/HandoffService.h"
#include "core/journal/CategoryRepository.h"
#include "core/journal/JournalReader.h"
#include "core/journal/JournalRepository.h"
#include "core/journal/JournalService.h"
#include "core/navigator/NavigatorRepository.h"
#include "core/navigator/NavigatorService.h"
#include "core/partner/PartnerRepository.h"
#include "core/partner/PartnerService.h"
#include "core/recording/RecordingRepository.h"
#include "core/statistics/StatisticsService.h"
#include "core/storage/ChangeFeed.h"
#include "core/storage/Database.h"
#include "core/supportcase/CaseList.h"
#include "core/supportcase/CaseService.h"
#include "core/telephony/LineDesk.h"
#include "core/telephony/RecordingArchive.h"
#include "ui/CallDesk.h"
#include "ui/FirstRunDialog.h"
#include "ui/LoginDialog.h"
#include "ui/MainWindow.h"

#include <QApplication>
#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QInputDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressDialog>
#include <QSettings>
#include <QStandardPaths>
#include <QThread>
#include <QTimer>

#include <atomic>

namespace zabota::app {

namespace {

const QString kLastLoginKey = QStringLiteral("auth/lastLogin");

} // namespace

Application::Application(WindowOptions options)
    : m_options(std::move(options))
{}

// The window goes before the services it shows, the services before the database: reverse order of members.
Application::~Application() = default;

int Application::showError(const core::Error& error) const
{
    if (!error.detail.isEmpty())
        qWarning("%s", qUtf8Printable(error.detail));
    if (!m_quitRequested)
        QMessageBox::critical(nullptr, tr("Zabota"), error.message);
    return 1;
}

std::unique_ptr<core::Database> Application::openDatabase()
{
    core::DatabaseAddress address = m_options.database;
    const QString asked =
        address.password().isEmpty()
            ? tr("The database server %1 asks for the password of the user «%2».")
                  .arg(address.host().isEmpty() ? tr("of this computer") : address.host(), address.user())
            : QString();
    // Without a password in the address libpq may still find one (~/.pgpass, PGPASSWORD): the first try goes without.
    for (int attempt = 0;; ++attempt) {
        auto db = core::Database::open(address);
        if (db)
            return std::move(*db);
        const bool canAsk = address.isPostgres() && db.error().kind == core::Error::Kind::Auth && attempt < 5;
        if (!canAsk || m_quitRequested) {
            (void)showError(db.error());
            return nullptr;
        }
        if (!db.error().detail.isEmpty())
            qWarning("%s", qUtf8Printable(db.error().detail));
        bool given = false;
        const QString password =
            QInputDialog::getText(nullptr, tr("Zabota"),
                                  (attempt == 0 && !asked.isEmpty() ? asked : db.error().message) +
                                      QLatin1String("\n\n") + tr("Password for %1:").arg(address.shown()),
                                  QLineEdit::Password, {}, &given);
        if (!given || m_quitRequested)
            return nullptr;
        address = address.withPassword(password);
    }
}

bool Application::fillWithDemoIfEmpty()
{
    auto count = m_journalRepo->count({});
    if (!count) {
        (void)showError(count.error());
        return false;
    }
    if (*count > 0) {
        qInfo("--demo: the journal holds %d entries; no demo data added", *count);
        return true;
    }

    QProgressDialog progress(tr("Making up %1 demo appeals over %2 years…")
                                 .arg(QLocale().toString(CommandLine::kDemoEntries))
                                 .arg(CommandLine::kDemoYears),
                             tr("Stop"), 0, CommandLine::kDemoEntries);
    progress.setWindowTitle(tr("Demo data"));
    progress.setWindowModality(Qt::ApplicationModal);
    progress.setMinimumDuration(0);
    progress.setValue(0);

    // The generator runs in a thread of its own with a connection of its own (a connection serves one thread); the
    // batches it finished stay when it is stopped.
    std::atomic<bool> stop = false;
    QObject::connect(&progress, &QProgressDialog::canceled, &progress, [&stop] { stop = true; });
    std::optional<core::Result<core::DemoReport>> outcome;
    const core::DatabaseAddress address = m_db->address();
    QThread* worker = QThread::create([&stop, &outcome, &progress, address] {
        auto db = core::Database::open(address);
        if (!db) {
            outcome = std::unexpected(db.error());
            return;
        }
        core::DemoOptions options;
        options.entries = CommandLine::kDemoEntries;
        options.families = CommandLine::kDemoFamilies;
        options.years = CommandLine::kDemoYears;
        outcome = core::DemoGenerator(**db).generate(options, [&stop, &progress](int done, int) {
            QMetaObject::invokeMethod(
                &progress, [&progress, done] { progress.setValue(done); }, Qt::QueuedConnection);
            return !stop;
        });
    });
    QEventLoop loop;
    QObject::connect(worker, &QThread::finished, &loop, &QEventLoop::quit);
    worker->start();
    loop.exec();
    // The loop also ends when --quit-after fires: stop the generator after its batch and wait for it.
    stop = stop || m_quitRequested;
    worker->wait();
    delete worker;
    QCoreApplication::removePostedEvents(&progress); // progress updates still queued
    progress.reset();

    if (!outcome || !*outcome) {
        if (outcome)
            (void)showError(outcome->error());
        return false;
    }
    qInfo("--demo: %d users and %d entries created%s", (*outcome)->usersCreated, (*outcome)->entriesCreated,
          (*outcome)->cancelled ? " (stopped)" : "");
    return true;
}

void Application::startTelephony()
{
    // Recordings live beside an SQLite database, so that the two are backed up and moved together; with a shared
    // PostgreSQL database each workstation keeps the calls of its own lines in its data folder.
    const QString directory =
        m_db->address().isPostgres()
            ? QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
                  .filePath(QStringLiteral("recordings"))
            : QFileInfo(m_db->address().path()).absoluteDir().filePath(QStringLiteral("recordings"));
    m_recordingRepo = std::make_unique<core::RecordingRepository>(*m_db);
    m_archive = std::make_unique<telephony::RecordingArchive>(directory, *m_recordingRepo);
    // Calls cut off when the console last stopped (a power cut, a kill) are put back in the catalogue first.
    const auto recovered = m_archive->recover();
    if (!recovered)
        qWarning("recordings not recovered: %s", qUtf8Printable(recovered.error().detail));
    else if (!recovered->isEmpty())
        qInfo("%lld recordings cut off by the last stop recovered", qlonglong(recovered->size()));
    m_lineDesk = std::make_unique<telephony::LineDesk>(m_archive.get());
    m_window->setTelephony(m_lineDesk.get(), m_archive.get());
    ui::CallDesk* calls = m_window->callDesk();
    calls->applyRetention();
    calls->startLines();
    if (recovered && !recovered->isEmpty())
        QTimer::singleShot(0, calls, &ui::CallDesk::showRecordings);
}

void Application::leave()
{
    m_quitRequested = true;
    QCoreApplication::exit(0); // ends every event loop, a dialog's included
}

int Application::run()
{
    if (m_options.quitAfterMs >= 0) {
        QTimer::singleShot(m_options.quitAfterMs, qApp, [this] {
            qInfo("--quit-after: leaving");
            leave();
        });
    }
    // Stopped by the system (shutdown, a service manager): leave as if the window were closed, so that a call in
    // progress keeps its recording in the catalogue.
    StopSignals* stopSignals = new StopSignals(qApp);
    QObject::connect(stopSignals, &StopSignals::stopRequested, qApp, [this](int signalNumber) {
        qInfo("signal %d: leaving", signalNumber);
        leave();
    });
    // Every exit below leaves with 0 once --quit-after has fired: wherever the console was, it left on purpose.
    auto exitCode = [this](int code) {
        return m_quitRequested ? 0 : code;
    };

    m_db = openDatabase();
    if (!m_db)
        return exitCode(m_quitRequested ? 0 : 1);
    m_users = std::make_unique<core::UserRepository>(*m_db);
    m_auth = std::make_unique<core::AuthService>(*m_users);
    m_categories = std::make_unique<core::CategoryRepository>(*m_db);
    m_journalRepo = std::make_unique<core::JournalRepository>(*m_db);

    if (m_options.demo && !fillWithDemoIfEmpty())
        return exitCode(1);
    if (m_quitRequested)
        return 0;

    auto needsAdmin = m_auth->needsFirstAdmin();
    if (!needsAdmin)
        return exitCode(showError(needsAdmin.error()));
    core::User user;
    if (*needsAdmin) {
        ui::FirstRunDialog dialog(*m_auth);
        if (dialog.exec() != QDialog::Accepted || m_quitRequested)
            return 0;
        user = dialog.user();
    } else {
        ui::LoginDialog dialog(*m_auth, QSettings().value(kLastLoginKey).toString());
        if (dialog.exec() != QDialog::Accepted || m_quitRequested)
            return 0;
        user = dialog.user();
    }
    QSettings().setValue(kLastLoginKey, user.login);
    qInfo("%s logged in", qUtf8Printable(user.login));

    m_journal = std::make_unique<core::JournalService>(*m_journalRepo, *m_categories, user);
    m_reader = std::make_unique<core::JournalReader>(m_db->address());
    m_districts = std::make_unique<core::DistrictRepository>(*m_db);
    m_audit = std::make_unique<core::AuditRepository>(*m_db);
    m_familyRepo = std::make_unique<core::FamilyRepository>(*m_db, *m_journalRepo);
    // Category masks whose day has passed make the registry slower, never wrong: a failure is only logged.
    if (const auto masks = m_familyRepo->refreshCategoryMasks(QDate::currentDate()); !masks)
        qWarning("category masks not refreshed: %s", qUtf8Printable(masks.error().detail));
    else if (*masks > 0)
        qInfo("category masks of %d family cards computed again", *masks);
    m_families = std::make_unique<core::FamilyService>(*m_familyRepo, *m_districts, *m_audit, user);
    m_window = std::make_unique<ui::MainWindow>(*m_journal, *m_auth);
    m_window->setReader(m_reader.get());
    m_exportJob = std::make_unique<core::JournalExportJob>(m_db->address(), user);
    m_window->setExportJob(m_exportJob.get());
    m_window->setFamilyService(m_families.get());
    m_handoffRepo = std::make_unique<core::HandoffRepository>(*m_db);
    m_handoffs = std::make_unique<core::HandoffService>(*m_handoffRepo, *m_users, user);
    m_window->setHandoffService(m_handoffs.get());
    m_caseService = std::make_unique<core::CaseService>(*m_db, user);
    m_caseList = std::make_unique<core::CaseList>(*m_db);
    m_window->setCaseServices(m_caseService.get(), m_caseList.get());
    m_partnerRepo = std::make_unique<core::PartnerRepository>(*m_db);
    m_navigatorRepo = std::make_unique<core::NavigatorRepository>(*m_db, *m_partnerRepo);
    m_partners = std::make_unique<core::PartnerService>(*m_partnerRepo, user);
    m_navigator = std::make_unique<core::NavigatorService>(*m_navigatorRepo, user);
    m_window->setNavigator(m_partners.get(), m_navigator.get());
    m_statistics = std::make_unique<core::StatisticsService>(*m_db, *m_audit, user);
    m_window->setStatisticsService(m_statistics.get());
    m_changes = std::make_unique<core::ChangeFeed>(m_db->address());
    m_window->setChangeFeed(m_changes.get());
    startTelephony();
    m_window->show();
    if (m_quitRequested)
        return 0;
    return exitCode(QApplication::exec());
}

} // namespace zabota::app
