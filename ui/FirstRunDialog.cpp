// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/FirstRunDialog.h"

#include "core/auth/AuthService.h"

#include <QApplication>
#include <QPushButton>

#include "ui_FirstRunDialog.h"

namespace zabota::ui {

namespace {
const QString kErrorStyle = QStringLiteral("color: #c5221f;");
} // namespace

FirstRunDialog::FirstRunDialog(core::AuthService& auth, QWidget* parent)
    : QDialog(parent)
    , m_auth(auth)
    , m_ui(std::make_unique<Ui::FirstRunDialog>())
{
    m_ui->setupUi(this);
    m_ui->buttons->button(QDialogButtonBox::Ok)->setText(tr("Create"));
    m_ui->password->setPlaceholderText(tr("At least %1 characters").arg(core::AuthService::kMinPasswordLength));
    m_ui->message->setStyleSheet(kErrorStyle);
    m_ui->message->hide();
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &FirstRunDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &FirstRunDialog::reject);
    m_ui->fullName->setFocus(Qt::OtherFocusReason);
}

FirstRunDialog::~FirstRunDialog() = default;

QString FirstRunDialog::message() const
{
    return m_ui->message->isHidden() ? QString() : m_ui->message->text();
}

void FirstRunDialog::accept()
{
    const core::NewUser admin{m_ui->login->text().trimmed(),
                              m_ui->fullName->text().trimmed(),
                              m_ui->password->text(),
                              {core::Role::Administrator}};
    // The fields top to bottom: the core's rules for login, name and password, then the repeated password.
    if (auto valid = core::AuthService::validate(admin); !valid) {
        showError(valid.error());
        return;
    }
    if (m_ui->repeatPassword->text() != m_ui->password->text()) {
        showMessage(tr("The two passwords differ: type the same password in both fields."));
        m_ui->repeatPassword->setFocus(Qt::OtherFocusReason);
        m_ui->repeatPassword->selectAll();
        return;
    }

    QPushButton* ok = m_ui->buttons->button(QDialogButtonBox::Ok);
    ok->setEnabled(false);
    showMessage({});
    QApplication::setOverrideCursor(Qt::WaitCursor);
    QCoreApplication::processEvents(QEventLoop::ExcludeUserInputEvents);
    auto created = m_auth.createFirstAdmin(admin);
    QApplication::restoreOverrideCursor();
    ok->setEnabled(true);
    if (!created) {
        showError(created.error());
        return;
    }
    m_user = *created;
    QDialog::accept();
}

void FirstRunDialog::showError(const core::Error& error)
{
    showMessage(error.message);
    QLineEdit* target = error.field == QLatin1String("login")      ? m_ui->login
                        : error.field == QLatin1String("fullName") ? m_ui->fullName
                        : error.field == QLatin1String("password") ? m_ui->password
                                                                   : nullptr;
    if (target)
        target->setFocus(Qt::OtherFocusReason);
}

void FirstRunDialog::showMessage(const QString& text)
{
    m_ui->message->setText(text);
    m_ui->message->setVisible(!text.isEmpty());
}

} // namespace zabota::ui
