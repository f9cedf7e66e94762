// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/audit/AuditRepository.h"
#include "core/auth/AuthService.h"
#include "core/auth/UserRepository.h"
#include "core/family/DistrictRepository.h"
#include "core/family/FamilyRepository.h"
#include "core/family/FamilyService.h"
#include "core/journal/CategoryRepository.h"
#include "core/journal/JournalRepository.h"
#include "core/journal/JournalService.h"
#include "core/storage/Database.h"
#include "tests/support/QtPrinting.h"
#include "tests/support/TestBackend.h"

#include <QTemporaryDir>

#include <memory>

namespace zabota::tests {

// A real database with the real migrations, an administrator and a dispatcher, and the journal services over it: an
// SQLite file in a fresh temporary folder, or a fresh database on the test PostgreSQL server (see TestBackend.h).
// Passwords are hashed with few iterations to keep tests quick; the iteration count of real accounts is checked in its
// own test.
class TestDatabase {
public:
    static constexpr int kFastIterations = 1000;
    static inline const QString kPassword = QStringLiteral("correct horse");

    explicit TestDatabase(Backend backend = configuredBackend());
    ~TestDatabase();
    TestDatabase(const TestDatabase&) = delete;
    TestDatabase& operator=(const TestDatabase&) = delete;

    // Where the database is: core::Database::open(address()) opens it again, as another workstation or thread would.
    [[nodiscard]] const core::DatabaseAddress& address() const { return m_address; }
    // The SQLite file, for tests that hand it to the console's executable; empty on PostgreSQL.
    [[nodiscard]] QString path() const { return m_address.path(); }
    // A temporary folder of the test's own (for SQLite it holds the database file).
    [[nodiscard]] QString dir() const { return m_dir.path(); }
    // Makes this connection refuse every write from now on, as a database the console may only read.
    void refuseWrites();

    core::Database& db() { return *m_db; }
    core::UserRepository& users() { return *m_users; }
    core::AuthService& auth() { return *m_auth; }
    core::CategoryRepository& categories() { return *m_categories; }
    core::JournalRepository& journalRepo() { return *m_journalRepo; }
    core::JournalService& journal() { return *m_journal; }
    core::AuditRepository& audit() { return *m_audit; }
    core::FamilyRepository& familyRepo() { return *m_familyRepo; }
    core::DistrictRepository& districts() { return *m_districts; }
    // The family service of the dispatcher, on the same clock as the journal.
    core::FamilyService& families() { return *m_families; }
    // The same, as the administrator works with it.
    core::FamilyService& adminFamilies() { return *m_adminFamilies; }
    const core::User& admin() const { return m_admin; }
    const core::User& dispatcher() const { return m_dispatcher; }

    // Adds a user with the roles given (as the administrator would), with a password nobody needs to know.
    core::User addUser(const QString& login, const QString& fullName, const QList<core::Role>& roles);

    // Moves the service's clock; it starts at 2026-03-10 14:30 local time.
    void setNow(const QDateTime& now) { m_now = now; }
    [[nodiscard]] QDateTime now() const { return m_now; }

    // A valid appeal: applicant, category, summary.
    [[nodiscard]] core::EntryDraft draft(const QString& applicant, const QString& summary,
                                         const QDateTime& receivedAt = {}) const;
    [[nodiscard]] core::CategoryId categoryId(int index) const;
    // A valid family: a mother with the surname given and, if `childBirth` is valid, a minor child of hers.
    [[nodiscard]] static core::FamilyDraft familyDraft(const QString& surname, const QDate& childBirth = {},
                                                       const QString& phone = {}, const QString& address = {});

private:
    QTemporaryDir m_dir;
    core::DatabaseAddress m_address;
    QDateTime m_now;
    std::unique_ptr<core::Database> m_db;
    std::unique_ptr<core::UserRepository> m_users;
    std::unique_ptr<core::AuthService> m_auth;
    std::unique_ptr<core::CategoryRepository> m_categories;
    std::unique_ptr<core::JournalRepository> m_journalRepo;
    std::unique_ptr<core::JournalService> m_journal;
    std::unique_ptr<core::AuditRepository> m_audit;
    std::unique_ptr<core::FamilyRepository> m_familyRepo;
    std::unique_ptr<core::DistrictRepository> m_districts;
    std::unique_ptr<core::FamilyService> m_families;
    std::unique_ptr<core::FamilyService> m_adminFamilies;
    core::User m_admin;
    core::User m_dispatcher;
    QList<core::ProblemCategory> m_categoryList;
};

} // namespace zabota::tests
