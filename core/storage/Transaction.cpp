// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/Transaction.h"

#include "core/storage/Database.h"

#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>

namespace zabota::core {

Result<Transaction> Transaction::begin(const Database& db)
{
    QSqlQuery query(db.connection());
    if (!query.exec(db.dialect().beginWrite()))
        return std::unexpected(db.toError(query.lastError()));
    Transaction transaction(&db);
    if (const QString savepoint = db.dialect().writeSavepoint(); !savepoint.isEmpty() && !query.exec(savepoint))
        return std::unexpected(db.toError(query.lastError()));
    db.m_inTransaction = true;
    db.m_transactionFailed = false;
    return transaction;
}

Transaction::Transaction(Transaction&& other) noexcept
    : m_db(std::exchange(other.m_db, nullptr))
{}

Transaction::~Transaction()
{
    rollback();
}

Status Transaction::commit()
{
    if (m_db == nullptr)
        return {};
    if (m_db->m_transactionFailed) {
        // A statement failed and its caller went on: nothing of the transaction may stay.
        rollback();
        return fail(Error::Kind::Storage,
                    Database::tr("The database reported an error. Nothing was saved; the details are in the log."),
                    QStringLiteral("commit refused: a statement of the transaction failed"));
    }
    QSqlQuery query(m_db->connection());
    if (!query.exec(QStringLiteral("COMMIT"))) {
        Error error = m_db->toError(query.lastError());
        rollback();
        return std::unexpected(error);
    }
    m_db->m_inTransaction = false;
    m_db = nullptr;
    return {};
}

void Transaction::rollback()
{
    if (m_db == nullptr)
        return;
    QSqlQuery query(m_db->connection());
    if (!query.exec(QStringLiteral("ROLLBACK")))
        qWarning("rollback failed: %s", qPrintable(query.lastError().text()));
    m_db->m_inTransaction = false;
    m_db->m_transactionFailed = false;
    m_db = nullptr;
}

} // namespace zabota::core
