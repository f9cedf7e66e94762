// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/LoginDialog.h"

#include "core/auth/AuthService.h"

#include <QApplication>
#include <QPushButton>

#include "ui_LoginDialog.h"

namespace zabota::ui {

namespace {
const QString kErrorStyle = QStringLiteral("color: #c5221f;");
} // namespace

LoginDialog::LoginDialog(core::AuthService& auth, const QString& lastLogin, QWidget* parent)
    : QDialog(parent)
    , m_auth(auth)
    , m_ui(std::make_unique<Ui::LoginDialog>())
{
    m_ui->setupUi(this);
    m_ui->buttons->button(QDialogButtonBox::Ok)->setText(tr("Log in"));
    m_ui->message->setStyleSheet(kErrorStyle);
    m_ui->message->hide();
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &LoginDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &LoginDialog::reject);

    m_ui->login->setText(lastLogin);
    if (lastLogin.isEmpty())
        m_ui->login->setFocus(Qt::OtherFocusReason);
    else
        m_ui->password->setFocus(Qt::OtherFocusReason);
}

LoginDialog::~LoginDialog() = default;

QString LoginDialog::message() const
{
    return m_ui->message->isHidden() ? QString() : m_ui->message->text();
}

void LoginDialog::accept()
{
    const QString login = m_ui->login->text().trimmed();
    if (login.isEmpty()) {
        showMessage(tr("Enter your login."));
        m_ui->login->setFocus(Qt::OtherFocusReason);
        return;
    }
    if (m_ui->password->text().isEmpty()) {
        showMessage(tr("Enter your password."));
        m_ui->password->setFocus(Qt::OtherFocusReason);
        return;
    }

    // The check takes about a second on purpose; say so before the window stops answering for that long.
    QPushButton* ok = m_ui->buttons->button(QDialogButtonBox::Ok);
    ok->setEnabled(false);
    showMessage({});
    QApplication::setOverrideCursor(Qt::WaitCursor);
    QCoreApplication::processEvents(QEventLoop::ExcludeUserInputEvents);
    auto user = m_auth.login(login, m_ui->password->text());
    QApplication::restoreOverrideCursor();
    ok->setEnabled(true);

    if (!user) {
        showMessage(user.error().message);
        // Whatever was wrong, the login stays; focusing it for an unknown login would tell a stranger which exist.
        if (user.error().kind == core::Error::Kind::Auth)
            m_ui->password->clear();
        m_ui->password->setFocus(Qt::OtherFocusReason);
        return;
    }
    m_user = *user;
    QDialog::accept();
}

void LoginDialog::showMessage(const QString& text)
{
    m_ui->message->setText(text);
    m_ui->message->setVisible(!text.isEmpty());
}

} // namespace zabota::ui
