// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/ReadSnapshot.h"

#include "core/storage/Database.h"

#include <QSqlError>
#include <QSqlQuery>

namespace zabota::core {

Result<ReadSnapshot> ReadSnapshot::begin(const Database& db)
{
    QSqlQuery query(db.connection());
    const QString statement = db.dialect().kind() == SqlDialect::Kind::Sqlite
                                  ? QStringLiteral("BEGIN DEFERRED")
                                  : QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    if (!query.exec(statement))
        return std::unexpected(db.toError(query.lastError()));
    return ReadSnapshot(&db);
}

ReadSnapshot::ReadSnapshot(ReadSnapshot&& other) noexcept
    : m_db(std::exchange(other.m_db, nullptr))
{}

ReadSnapshot::~ReadSnapshot()
{
    end();
}

void ReadSnapshot::end()
{
    if (m_db == nullptr)
        return;
    QSqlQuery query(m_db->connection());
    if (!query.exec(QStringLiteral("ROLLBACK")))
        qWarning("ending a read transaction failed: %s", qPrintable(query.lastError().text()));
    m_db = nullptr;
}

} // namespace zabota::core
