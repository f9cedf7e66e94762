// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/EmptyDatabase.h"

#include "tests/support/PostgresServer.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <catch2/catch.hpp>

namespace zabota::tests {

EmptyDatabase::EmptyDatabase(Backend backend)
{
    REQUIRE(m_dir.isValid());
    if (backend == Backend::Sqlite) {
        m_address = core::DatabaseAddress::sqlite(m_dir.filePath(QStringLiteral("zabota.sqlite")));
        return;
    }
    auto created = PostgresServer::get().createDatabase(false);
    if (!created)
        FAIL(created.error().toStdString());
    m_address = *created;
}

EmptyDatabase::~EmptyDatabase()
{
    if (m_address.isPostgres())
        PostgresServer::get().dropDatabase(m_address);
}

core::Result<std::unique_ptr<core::Database>> EmptyDatabase::open(const QString& migrationsDir) const
{
    return core::Database::open(m_address, migrationsDir);
}

void EmptyDatabase::withConnection(const std::function<void(QSqlDatabase&)>& work) const
{
    const QString name = QStringLiteral("zabota-test-another-program");
    {
        QSqlDatabase connection = QSqlDatabase::addDatabase(
            m_address.isPostgres() ? QStringLiteral("QPSQL") : QStringLiteral("QSQLITE"), name);
        if (m_address.isPostgres()) {
            connection.setHostName(m_address.host());
            connection.setPort(m_address.port());
            connection.setDatabaseName(m_address.databaseName());
            connection.setUserName(m_address.user());
            connection.setPassword(m_address.password());
        } else {
            connection.setDatabaseName(m_address.path());
        }
        if (connection.open())
            work(connection);
        else
            FAIL_CHECK("cannot connect: " << connection.lastError().text().toStdString());
        connection.close();
    }
    QSqlDatabase::removeDatabase(name);
}

QVariant EmptyDatabase::runAsAnotherProgram(const QStringList& statements) const
{
    QVariant first;
    withConnection([&](QSqlDatabase& connection) {
        for (const QString& sql : statements) {
            QSqlQuery query(connection);
            if (!query.exec(sql)) {
                FAIL_CHECK(sql.toStdString() << ": " << query.lastError().text().toStdString());
                return;
            }
            first = query.next() ? query.value(0) : QVariant();
        }
    });
    return first;
}

QStringList EmptyDatabase::tables() const
{
    QStringList names;
    withConnection([&names](QSqlDatabase& connection) { names = connection.tables(); });
    names.sort();
    return names;
}

} // namespace zabota::tests
