// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/storage/SqlDialect.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <memory>
#include <type_traits>

class QSqlError;
class QSqlQuery;

namespace zabota::core {

// One open connection to the console's database, with its schema brought up to date. Repositories borrow it; it
// outlives them. Not thread-safe: a thread that needs the database opens its own.
class Database final {
    Q_DECLARE_TR_FUNCTIONS(zabota::core::Database)

public:
    // Where migrations come from: the resource compiled into zabota_core, or a folder (tests use their own).
    static QString defaultMigrationsDir();

    // Opens (creating if needed) an SQLite file: WAL, foreign keys, busy timeout, then applies the migrations.
    [[nodiscard]] static Result<std::unique_ptr<Database>>
    openSqlite(const QString& path, const QString& migrationsDir = defaultMigrationsDir());

    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    [[nodiscard]] QSqlDatabase connection() const { return QSqlDatabase::database(m_connectionName, false); }
    [[nodiscard]] const SqlDialect& dialect() const { return m_dialect; }
    [[nodiscard]] QString path() const { return m_path; }
    [[nodiscard]] int schemaVersion() const { return m_schemaVersion; }

    // A prepared query on this connection.
    [[nodiscard]] QSqlQuery prepare(const QString& sql) const;
    // Runs a prepared query; on failure returns an Error whose message suits `what` the user was doing.
    [[nodiscard]] Status exec(QSqlQuery& query) const;
    // Runs `sql` with `binds` and makes each row into a value with `from` (a function of the query at that row).
    template <typename From>
    [[nodiscard]] auto list(const QString& sql, const QVariantList& binds, From from) const
        -> Result<QList<std::invoke_result_t<From, const QSqlQuery&>>>
    {
        QSqlQuery query = prepare(sql);
        for (const QVariant& bind : binds)
            query.addBindValue(bind);
        if (auto ok = exec(query); !ok)
            return std::unexpected(ok.error());
        QList<std::invoke_result_t<From, const QSqlQuery&>> rows;
        while (query.next())
            rows << from(query);
        return rows;
    }
    // Measures the tables again for the query planner when they have grown or shrunk several times over since they
    // were last measured (or were never measured): without those figures SQLite guesses, and at 200,000 families a
    // wrong guess reads every card. Cheap: only a sample of each index is read. Runs on open and after bulk writes.
    [[nodiscard]] Status refreshStatistics();
    // Maps a driver error to a message a person can act on (busy, read-only, damaged file, …).
    [[nodiscard]] Error toError(const QSqlError& error) const;

private:
    Database(QString connectionName, QString path, SqlDialect dialect);
    [[nodiscard]] Status configureSqlite();

    QString m_connectionName;
    QString m_path;
    SqlDialect m_dialect;
    int m_schemaVersion = 0;
};

} // namespace zabota::core
