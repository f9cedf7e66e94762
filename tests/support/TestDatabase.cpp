// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/TestDatabase.h"

#include "tests/support/PostgresServer.h"

#include <QSqlQuery>

#include <catch2/catch.hpp>

namespace zabota::tests {

TestDatabase::TestDatabase(Backend backend)
    : m_now(QDate(2026, 3, 10), QTime(14, 30))
{
    REQUIRE(m_dir.isValid());
    if (backend == Backend::Sqlite) {
        m_address = core::DatabaseAddress::sqlite(m_dir.filePath(QStringLiteral("zabota.sqlite")));
    } else {
        auto created = PostgresServer::get().createDatabase(true);
        if (!created)
            FAIL(created.error().toStdString());
        m_address = *created;
    }
    auto db = core::Database::open(m_address);
    if (!db)
        FAIL(db.error().message.toStdString() + " / " + db.error().detail.toStdString());
    m_db = std::move(*db);
    m_users = std::make_unique<core::UserRepository>(*m_db);
    m_auth = std::make_unique<core::AuthService>(*m_users, kFastIterations);
    auto admin = m_auth->createFirstAdmin(
        {QStringLiteral("admin"), QStringLiteral("Администратор Системы"), kPassword, {core::Role::Administrator}});
    REQUIRE(admin.has_value());
    m_admin = *admin;
    auto dispatcher = m_auth->addUser(
        m_admin,
        {QStringLiteral("petrova"), QStringLiteral("Петрова Анна Сергеевна"), kPassword, {core::Role::Dispatcher}});
    REQUIRE(dispatcher.has_value());
    m_dispatcher = *dispatcher;
    m_categories = std::make_unique<core::CategoryRepository>(*m_db);
    m_journalRepo = std::make_unique<core::JournalRepository>(*m_db);
    m_journal =
        std::make_unique<core::JournalService>(*m_journalRepo, *m_categories, m_dispatcher, [this] { return m_now; });
    m_audit = std::make_unique<core::AuditRepository>(*m_db);
    m_familyRepo = std::make_unique<core::FamilyRepository>(*m_db, *m_journalRepo);
    m_districts = std::make_unique<core::DistrictRepository>(*m_db);
    m_families = std::make_unique<core::FamilyService>(*m_familyRepo, *m_districts, *m_audit, m_dispatcher,
                                                       [this] { return m_now; });
    m_adminFamilies =
        std::make_unique<core::FamilyService>(*m_familyRepo, *m_districts, *m_audit, m_admin, [this] { return m_now; });
    auto categories = m_categories->list();
    REQUIRE(categories.has_value());
    m_categoryList = *categories;
}

TestDatabase::~TestDatabase()
{
    m_families.reset();
    m_familyRepo.reset();
    m_districts.reset();
    m_audit.reset();
    m_journal.reset();
    m_db.reset();
    if (m_address.isPostgres())
        PostgresServer::get().dropDatabase(m_address);
}

void TestDatabase::refuseWrites()
{
    const QString sql = m_address.isPostgres() ? QStringLiteral("SET default_transaction_read_only = on")
                                               : QStringLiteral("PRAGMA query_only = 1");
    REQUIRE(QSqlQuery(m_db->connection()).exec(sql));
}

core::CategoryId TestDatabase::categoryId(int index) const
{
    return m_categoryList.at(index).id;
}

core::EntryDraft TestDatabase::draft(const QString& applicant, const QString& summary,
                                     const QDateTime& receivedAt) const
{
    core::EntryDraft d;
    d.receivedAt = receivedAt.isValid() ? receivedAt : m_now.addSecs(-600);
    d.applicantName = applicant;
    d.applicantPhone = QStringLiteral("+7 (912) 345-67-89");
    d.categoryId = m_categoryList.first().id;
    d.summary = summary;
    return d;
}

core::User TestDatabase::addUser(const QString& login, const QString& fullName, const QList<core::Role>& roles)
{
    auto user = m_auth->addUser(m_admin, {login, fullName, kPassword, roles});
    REQUIRE(user.has_value());
    return *user;
}

core::FamilyDraft TestDatabase::familyDraft(const QString& surname, const QDate& childBirth, const QString& phone,
                                            const QString& address)
{
    core::FamilyDraft d;
    core::FamilyMember mother;
    mother.surname = surname;
    mother.firstName = QStringLiteral("Мария");
    mother.patronymic = QStringLiteral("Ивановна");
    mother.birthDate = QDate(1990, 5, 17);
    mother.sex = core::Sex::Female;
    mother.relation = core::Relation::Mother;
    mother.legalRepresentative = true;
    d.members << mother;
    if (childBirth.isValid()) {
        core::FamilyMember child;
        child.surname = surname;
        child.firstName = QStringLiteral("Артём");
        child.birthDate = childBirth;
        child.sex = core::Sex::Male;
        child.relation = core::Relation::Child;
        d.members << child;
    }
    if (!phone.isEmpty())
        d.phones << phone;
    d.registeredAddress = address;
    return d;
}

} // namespace zabota::tests
