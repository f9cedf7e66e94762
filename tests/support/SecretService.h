// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>

namespace zabota::tests {

// A system keyring of the test's own: a private D-Bus session bus (dbus-daemon) with GNOME Keyring's Secret Service
// on it, its login keyring in a temporary folder and unlocked, as a person's desktop session has it. The test process
// is pointed at that bus (DBUS_SESSION_BUS_ADDRESS) before it first talks to a keyring, so construct it first in the
// test; both daemons are stopped at the end, and the variable is put back.
class SecretService {
public:
    SecretService();
    ~SecretService();
    SecretService(const SecretService&) = delete;
    SecretService& operator=(const SecretService&) = delete;

    // Empty when the keyring answers; else why not (a missing program, a daemon that did not start).
    [[nodiscard]] QString error() const { return m_error; }

private:
    bool waitForSecretService();

    QTemporaryDir m_dir;
    QProcess m_bus;
    QProcess m_keyring;
    QString m_address;
    QByteArray m_previousAddress;
    bool m_hadAddress = false;
    QString m_error;
    QString m_busError;
};

} // namespace zabota::tests
