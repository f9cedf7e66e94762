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
    m_banner->setText(saved.error().message);
    m_banner->show();
    if (QWidget* at = field(saved.error().field))
        at->setFocus(Qt::OtherFocusReason);
}

} // namespace zabota::ui
