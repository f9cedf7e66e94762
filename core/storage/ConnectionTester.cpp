// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/ConnectionTester.h"

#include "core/storage/Database.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QThread>

#include <memory>

namespace zabota::core {

namespace {

// A test names the server as a person knows it.
QString serverOf(const DatabaseAddress& address)
{
    return address.host().isEmpty() ? ConnectionTester::tr("this computer") : address.host();
}

QString optionOf(const DatabaseAddress& address, const QString& key)
{
    for (const auto& [known, value] : address.options()) {
        if (known == key)
            return value;
    }
    return {};
}

ConnectionTestResult::Outcome outcomeOf(const Error& error)
{
    using Outcome = ConnectionTestResult::Outcome;
    if (error.field == u"sslmode" || error.field == u"sslrootcert")
        return Outcome::TlsRefused;
    switch (error.kind) {
    case Error::Kind::Auth:
        return Outcome::WrongPassword;
    case Error::Kind::TooNew:
        return Outcome::TooNew;
    case Error::Kind::Corrupt:
        return Outcome::NotUsable;
    case Error::Kind::CantOpen:
        if (error.field == u"database")
            return Outcome::NoSuchDatabase;
        if (error.field == u"host")
            return Outcome::Unreachable;
        return Outcome::NotUsable;
    default:
        return Outcome::Failed;
    }
}

} // namespace

ConnectionTester::ConnectionTester(QObject* parent)
    : QObject(parent)
{}

ConnectionTester::~ConnectionTester()
{
    for (QThread* thread : std::as_const(m_threads)) {
        thread->wait();
        delete thread;
    }
}

void ConnectionTester::start(const DatabaseAddress& address)
{
    auto result = std::make_shared<ConnectionTestResult>();
    QThread* thread = QThread::create([address, result] { *result = testNow(address); });
    m_threads << thread;
    m_current = thread;
    connect(thread, &QThread::finished, this, [this, thread, result] {
        m_threads.removeOne(thread);
        thread->deleteLater();
        if (m_current != thread)
            return;
        m_current = nullptr;
        emit finished(*result);
    });
    thread->start();
}

ConnectionTestResult ConnectionTester::testNow(const DatabaseAddress& address)
{
    using Outcome = ConnectionTestResult::Outcome;
    auto probe = Database::probe(address);
    if (!probe) {
        if (!probe.error().detail.isEmpty())
            qInfo("connection test: %s", qUtf8Printable(probe.error().detail));
        return {outcomeOf(probe.error()), probe.error().message, probe.error().field};
    }
    const QLocale locale;
    if (!address.isPostgres()) {
        const QString file = QDir::toNativeSeparators(QFileInfo(address.path()).absoluteFilePath());
        if (!probe->exists)
            return {Outcome::NewDatabase,
                    tr("There is no database at %1 yet: the console creates it there at its next start.").arg(file),
                    {}};
        if (probe->schemaVersion == 0)
            return {Outcome::NewDatabase,
                    tr("%1 is an empty database file: the console sets it up at its next start.").arg(file),
                    {}};
        return {Outcome::Reached,
                tr("%1 is a Zabota database with %n journal entries.", nullptr, int(probe->entries)).arg(file),
                {}};
    }

    const QString server = serverOf(address);
    QString text;
    Outcome outcome = Outcome::Reached;
    if (probe->schemaVersion == 0) {
        outcome = Outcome::NewDatabase;
        text = tr("Connected to PostgreSQL %1 on %2. The database «%3» is empty: the console sets up its tables there "
                  "at its first start, or a desk's database can be moved into it with «zabota migrate».")
                   .arg(probe->serverVersion, server, address.databaseName());
    } else {
        text = tr("Connected to PostgreSQL %1 on %2: «%3» is a Zabota database with %4 journal entries.")
                   .arg(probe->serverVersion, server, address.databaseName(), locale.toString(probe->entries));
        if (probe->schemaVersion < probe->newestVersion)
            text +=
                QLatin1Char(' ') + tr("Its tables are brought up to this version of the console at the next start.");
    }
    if (probe->encrypted) {
        text += QLatin1Char(' ') + tr("The connection is encrypted (TLS).");
    } else {
        text += QLatin1Char(' ') + tr("The connection is not encrypted.");
        if (optionOf(address, QStringLiteral("sslmode")) != u"disable" && !address.host().isEmpty())
            text += QLatin1Char(' ') + tr("The server offers no TLS; ask your administrator to switch it on if the "
                                          "network between you is not trusted.");
    }
    return {outcome, text, {}};
}

} // namespace zabota::core
