// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/auth/User.h"

#include <QDialog>

#include <memory>

namespace zabota::core {
class AuthService;
}

namespace zabota::ui {

namespace Ui {
class FirstRunDialog;
}

// Shown while the console has no administrator (an empty database, or demo staff only): creates the administrator's
// account. A refusal is said under the fields and the cursor goes to the field at fault; nothing typed is cleared.
class FirstRunDialog final : public QDialog {
    Q_OBJECT

public:
    explicit FirstRunDialog(core::AuthService& auth, QWidget* parent = nullptr);
    ~FirstRunDialog() override;

    // The administrator created, once the dialog was accepted.
    [[nodiscard]] core::User user() const { return m_user; }
    // The message under the fields; empty if none.
    [[nodiscard]] QString message() const;

public Q_SLOTS:
    // Creates the administrator; closes the dialog only if that worked.
    void accept() override;

private:
    void showError(const core::Error& error);
    void showMessage(const QString& text);

    core::AuthService& m_auth;
    const std::unique_ptr<Ui::FirstRunDialog> m_ui;
    core::User m_user;
};

} // namespace zabota::ui
