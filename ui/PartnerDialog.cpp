// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/PartnerDialog.h"

#include "core/partner/PartnerService.h"
#include "ui/EnumCombo.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace zabota::ui {

PartnerDialog::PartnerDialog(core::PartnerService& partners, const std::optional<core::Partner>& existing,
                             QWidget* parent)
    : DirectoryEntryDialog(!partners.canEdit(), existing ? std::optional(existing->id) : std::nullopt, parent)
    , m_partners(partners)
    , m_existing(existing)
{
    setWindowTitle(existing ? tr("Partner organisation") : tr("New partner organisation"));

    m_kind = new QComboBox(this);
    fillCombo<core::PartnerKind>(m_kind);
    m_name = new QLineEdit(this);
    m_name->setMaxLength(core::partnerLimits::kName);
    m_services = new QPlainTextEdit(this);
    m_services->setTabChangesFocus(true);
    m_services->setPlaceholderText(tr("What the organisation does for families"));
    m_phone = new QLineEdit(this);
    m_phone->setMaxLength(core::partnerLimits::kPhone);
    m_email = new QLineEdit(this);
    m_email->setMaxLength(core::partnerLimits::kEmail);
    m_contactPerson = new QLineEdit(this);
    m_contactPerson->setMaxLength(core::partnerLimits::kContactPerson);
    m_contactPerson->setPlaceholderText(tr("Name or position"));
    m_territory = new QLineEdit(this);
    m_territory->setMaxLength(core::partnerLimits::kTerritory);
    m_territory->setPlaceholderText(tr("District or settlements it serves"));
    m_agreementNo = new QLineEdit(this);
    m_agreementNo->setMaxLength(core::partnerLimits::kAgreementNo);
    m_agreementNo->setToolTip(tr("The number of the agreement on cooperation, if there is one"));
    m_hasAgreementDate = new QCheckBox(tr("Agreement &signed on:"), this);
    m_agreementDate = new QDateEdit(QDate::currentDate(), this);
    m_agreementDate->setCalendarPopup(true);
    m_agreementDate->setEnabled(false);
    // Tab leaves the date instead of walking its day, month and year.
    m_agreementDate->installEventFilter(this);
    connect(m_hasAgreementDate, &QCheckBox::toggled, m_agreementDate, &QWidget::setEnabled);

    auto* form = new QFormLayout;
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("Ser&vices:"), m_services);
    form->addRow(tr("&Phone:"), m_phone);
    form->addRow(tr("&E-mail:"), m_email);
    form->addRow(tr("&Contact person:"), m_contactPerson);
    form->addRow(tr("&Territory:"), m_territory);
    form->addRow(tr("Agreement n&o.:"), m_agreementNo);
    form->addRow(m_hasAgreementDate, m_agreementDate);

    QDialogButtonBox* buttons = makeButtons();
    QVBoxLayout* layout = makeLayout(tr("Only an administrator changes the partner organisations."));
    layout->addLayout(form);
    layout->addWidget(buttons);

    if (m_existing)
        load(*m_existing);
    if (isReadOnly()) {
        m_kind->setEnabled(false);
        for (QLineEdit* edit : {m_name, m_phone, m_email, m_contactPerson, m_territory, m_agreementNo})
            edit->setReadOnly(true);
        m_services->setReadOnly(true);
        m_hasAgreementDate->setEnabled(false);
        m_agreementDate->setReadOnly(true);
    }
    setFields({{QStringLiteral("kind"), m_kind},
               {QStringLiteral("name"), m_name},
               {QStringLiteral("services"), m_services},
               {QStringLiteral("phone"), m_phone},
               {QStringLiteral("email"), m_email},
               {QStringLiteral("contactPerson"), m_contactPerson},
               {QStringLiteral("territory"), m_territory},
               {QStringLiteral("agreementNo"), m_agreementNo},
               {QStringLiteral("agreementDate"), m_agreementDate}});
    // A new partner starts with its kind; one opened again with its name.
    if (m_existing || isReadOnly())
        m_name->setFocus(Qt::OtherFocusReason);
    else
        m_kind->setFocus(Qt::OtherFocusReason);
    resize(560, sizeHint().height());
}

void PartnerDialog::load(const core::Partner& p)
{
    select(m_kind, p.kind);
    m_name->setText(p.name);
    m_services->setPlainText(p.services);
    m_phone->setText(p.phone);
    m_email->setText(p.email);
    m_contactPerson->setText(p.contactPerson);
    m_territory->setText(p.territory);
    m_agreementNo->setText(p.agreementNo);
    m_hasAgreementDate->setChecked(p.agreementDate.isValid());
    if (p.agreementDate.isValid())
        m_agreementDate->setDate(p.agreementDate);
}

core::Partner PartnerDialog::partner() const
{
    core::Partner p = m_existing.value_or(core::Partner{});
    p.kind = selected(m_kind, core::PartnerKind::Other);
    p.name = m_name->text();
    p.services = m_services->toPlainText();
    p.phone = m_phone->text();
    p.email = m_email->text();
    p.contactPerson = m_contactPerson->text();
    p.territory = m_territory->text();
    p.agreementNo = m_agreementNo->text();
    p.agreementDate = m_hasAgreementDate->isChecked() ? m_agreementDate->date() : QDate();
    return p;
}

core::Result<qint64> PartnerDialog::saveNew()
{
    return m_partners.add(partner());
}

core::Status PartnerDialog::saveChanges(qint64 id)
{
    return m_partners.update(id, partner());
}

bool PartnerDialog::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_agreementDate && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() == Qt::Key_Backtab || (key->key() == Qt::Key_Tab && (key->modifiers() & Qt::ShiftModifier))) {
            focusPreviousChild();
            return true;
        }
        if (key->key() == Qt::Key_Tab) {
            focusNextChild();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

} // namespace zabota::ui
