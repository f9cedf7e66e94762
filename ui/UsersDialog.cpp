// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/UsersDialog.h"

#include "core/auth/AuthService.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace zabota::ui {

namespace {

const QColor kErrorText(0xB0, 0x00, 0x20);

QLineEdit* makeEdit(const QString& objectName, QWidget* parent)
{
    auto* edit = new QLineEdit(parent);
    edit->setObjectName(objectName);
    return edit;
}

} // namespace

UsersDialog::UsersDialog(core::AuthService& auth, const core::User& admin, QWidget* parent)
    : QDialog(parent)
    , m_auth(auth)
    , m_admin(admin)
{
    setWindowTitle(tr("Users"));
    resize(720, 560);

    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("usersTable"));
    m_table->setHorizontalHeaderLabels({tr("Login"), tr("Full name"), tr("Roles"), tr("Active")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(FullName, QHeaderView::Stretch);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("messageLabel"));
    m_message->setWordWrap(true);

    m_addButton = new QPushButton(tr("&Add user…"), this);
    m_addButton->setObjectName(QStringLiteral("addUserButton"));
    m_addButton->setAutoDefault(false);

    m_form = new QGroupBox(tr("New user"), this);
    m_form->setObjectName(QStringLiteral("newUserForm"));
    m_login = makeEdit(QStringLiteral("loginEdit"), m_form);
    m_login->setPlaceholderText(tr("for example ivanova.m"));
    m_fullName = makeEdit(QStringLiteral("fullNameEdit"), m_form);
    m_fullName->setPlaceholderText(tr("Surname, name, patronymic"));
    m_password = makeEdit(QStringLiteral("passwordEdit"), m_form);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("at least %n characters", nullptr, core::AuthService::kMinPasswordLength));
    m_repeat = makeEdit(QStringLiteral("repeatEdit"), m_form);
    m_repeat->setEchoMode(QLineEdit::Password);

    auto* roles = new QHBoxLayout;
    for (const core::Role role : core::allValues<core::Role>()) {
        auto* box = new QCheckBox(core::label(role), m_form);
        box->setObjectName(QStringLiteral("role_") + core::toCode(role));
        // Most people added are dispatchers; the administrator ticks more when needed.
        box->setChecked(role == core::Role::Dispatcher);
        roles->addWidget(box);
        m_roles.append({role, box});
    }
    roles->addStretch(1);

    m_error = new QLabel(m_form);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    QPalette palette = m_error->palette();
    palette.setColor(QPalette::WindowText, kErrorText);
    m_error->setPalette(palette);
    m_error->hide();

    m_createButton = new QPushButton(tr("&Create user"), m_form);
    m_createButton->setObjectName(QStringLiteral("createUserButton"));
    m_createButton->setAutoDefault(false);
    auto* cancelButton = new QPushButton(tr("Cancel"), m_form);
    cancelButton->setAutoDefault(false);
    auto* formButtons = new QHBoxLayout;
    formButtons->addStretch(1);
    formButtons->addWidget(m_createButton);
    formButtons->addWidget(cancelButton);

    auto* formLayout = new QFormLayout(m_form);
    formLayout->addRow(tr("&Login:"), m_login);
    formLayout->addRow(tr("&Full name:"), m_fullName);
    formLayout->addRow(tr("&Password:"), m_password);
    formLayout->addRow(tr("&Repeat password:"), m_repeat);
    formLayout->addRow(tr("Roles:"), roles);
    formLayout->addRow(m_error);
    formLayout->addRow(formButtons);
    m_form->hide();

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setAutoDefault(false);

    auto* top = new QHBoxLayout;
    top->addWidget(m_message, 1);
    top->addWidget(m_addButton);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addLayout(top);
    layout->addWidget(m_form);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_addButton, &QPushButton::clicked, this, &UsersDialog::showAddForm);
    connect(m_createButton, &QPushButton::clicked, this, &UsersDialog::addUser);
    connect(cancelButton, &QPushButton::clicked, this, &UsersDialog::hideAddForm);
    for (QLineEdit* edit : {m_login, m_fullName, m_password, m_repeat})
        connect(edit, &QLineEdit::returnPressed, this, &UsersDialog::addUser);

    reload();
}

void UsersDialog::reload()
{
    const auto users = m_auth.users();
    if (!users) {
        m_message->setText(users.error().message);
        return;
    }
    m_table->setRowCount(int(users->size()));
    for (int row = 0; row < users->size(); ++row) {
        const core::User& user = users->at(row);
        QStringList roles;
        for (const core::Role role : user.roles)
            roles << core::label(role);
        const QStringList cells{user.login, user.fullName, roles.join(QStringLiteral(", ")),
                                user.active ? tr("yes") : tr("no")};
        for (int column = 0; column < ColumnCount; ++column)
            m_table->setItem(row, column, new QTableWidgetItem(cells[column]));
    }
}

void UsersDialog::showAddForm()
{
    m_form->show();
    m_addButton->setEnabled(false);
    m_login->setFocus(Qt::OtherFocusReason);
}

void UsersDialog::hideAddForm()
{
    clearForm();
    m_form->hide();
    m_addButton->setEnabled(true);
    m_addButton->setFocus(Qt::OtherFocusReason);
}

void UsersDialog::clearForm()
{
    for (QLineEdit* edit : {m_login, m_fullName, m_password, m_repeat})
        edit->clear();
    for (const auto& [role, box] : m_roles)
        box->setChecked(role == core::Role::Dispatcher);
    m_error->clear();
    m_error->hide();
}

core::NewUser UsersDialog::typedUser() const
{
    core::NewUser user{m_login->text().trimmed(), m_fullName->text().trimmed(), m_password->text(), {}};
    for (const auto& [role, box] : m_roles) {
        if (box->isChecked())
            user.roles << role;
    }
    return user;
}

bool UsersDialog::addUser()
{
    const core::NewUser user = typedUser();
    // The core checks the fields in the order of the form; the repeated password is the form's own business.
    if (auto ok = core::AuthService::validate(user); !ok) {
        showError(ok.error());
        return false;
    }
    if (m_password->text() != m_repeat->text()) {
        showError({core::Error::Kind::Validation,
                   tr("The passwords do not match: type the same password twice."),
                   {},
                   QStringLiteral("passwordRepeat")});
        return false;
    }
    const auto added = m_auth.addUser(m_admin, user);
    if (!added) {
        showError(added.error());
        return false;
    }
    hideAddForm();
    reload();
    m_message->setText(tr("User %1 (%2) has been added.").arg(added->login, added->fullName));
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (m_table->item(row, Login)->text() == added->login)
            m_table->selectRow(row);
    }
    return true;
}

QWidget* UsersDialog::field(const QString& name) const
{
    if (name == QLatin1String("login"))
        return m_login;
    if (name == QLatin1String("fullName"))
        return m_fullName;
    if (name == QLatin1String("password"))
        return m_password;
    if (name == QLatin1String("passwordRepeat"))
        return m_repeat;
    if (name == QLatin1String("roles"))
        return m_roles.isEmpty() ? nullptr : m_roles.first().second;
    return nullptr;
}

QString UsersDialog::errorText() const
{
    return m_error->isVisibleTo(m_form) ? m_error->text() : QString();
}

void UsersDialog::showError(const core::Error& error)
{
    m_error->setText(error.message);
    m_error->show();
    // The cursor goes to the field at fault; what was typed there stays, to be corrected rather than retyped.
    if (QWidget* editor = field(error.field))
        editor->setFocus(Qt::OtherFocusReason);
}

} // namespace zabota::ui
