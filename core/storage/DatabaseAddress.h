// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <utility>

namespace zabota::core {

// Which database the console works on: an SQLite file on this computer, or a database on a PostgreSQL server that
// several workstations share. A plain value: a thread that needs the database of the window (the journal reader, the
// demo generator) gets a copy and opens the same database with Database::open.
class DatabaseAddress final {
    Q_DECLARE_TR_FUNCTIONS(zabota::core::DatabaseAddress)

public:
    enum class Kind { Sqlite, Postgres };

    DatabaseAddress() = default;
    [[nodiscard]] static DatabaseAddress sqlite(const QString& path);
    [[nodiscard]] static DatabaseAddress postgres(const QString& host, int port, const QString& databaseName,
                                                  const QString& user, const QString& password = {});
    // What --database was given: a URL postgresql://user[:password]@host[:port]/database[?sslmode=…] (postgres://
    // too), else the path of an SQLite file. A mistake in a URL comes back as a sentence that says how to write it.
    [[nodiscard]] static Result<DatabaseAddress> parse(const QString& text);
    // Whether the text is meant as a PostgreSQL URL (it starts with postgresql:// or postgres://).
    [[nodiscard]] static bool isUrl(const QString& text);
    // The text with the password of every PostgreSQL URL in it left out: for the log.
    [[nodiscard]] static QString withoutPasswords(const QString& text);

    [[nodiscard]] Kind kind() const { return m_kind; }
    [[nodiscard]] bool isPostgres() const { return m_kind == Kind::Postgres; }
    // SQLite: the file.
    [[nodiscard]] QString path() const { return m_path; }
    // PostgreSQL: where the server is (an empty host is the local socket; -1 the default port), which database, as
    // whom.
    [[nodiscard]] QString host() const { return m_host; }
    [[nodiscard]] int port() const { return m_port; }
    [[nodiscard]] QString databaseName() const { return m_databaseName; }
    [[nodiscard]] QString user() const { return m_user; }
    [[nodiscard]] QString password() const { return m_password; }
    // The settings of the URL's query (sslmode=require, connect_timeout=5, …), as libpq takes them.
    [[nodiscard]] QList<std::pair<QString, QString>> options() const { return m_options; }
    // The settings for QSqlDatabase::setConnectOptions: "key='value';…".
    [[nodiscard]] QString connectOptions() const;
    // For people and the log: the file's path, or the URL without its password.
    [[nodiscard]] QString shown() const;

    [[nodiscard]] DatabaseAddress withPassword(const QString& password) const;
    [[nodiscard]] DatabaseAddress withDatabaseName(const QString& databaseName) const;
    [[nodiscard]] DatabaseAddress withOption(const QString& key, const QString& value) const;

    friend bool operator==(const DatabaseAddress&, const DatabaseAddress&) = default;

private:
    Kind m_kind = Kind::Sqlite;
    QString m_path;
    QString m_host;
    int m_port = -1;
    QString m_databaseName;
    QString m_user;
    QString m_password;
    QList<std::pair<QString, QString>> m_options;
};

} // namespace zabota::core
