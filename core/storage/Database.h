// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/storage/DatabaseAddress.h"
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

    // Opens the database at `address`, whichever kind it is, and brings its schema up to date.
    [[nodiscard]] static Result<std::unique_ptr<Database>> open(const DatabaseAddress& address,
                                                                const QString& migrationsDir = defaultMigrationsDir());
    // Opens (creating if needed) an SQLite file: WAL, foreign keys, busy timeout, then applies the migrations.
    [[nodiscard]] static Result<std::unique_ptr<Database>>
    openSqlite(const QString& path, const QString& migrationsDir = defaultMigrationsDir());
    // Connects to a database on a PostgreSQL server (UTF-8, times in UTC), then applies the migrations while holding a
    // lock that makes a second workstation starting at the same moment wait instead of upgrading too. The database
    // and the role that owns it are made by the server's administrator; a database that holds another program's
    // tables is refused.
    [[nodiscard]] static Result<std::unique_ptr<Database>>
    openPostgres(const DatabaseAddress& address, const QString& migrationsDir = defaultMigrationsDir());

    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    // The connection. After the server was lost (its connection broke), the first use outside a transaction opens it
    // again, at most once every few seconds while the server stays away; what failed meanwhile said so.
    [[nodiscard]] QSqlDatabase connection() const;
    // Whether the last thing sent to the server found it gone (PostgreSQL only); cleared once the connection is
    // open again.
    [[nodiscard]] bool isLost() const { return m_lost; }
    [[nodiscard]] const SqlDialect& dialect() const { return m_dialect; }
    // Where this database is; Database::open(address()) opens it again, e.g. on another thread.
    [[nodiscard]] const DatabaseAddress& address() const { return m_address; }
    // For people and the log: the file's path, or the server's URL without the password.
    [[nodiscard]] QString path() const { return m_address.shown(); }
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
    // Maps a driver error to a message a person can act on (busy, read-only, damaged file, server unreachable, wrong
    // password, a write that met another workstation's, …).
    [[nodiscard]] Error toError(const QSqlError& error) const;

private:
    friend class Transaction;

    Database(QString connectionName, DatabaseAddress address, SqlDialect dialect);
    [[nodiscard]] Status configureSqlite();
    [[nodiscard]] Status configurePostgres();
    [[nodiscard]] Status startPostgresSession() const;
    void reconnect() const;
    [[nodiscard]] Status migrate(const QString& migrationsDir);
    [[nodiscard]] Error sqliteError(const QSqlError& error, const QString& detail) const;
    [[nodiscard]] Error postgresError(const QSqlError& error, const QString& detail) const;

    QString m_connectionName;
    DatabaseAddress m_address;
    SqlDialect m_dialect;
    int m_schemaVersion = 0;
    // The write transaction under way (kept by Transaction), and whether a statement in it failed: PostgreSQL refuses
    // every later statement of such a transaction, so it is taken back to its start at once (SqlDialect::
    // undoFailedWrite) and may then only be rolled back.
    mutable bool m_inTransaction = false;
    mutable bool m_transactionFailed = false;
    // The server was found gone, and when the connection was last opened again (a monotonic clock, in ms).
    mutable bool m_lost = false;
    mutable qint64 m_lastReconnect = 0;
};

} // namespace zabota::core
