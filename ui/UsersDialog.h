// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/auth/User.h"

#include <QDialog>

class QCheckBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace zabota::core {
class AuthService;
}

namespace zabota::ui {

// The administrator's list of who may use the console, with a form to add a user. A refused user keeps the form as
// typed, says what is wrong beside it and puts the cursor in the field at fault.
class UsersDialog final : public QDialog {
    Q_OBJECT

public:
    enum Column { Login, FullName, Roles, Active, ColumnCount };

    UsersDialog(core::AuthService& auth, const core::User& admin, QWidget* parent = nullptr);

    // Opens the form for a new user, its login box ready to type into.
    void showAddForm();
    // Checks and saves the form; true if the user was added.
    bool addUser();

    // The form's editor of a field, by the field codes of core::Error::field; null if none.
    [[nodiscard]] QWidget* field(const QString& name) const;
    [[nodiscard]] QString errorText() const;

private:
    void reload();
    void hideAddForm();
    void clearForm();
    void showError(const core::Error& error);
    [[nodiscard]] core::NewUser typedUser() const;

    core::AuthService& m_auth;
    core::User m_admin;
    QTableWidget* m_table = nullptr;
    QLabel* m_message = nullptr;
    QPushButton* m_addButton = nullptr;
    QGroupBox* m_form = nullptr;
    QLineEdit* m_login = nullptr;
    QLineEdit* m_fullName = nullptr;
    QLineEdit* m_password = nullptr;
    QLineEdit* m_repeat = nullptr;
    QList<std::pair<core::Role, QCheckBox*>> m_roles;
    QLabel* m_error = nullptr;
    QPushButton* m_createButton = nullptr;
};

} // namespace zabota::ui
