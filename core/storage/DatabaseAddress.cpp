// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/DatabaseAddress.h"

#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

namespace zabota::core {

namespace {

// The libpq settings a URL's query may carry; anything else is most likely a typing mistake.
const QStringList kKnownOptions = {
    QStringLiteral("sslmode"),          QStringLiteral("sslrootcert"),
    QStringLiteral("sslcert"),          QStringLiteral("sslkey"),
    QStringLiteral("sslcrl"),           QStringLiteral("connect_timeout"),
    QStringLiteral("application_name"), QStringLiteral("target_session_attrs"),
    QStringLiteral("keepalives"),       QStringLiteral("keepalives_idle"),
    QStringLiteral("tcp_user_timeout"), QStringLiteral("host"),
    QStringLiteral("hostaddr"),         QStringLiteral("channel_binding"),
    QStringLiteral("passfile"),
};

const QStringList kSslModes = {QStringLiteral("disable"), QStringLiteral("allow"),     QStringLiteral("prefer"),
                               QStringLiteral("require"), QStringLiteral("verify-ca"), QStringLiteral("verify-full")};

// How libpq reads a value: in single quotes, with \ and ' escaped.
QString quoted(QString value)
{
    value.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    value.replace(QLatin1Char('\''), QLatin1String("\\'"));
    return QLatin1Char('\'') + value + QLatin1Char('\'');
}

} // namespace

DatabaseAddress DatabaseAddress::sqlite(const QString& path)
{
    DatabaseAddress address;
    address.m_kind = Kind::Sqlite;
    address.m_path = path;
    return address;
}

DatabaseAddress DatabaseAddress::postgres(const QString& host, int port, const QString& databaseName,
                                          const QString& user, const QString& password)
{
    DatabaseAddress address;
    address.m_kind = Kind::Postgres;
    address.m_host = host;
    address.m_port = port;
    address.m_databaseName = databaseName;
    address.m_user = user;
    address.m_password = password;
    return address;
}

bool DatabaseAddress::isUrl(const QString& text)
{
    const QString trimmed = text.trimmed();
    return trimmed.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive) ||
           trimmed.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive);
}

QString DatabaseAddress::withoutPasswords(const QString& text)
{
    // user:password@ in the authority, and a password=… setting in the query.
    static const QRegularExpression authority(QStringLiteral("((?:postgres|postgresql)://[^/@\\s:]*):[^@/]*@"),
                                              QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression setting(QStringLiteral("([?&]password=)[^&\\s]*"),
                                            QRegularExpression::CaseInsensitiveOption);
    QString result = text;
    result.replace(authority, QStringLiteral("\\1@"));
    result.replace(setting, QStringLiteral("\\1***"));
    return result;
}

Result<DatabaseAddress> DatabaseAddress::parse(const QString& text)
{
    const QString trimmed = text.trimmed();
    const QString example = QStringLiteral("postgresql://zabota@server/zabota");
    if (trimmed.isEmpty())
        return fail(Error::Kind::Validation,
                    tr("No database was given: give the path of a database file, or the address of a PostgreSQL "
                       "database such as %1.")
                        .arg(example));
    if (!isUrl(trimmed)) {
        static const QRegularExpression otherScheme(QStringLiteral("^[A-Za-z][A-Za-z0-9+.-]*://"));
        if (otherScheme.match(trimmed).hasMatch())
            return fail(Error::Kind::Validation,
                        tr("«%1» is not a database the console can open: give the path of a database file, or the "
                           "address of a PostgreSQL database such as %2.")
                            .arg(withoutPasswords(trimmed), example));
        return sqlite(text);
    }

    const QString shownText = withoutPasswords(trimmed);
    const QUrl url(trimmed, QUrl::StrictMode);
    if (!url.isValid())
        return fail(Error::Kind::Validation,
                    tr("The database address «%1» cannot be read. Write it as "
                       "postgresql://user:password@server:5432/database; a character such as @, : or / in the "
                       "password is written as %40, %3A or %2F.")
                        .arg(shownText));
    DatabaseAddress address;
    address.m_kind = Kind::Postgres;
    address.m_host = url.host(QUrl::FullyDecoded);
    address.m_port = url.port(-1);
    address.m_user = url.userName(QUrl::FullyDecoded);
    address.m_password = url.password(QUrl::FullyDecoded);
    QString database = url.path(QUrl::FullyDecoded);
    if (database.startsWith(QLatin1Char('/')))
        database.remove(0, 1);
    if (database.isEmpty() || database.contains(QLatin1Char('/')))
        return fail(Error::Kind::Validation,
                    tr("The database address «%1» names no database: write its name after the server, as in %2.")
                        .arg(shownText, example));
    address.m_databaseName = database;
    if (address.m_port == 0)
        return fail(Error::Kind::Validation,
                    tr("The database address «%1» has port 0: leave the port out for the usual 5432, or give the "
                       "server's port.")
                        .arg(shownText));
    if (url.hasFragment())
        return fail(
            Error::Kind::Validation,
            tr("The database address «%1» has a # part, which means nothing here: leave it out.").arg(shownText));
    const QUrlQuery query(url);
    const auto items = query.queryItems(QUrl::FullyDecoded);
    for (const auto& [key, value] : items) {
        if (!kKnownOptions.contains(key))
            return fail(Error::Kind::Validation,
                        tr("The database address «%1» has the setting «%2», which the console does not know. The "
                           "settings it takes are: %3.")
                            .arg(shownText, key, kKnownOptions.join(QLatin1String(", "))));
        if (value.contains(QLatin1Char(';')) || value.isEmpty())
            return fail(
                Error::Kind::Validation,
                tr("The setting «%1» of the database address «%2» needs a value without «;».").arg(key, shownText));
        if (key == QLatin1String("sslmode") && !kSslModes.contains(value))
            return fail(Error::Kind::Validation, tr("The database address «%1» has sslmode=%2; it takes one of: %3.")
                                                     .arg(shownText, value, kSslModes.join(QLatin1String(", "))));
        address.m_options.append({key, value});
    }
    return address;
}

QString DatabaseAddress::connectOptions() const
{
    QStringList parts;
    for (const auto& [key, value] : m_options)
        parts << key + QLatin1Char('=') + quoted(value);
    return parts.join(QLatin1Char(';'));
}

QString DatabaseAddress::shown() const
{
    if (m_kind == Kind::Sqlite)
        return m_path;
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setUserName(m_user, QUrl::DecodedMode);
    url.setHost(m_host, QUrl::DecodedMode);
    url.setPort(m_port);
    url.setPath(QLatin1Char('/') + m_databaseName, QUrl::DecodedMode);
    QUrlQuery query;
    for (const auto& [key, value] : m_options)
        query.addQueryItem(key, QString::fromUtf8(QUrl::toPercentEncoding(value)));
    if (!query.isEmpty())
        url.setQuery(query);
    QString text = url.toString(QUrl::PrettyDecoded);
    // A URL with no host is written with an empty authority: postgresql:///zabota, postgresql://zabota@/zabota.
    if (m_host.isEmpty() && !text.contains(QLatin1String("://")))
        text.replace(QLatin1String("postgresql:"), QLatin1String("postgresql://"));
    return text;
}

DatabaseAddress DatabaseAddress::withPassword(const QString& password) const
{
    DatabaseAddress address = *this;
    address.m_password = password;
    return address;
}

DatabaseAddress DatabaseAddress::withDatabaseName(const QString& databaseName) const
{
    DatabaseAddress address = *this;
    address.m_databaseName = databaseName;
    return address;
}

DatabaseAddress DatabaseAddress::withOption(const QString& key, const QString& value) const
{
    DatabaseAddress address = *this;
    for (auto& [known, current] : address.m_options) {
        if (known == key) {
            current = value;
            return address;
        }
    }
    address.m_options.append({key, value});
    return address;
}

} // namespace zabota::core
