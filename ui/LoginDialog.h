// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/auth/User.h"

#include <QDialog>

#include <memory>

namespace zabota::core {
class AuthService;
}

namespace zabota::ui {

namespace Ui {
class LoginDialog;
}

// Asks for a login and password. A wrong pair is said under the fields, the login stays and the password is cleared
// for a new try. The check is slow on purpose (PBKDF2): the button is off and the cursor busy meanwhile.
class LoginDialog final : public QDialog {
    Q_OBJECT

public:
    LoginDialog(core::AuthService& auth, const QString& lastLogin, QWidget* parent = nullptr);
    ~LoginDialog() override;

    // The user who logged in, once the dialog was accepted.
    [[nodiscard]] core::User user() const { return m_user; }
    // The message under the fields; empty if none.
    [[nodiscard]] QString message() const;

public Q_SLOTS:
    // Checks the login and password; closes the dialog only if they are right.
    void accept() override;

private:
    void showMessage(const QString& text);

    core::AuthService& m_auth;
    const std::unique_ptr<Ui::LoginDialog> m_ui;
    core::User m_user;
};

} // namespace zabota::ui
