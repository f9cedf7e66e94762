// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/ConnectionSettings.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSettings>

namespace zabota::core {

namespace {

const QString kKind = QStringLiteral("database/kind");
const QString kFile = QStringLiteral("database/file");
const QString kHost = QStringLiteral("database/host");
const QString kPort = QStringLiteral("database/port");
const QString kName = QStringLiteral("database/name");
const QString kUser = QStringLiteral("database/user");
const QString kSslMode = QStringLiteral("database/sslmode");
const QString kRootCertificate = QStringLiteral("database/sslrootcert");
const QString kRememberPassword = QStringLiteral("database/rememberPassword");
const QString kPostgres = QStringLiteral("postgresql");
const QString kSqlite = QStringLiteral("sqlite");

// Where libpq looks for the root certificate when none is named.
QString libpqRootCertificate()
{
    return QDir::home().filePath(QStringLiteral(".postgresql/root.crt"));
}

} // namespace

ConnectionSettings ConnectionSettings::load(const QSettings& settings)
{
    ConnectionSettings c;
    c.kind = settings.value(kKind).toString() == kPostgres ? Kind::Postgres : Kind::Sqlite;
    c.file = settings.value(kFile).toString();
    c.host = settings.value(kHost).toString();
    c.port = settings.value(kPort, kDefaultPort).toInt();
    c.databaseName = settings.value(kName, c.databaseName).toString();
    c.user = settings.value(kUser, c.user).toString();
    const QString mode = settings.value(kSslMode, c.sslMode).toString();
    c.sslMode = kSslModes.contains(mode) ? mode : QStringLiteral("prefer");
    c.rootCertificate = settings.value(kRootCertificate).toString();
    c.rememberPassword = settings.value(kRememberPassword, false).toBool();
    return c;
}

void ConnectionSettings::save(QSettings& settings) const
{
    settings.setValue(kKind, kind == Kind::Postgres ? kPostgres : kSqlite);
    settings.setValue(kFile, file);
    settings.setValue(kHost, host);
    settings.setValue(kPort, port);
    settings.setValue(kName, databaseName);
    settings.setValue(kUser, user);
    settings.setValue(kSslMode, sslMode);
    settings.setValue(kRootCertificate, rootCertificate);
    settings.setValue(kRememberPassword, rememberPassword);
}

bool ConnectionSettings::stored(const QSettings& settings)
{
    return settings.contains(kKind);
}

Result<int> ConnectionSettings::parsePort(const QString& typed)
{
    const QString text = typed.trimmed();
    if (text.isEmpty())
        return kDefaultPort;
    bool ok = false;
    const int port = text.toInt(&ok);
    if (!ok || port < 1 || port > 65535)
        return fail(Error::Kind::Validation,
                    tr("The port is a whole number from 1 to 65535, not «%1». PostgreSQL listens on %2 unless your "
                       "administrator says otherwise; leave the field empty for it.")
                        .arg(text)
                        .arg(kDefaultPort),
                    {}, QStringLiteral("port"));
    return port;
}

Status ConnectionSettings::validate() const
{
    if (kind == Kind::Sqlite) {
        if (file.trimmed().isEmpty())
            return {};
        const QFileInfo info(file.trimmed());
        if (info.isDir())
            return fail(Error::Kind::Validation,
                        tr("%1 is a folder: choose the database file in it, or a new file name.")
                            .arg(QDir::toNativeSeparators(info.absoluteFilePath())),
                        {}, QStringLiteral("file"));
        if (!QFileInfo(info.absolutePath()).isDir())
            return fail(Error::Kind::Validation,
                        tr("The folder %1 does not exist: choose a file in a folder that does.")
                            .arg(QDir::toNativeSeparators(info.absolutePath())),
                        {}, QStringLiteral("file"));
        return {};
    }
    static const QRegularExpression hostName(QStringLiteral("^[A-Za-z0-9._:\\-\\[\\]]+$"));
    const QString server = host.trimmed();
    if (server.isEmpty())
        return fail(Error::Kind::Validation,
                    tr("Name the database server: its name or IP address, as your administrator gives it (for "
                       "example db.centre.local or 192.168.1.10)."),
                    {}, QStringLiteral("host"));
    if (!hostName.match(server).hasMatch())
        return fail(Error::Kind::Validation,
                    tr("«%1» cannot be the name of a server: a server's name or IP address has no spaces, slashes or "
                       "@. Write only the name, for example db.centre.local.")
                        .arg(server),
                    {}, QStringLiteral("host"));
    if (port < 1 || port > 65535)
        return fail(Error::Kind::Validation,
                    tr("The port is a whole number from 1 to 65535. PostgreSQL listens on %1 unless your "
                       "administrator says otherwise.")
                        .arg(kDefaultPort),
                    {}, QStringLiteral("port"));
    if (databaseName.trimmed().isEmpty())
        return fail(Error::Kind::Validation,
                    tr("Name the database on the server (your administrator created it; often zabota)."), {},
                    QStringLiteral("database"));
    if (user.trimmed().isEmpty())
        return fail(Error::Kind::Validation,
                    tr("Name the database user: the role the console logs in to the server as (often zabota)."), {},
                    QStringLiteral("user"));
    if (!kSslModes.contains(sslMode))
        return fail(Error::Kind::Validation,
                    tr("Choose how the connection is encrypted: %1.").arg(kSslModes.join(QStringLiteral(", "))), {},
                    QStringLiteral("sslmode"));
    const bool verifies = sslMode.startsWith(QLatin1String("verify-"));
    const QString certificate = rootCertificate.trimmed();
    if (verifies && certificate.isEmpty() && !QFileInfo::exists(libpqRootCertificate()))
        return fail(Error::Kind::Validation,
                    tr("With «%1» the console checks the server's certificate against the certificate of the "
                       "authority that signed it: choose that root certificate file (your administrator gives it, "
                       "often root.crt), or choose «require» to encrypt without checking.")
                        .arg(sslMode),
                    {}, QStringLiteral("sslrootcert"));
    if (verifies && !certificate.isEmpty()) {
        const QFileInfo info(certificate);
        if (!info.isFile() || !info.isReadable())
            return fail(Error::Kind::Validation,
                        tr("The root certificate %1 cannot be read: choose the file your administrator gave you.")
                            .arg(QDir::toNativeSeparators(info.absoluteFilePath())),
                        {}, QStringLiteral("sslrootcert"));
    }
    return {};
}

DatabaseAddress ConnectionSettings::address(const QString& defaultFile) const
{
    if (kind == Kind::Sqlite)
        return DatabaseAddress::sqlite(file.trimmed().isEmpty() ? defaultFile : file.trimmed());
    DatabaseAddress a = DatabaseAddress::postgres(host.trimmed(), port == kDefaultPort ? -1 : port,
                                                  databaseName.trimmed(), user.trimmed());
    a = a.withOption(QStringLiteral("sslmode"), sslMode);
    if (sslMode.startsWith(QLatin1String("verify-")) && !rootCertificate.trimmed().isEmpty())
        a = a.withOption(QStringLiteral("sslrootcert"), rootCertificate.trimmed());
    return a;
}

QString ConnectionSettings::keyringKey() const
{
    return DatabaseAddress::postgres(host.trimmed(), port, databaseName.trimmed(), user.trimmed()).shown();
}

} // namespace zabota::core
