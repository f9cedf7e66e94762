// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/PlanItemDialog.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace zabota::ui {

QStringList PlanItemDialog::standardSections()
{
    return {tr("Social and household services"),      tr("Social and medical services"),
            tr("Social and psychological services"),  tr("Social and pedagogical services"),
            tr("Social and labour services"),         tr("Social and legal services"),
            tr("Raising the communicative potential")};
}

PlanItemDialog::PlanItemDialog(const core::PlanItemDraft& item, const QList<core::CuratorChoice>& specialists,
                               const QStringList& partners, Save save, QWidget* parent)
    : CheckedDialog(parent)
    , m_save(std::move(save))
{
    setWindowTitle(item.activity.isEmpty() ? tr("New plan item") : tr("Plan item"));
    m_section = new QComboBox(this);
    m_section->setEditable(true);
    m_section->addItems(standardSections());
    m_section->setCurrentText(item.section.isEmpty() ? standardSections().at(2) : item.section);
    m_activity = new QLineEdit(item.activity, this);
    m_activity->setPlaceholderText(tr("What is done, e.g. consultations of the psychologist"));
    m_responsible = new QComboBox(this);
    m_responsible->addItem(tr("(nobody of the centre)"));
    for (const core::CuratorChoice& c : specialists) {
        m_responsible->addItem(c.fullName, c.id);
        if (item.responsibleId == c.id)
            m_responsible->setCurrentIndex(m_responsible->count() - 1);
    }
    m_partner = new QComboBox(this);
    m_partner->setEditable(true);
    m_partner->addItem(QString());
    m_partner->addItems(partners);
    m_partner->setCurrentText(item.partner);
    m_volume = new QLineEdit(item.volume, this);
    m_volume->setPlaceholderText(tr("e.g. once a week, 8 sessions"));
    m_notes = new QLineEdit(item.notes, this);
    m_due = new QDateEdit(item.dueDate.isValid() ? item.dueDate : QDate::currentDate().addMonths(1), this);
    m_due->setCalendarPopup(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);

    auto* form = new QFormLayout(this);
    form->addRow(banner());
    form->addRow(tr("&Section:"), m_section);
    form->addRow(tr("&Activity:"), m_activity);
    form->addRow(tr("&Responsible:"), m_responsible);
    form->addRow(tr("&Partner:"), m_partner);
    form->addRow(tr("&Volume and frequency:"), m_volume);
    form->addRow(tr("&Notes:"), m_notes);
    form->addRow(tr("&Due by:"), m_due);
    form->addRow(buttons);
    // The date edit keeps Tab for its own sections: it comes last, before the buttons.
    setTabOrder(m_section, m_activity);
    setTabOrder(m_activity, m_responsible);
    setTabOrder(m_responsible, m_partner);
    setTabOrder(m_partner, m_volume);
    setTabOrder(m_volume, m_notes);
    setTabOrder(m_notes, m_due);
    connect(buttons, &QDialogButtonBox::accepted, this, &PlanItemDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PlanItemDialog::reject);
    resize(560, sizeHint().height());
    m_activity->setFocus(Qt::OtherFocusReason);
}

core::PlanItemDraft PlanItemDialog::item() const
{
    core::PlanItemDraft d;
    d.section = m_section->currentText().trimmed();
    d.activity = m_activity->text().trimmed();
    if (const QVariant id = m_responsible->currentData(); id.isValid())
        d.responsibleId = id.toLongLong();
    d.partner = m_partner->currentText().trimmed();
    d.volume = m_volume->text().trimmed();
    d.notes = m_notes->text().trimmed();
    d.dueDate = m_due->date();
    return d;
}

QWidget* PlanItemDialog::field(const QString& name) const
{
    if (name == u"activity")
        return m_activity;
    if (name == u"dueDate")
        return m_due;
    return nullptr;
}

void PlanItemDialog::accept()
{
    if (m_save)
        acceptIf(m_save(item()));
    else
        QDialog::accept();
}

} // namespace zabota::ui
