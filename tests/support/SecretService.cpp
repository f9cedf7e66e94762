// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/SecretService.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusError>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QThread>

#include <sys/stat.h>

namespace zabota::tests {

namespace {

const QString kBusName = QStringLiteral("zabota-test-secret-service");
const QString kSecretsName = QStringLiteral("org.freedesktop.secrets");

} // namespace

SecretService::SecretService()
{
    m_hadAddress = qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS");
    m_previousAddress = qgetenv("DBUS_SESSION_BUS_ADDRESS");
    const QString dbus = QStandardPaths::findExecutable(QStringLiteral("dbus-daemon"));
    const QString gnomeKeyring = QStandardPaths::findExecutable(QStringLiteral("gnome-keyring-daemon"));
    if (dbus.isEmpty() || gnomeKeyring.isEmpty()) {
        m_error = QStringLiteral("dbus-daemon or gnome-keyring-daemon is missing: install the packages dbus-daemon "
                                 "and gnome-keyring (bash packaging/build.sh deps)");
        return;
    }
    if (!m_dir.isValid()) {
        m_error = QStringLiteral("no temporary folder");
        return;
    }
    const QString runtime = m_dir.filePath(QStringLiteral("run"));
    QDir().mkpath(runtime);
    ::chmod(QFile::encodeName(runtime).constData(), 0700);
    QDir().mkpath(m_dir.filePath(QStringLiteral("data")));

    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("HOME"), m_dir.path());
    environment.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
    environment.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtime);
    environment.remove(QStringLiteral("DISPLAY"));
    m_bus.setProcessEnvironment(environment);
    m_bus.setProgram(dbus);
    m_bus.setArguments({QStringLiteral("--session"), QStringLiteral("--nofork"), QStringLiteral("--nopidfile"),
                        QStringLiteral("--print-address=1"), QStringLiteral("--address=unix:dir=") + runtime});
    m_bus.setProcessChannelMode(QProcess::SeparateChannels);
    m_bus.start();
    if (!m_bus.waitForStarted(10'000) || !m_bus.waitForReadyRead(10'000)) {
        m_error = QStringLiteral("dbus-daemon did not start: ") + m_bus.errorString() +
                  QString::fromLocal8Bit(m_bus.readAllStandardError());
        return;
    }
    m_address = QString::fromLocal8Bit(m_bus.readLine()).trimmed();
    if (m_address.isEmpty()) {
        m_error = QStringLiteral("dbus-daemon gave no address");
        return;
    }
    qputenv("DBUS_SESSION_BUS_ADDRESS", m_address.toLocal8Bit());

    environment.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), m_address);
    m_keyring.setProcessEnvironment(environment);
    m_keyring.setProgram(gnomeKeyring);
    m_keyring.setArguments(
        {QStringLiteral("--foreground"), QStringLiteral("--unlock"), QStringLiteral("--components=secrets")});
    m_keyring.setProcessChannelMode(QProcess::MergedChannels);
    m_keyring.start();
    if (!m_keyring.waitForStarted(10'000)) {
        m_error = QStringLiteral("gnome-keyring-daemon did not start: ") + m_keyring.errorString();
        return;
    }
    // The login keyring's password, on standard input: the keyring is made and unlocked with it.
    m_keyring.write("zabota-test-keyring\n");
    m_keyring.waitForBytesWritten(5'000); // nothing is written without an event loop otherwise
    m_keyring.closeWriteChannel();
    if (!waitForSecretService())
        m_error = QStringLiteral("the Secret Service did not appear on the test bus %1 (gnome-keyring-daemon %2, exit "
                                 "code %3): %4")
                      .arg(m_address, m_keyring.state() == QProcess::Running ? QStringLiteral("running")
                                                                             : QStringLiteral("stopped"))
                      .arg(m_keyring.exitCode())
                      .arg(QString::fromLocal8Bit(m_keyring.readAll()) + m_busError);
}

bool SecretService::waitForSecretService()
{
    QDBusConnection bus = QDBusConnection::connectToBus(m_address, kBusName);
    const QDeadlineTimer deadline(15'000);
    bool found = false;
    while (!found && !deadline.hasExpired() && m_keyring.state() == QProcess::Running) {
        found = bus.isConnected() && bus.interface() && bus.interface()->isServiceRegistered(kSecretsName).value();
        if (!found)
            QThread::msleep(50);
    }
    if (!found)
        m_busError = bus.isConnected() ? QString() : bus.lastError().message();
    QDBusConnection::disconnectFromBus(kBusName);
    return found;
}

SecretService::~SecretService()
{
    for (QProcess* process : {&m_keyring, &m_bus}) {
        if (process->state() != QProcess::NotRunning) {
            process->terminate();
            if (!process->waitForFinished(5'000)) {
                process->kill();
                process->waitForFinished(5'000);
            }
        }
    }
    if (m_hadAddress)
        qputenv("DBUS_SESSION_BUS_ADDRESS", m_previousAddress);
    else
        qunsetenv("DBUS_SESSION_BUS_ADDRESS");
}

} // namespace zabota::tests
