// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/CategoryPeriodDialog.h"

#include "ui/EnumCombo.h"
#include "ui/MessageLabel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>

namespace zabota::ui {

CategoryPeriodDialog::CategoryPeriodDialog(const QDate& today, Check check, QWidget* parent)
    : QDialog(parent)
    , m_check(std::move(check))
{
    setWindowTitle(tr("Add category"));
    m_message = makeMessageLabel(this, MessageKind::Banner);
    m_category = new QComboBox(this);
    fillCombo<core::FamilyCategory>(m_category);
    m_from = new QDateEdit(today, this);
    m_from->setCalendarPopup(true);
    m_ends = new QCheckBox(tr("&Ends on:"), this);
    m_to = new QDateEdit(today, this);
    m_to->setCalendarPopup(true);
    m_to->setEnabled(false);
    connect(m_ends, &QCheckBox::toggled, m_to, &QWidget::setEnabled);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto* form = new QFormLayout(this);
    form->addRow(m_message);
    form->addRow(tr("&Category:"), m_category);
    form->addRow(tr("&From:"), m_from);
    form->addRow(m_ends, m_to);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &CategoryPeriodDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &CategoryPeriodDialog::reject);
    m_category->setFocus(Qt::OtherFocusReason);
}

core::FamilyCategoryPeriod CategoryPeriodDialog::period() const
{
    core::FamilyCategoryPeriod period;
    period.category = selected(m_category, core::FamilyCategory::Large);
    period.from = m_from->date();
    period.to = m_ends->isChecked() ? std::optional(m_to->date()) : std::nullopt;
    return period;
}

void CategoryPeriodDialog::accept()
{
    if (m_check) {
        if (auto ok = m_check(period()); !ok) {
            m_message->setText(ok.error().message);
            m_message->show();
            (m_ends->isChecked() ? m_to : m_from)->setFocus(Qt::OtherFocusReason);
            return;
        }
    }
    QDialog::accept();
}

} // namespace zabota::ui
