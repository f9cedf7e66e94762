// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/MoveFixture.h"

#include "core/demo/DemoGenerator.h"
#include "tests/support/PostgresServer.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <catch2/catch.hpp>

namespace zabota::tests {

MoveFixture::MoveFixture()
    : m_desk(std::make_unique<TestDatabase>(Backend::Sqlite))
{
    core::DemoOptions demo;
    demo.entries = kEntries;
    demo.families = kFamilies;
    demo.years = 2;
    demo.cases = 15;
    demo.endDate = QDate(2026, 3, 10);
    demo.passwordIterations = TestDatabase::kFastIterations;
    auto report = core::DemoGenerator(m_desk->db()).generate(demo);
    if (!report)
        FAIL(report.error().message.toStdString() + " / " + report.error().detail.toStdString());
    auto created = PostgresServer::get().createDatabase(true);
    if (!created)
        FAIL(created.error().toStdString());
    m_server = *created;
}

MoveFixture::~MoveFixture()
{
    m_desk.reset();
    PostgresServer::get().dropDatabase(m_server);
}

std::unique_ptr<core::Database> MoveFixture::openServer() const
{
    auto db = core::Database::open(m_server);
    if (!db)
        FAIL(db.error().message.toStdString() + " / " + db.error().detail.toStdString());
    return std::move(*db);
}

void MoveFixture::asSuperuser(const QStringList& statements) const
{
    auto done = PostgresServer::get().runAsSuperuser(m_server.databaseName(), statements);
    if (!done)
        FAIL(done.error().toStdString());
}

QVariant MoveFixture::serverValue(const QString& sql) const
{
    const auto db = openServer();
    QSqlQuery query(db->connection());
    if (!query.exec(sql) || !query.next())
        FAIL(sql.toStdString() + ": " + query.lastError().text().toStdString());
    return query.value(0);
}

} // namespace zabota::tests
