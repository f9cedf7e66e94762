// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/storage/DatabaseAddress.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

class QSettings;

namespace zabota::core {

// Where this workstation's console finds its database when --database does not say: an SQLite file on this computer
// (the default, for a single desk), or a database on a PostgreSQL server that several workstations share. Kept in the
// workstation's settings; the password never is: it goes to the system keyring (PasswordKeyring) when the person asks
// for it to be remembered, else the console asks for it at its start (or libpq finds it in ~/.pgpass).
struct ConnectionSettings {
    Q_DECLARE_TR_FUNCTIONS(zabota::core::ConnectionSettings)

public:
    enum class Kind { Sqlite, Postgres };

    static constexpr int kDefaultPort = 5432;
    // libpq's sslmode values the settings offer (libpq's "allow" is left out: it is never what a centre wants).
    static inline const QStringList kSslModes = {QStringLiteral("disable"), QStringLiteral("prefer"),
                                                 QStringLiteral("require"), QStringLiteral("verify-ca"),
                                                 QStringLiteral("verify-full")};

    Kind kind = Kind::Sqlite;
    QString file; // SQLite: the database file; empty for the default one
    QString host;
    int port = kDefaultPort;
    QString databaseName = QStringLiteral("zabota");
    QString user = QStringLiteral("zabota");
    QString sslMode = QStringLiteral("prefer");
    QString rootCertificate; // the authority's certificate that verify-ca and verify-full check the server against
    bool rememberPassword = false;

    [[nodiscard]] static ConnectionSettings load(const QSettings& settings);
    // Writes every field but the password, which is no field of these settings.
    void save(QSettings& settings) const;
    // Whether the settings say anything yet (else the console opens its default file).
    [[nodiscard]] static bool stored(const QSettings& settings);

    // Refuses, with a sentence and the field at fault (file, host, port, database, user, sslmode, sslrootcert),
    // settings the console cannot connect with: no server named, a name with spaces, a port out of range, verify-ca or
    // verify-full without a root certificate to check the server against, …
    [[nodiscard]] Status validate() const;
    // Reads a port as typed: a whole number from 1 to 65535, or empty for the default.
    [[nodiscard]] static Result<int> parsePort(const QString& typed);
    // The database these settings name, without a password; `defaultFile` stands for an empty file.
    [[nodiscard]] DatabaseAddress address(const QString& defaultFile) const;
    // The name the password is kept under in the system keyring: the server's address without a password.
    [[nodiscard]] QString keyringKey() const;

    friend bool operator==(const ConnectionSettings&, const ConnectionSettings&) = default;
};

} // namespace zabota::core
