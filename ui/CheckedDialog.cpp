// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/CheckedDialog.h"

#include "ui/MessageLabel.h"

namespace zabota::ui {

CheckedDialog::CheckedDialog(QWidget* parent)
    : QDialog(parent)
    , m_banner(makeMessageLabel(this, MessageKind::Banner))
{}

QString CheckedDialog::messageText() const
{
    return m_banner->isHidden() ? QString() : m_banner->text();
}

void CheckedDialog::acceptIf(const core::Status& saved)
{
    if (saved) {
        QDialog::accept();
        return;
    }
    showRefusal(saved.error());
}

void CheckedDialog::showRefusal(const core::Error& error)
{
    m_banner->setText(error.message);
    m_banner->show();
    if (QWidget* at = field(error.field))
        at->setFocus(Qt::OtherFocusReason);
}

void CheckedDialog::clearRefusal()
{
    m_banner->clear();
    m_banner->hide();
}

} // namespace zabota::ui
