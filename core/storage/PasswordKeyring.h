// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QString>

namespace zabota::core {

// The system keyring of the person's session (the Secret Service of GNOME Keyring or KeePassXC, or KWallet), through
// QtKeychain: the one place the console keeps a database password. When no keyring answers, nothing is kept anywhere
// else (QtKeychain's fallback to a plain settings file stays off); the caller says so and asks for the password when
// it is needed. Each call waits for the keyring's answer with a local event loop (the keyring may ask the person to
// unlock it); call it on a thread with an event loop, as the GUI thread is.
class PasswordKeyring final {
    Q_DECLARE_TR_FUNCTIONS(zabota::core::PasswordKeyring)

public:
    static inline const QString kDefaultService = QStringLiteral("zabota");
    // How long to wait for the keyring, which may be asking the person to unlock it.
    static constexpr int kTimeoutMs = 120'000;

    explicit PasswordKeyring(QString service = kDefaultService);

    // The password kept under `key`; Error::Kind::NotFound when there is none, Error::Kind::CantOpen when no keyring
    // is available, Error::Kind::Auth when the keyring refused.
    [[nodiscard]] Result<QString> read(const QString& key) const;
    [[nodiscard]] Status write(const QString& key, const QString& password);
    // Forgets the password kept under `key`; none being kept is no error.
    [[nodiscard]] Status remove(const QString& key);

private:
    QString m_service;
};

} // namespace zabota::core
