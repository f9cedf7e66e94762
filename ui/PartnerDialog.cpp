// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/PartnerDialog.h"

#include "core/partner/PartnerService.h"
#include "ui/EnumCombo.h"
#include "ui/MessageLabel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace zabota::ui {

PartnerDialog::PartnerDialog(core::PartnerService& partners, const std::optional<core::Partner>& existing,
                             QWidget* parent)
    : QDialog(parent)
    , m_partners(partners)
    , m_existing(existing)
    , m_readOnly(!partners.canEdit())
{
    setWindowTitle(existing ? tr("Partner organisation") : tr("New partner organisation"));
    m_message = makeMessageLabel(this, MessageKind::Banner);

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

    auto* buttons = new QDialogButtonBox(
        m_readOnly ? QDialogButtonBox::Close : QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &PartnerDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    if (QPushButton* save = buttons->button(QDialogButtonBox::Save))
        save->setDefault(true);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    if (m_readOnly) {
        auto* hint = new QLabel(tr("Only an administrator changes the partner organisations."), this);
        hint->setWordWrap(true);
        layout->addWidget(hint);
    }
    layout->addLayout(form);
    layout->addWidget(buttons);

    if (m_existing)
        load(*m_existing);
    if (m_readOnly) {
        m_kind->setEnabled(false);
        for (QLineEdit* edit : {m_name, m_phone, m_email, m_contactPerson, m_territory, m_agreementNo})
            edit->setReadOnly(true);
        m_services->setReadOnly(true);
        m_hasAgreementDate->setEnabled(false);
        m_agreementDate->setReadOnly(true);
    }
    // A new partner starts with its kind; one opened again with its name.
    if (m_existing || m_readOnly)
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

QWidget* PartnerDialog::field(const QString& name) const
{
    const std::pair<const char*, QWidget*> fields[] = {
        {"kind", m_kind},
        {"name", m_name},
        {"services", m_services},
        {"phone", m_phone},
        {"email", m_email},
        {"contactPerson", m_contactPerson},
        {"territory", m_territory},
        {"agreementNo", m_agreementNo},
        {"agreementDate", m_agreementDate},
    };
    for (const auto& [code, widget] : fields) {
        if (name == QLatin1String(code))
            return widget;
    }
    return nullptr;
}

QString PartnerDialog::messageText() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

void PartnerDialog::accept()
{
    if (m_readOnly) {
        QDialog::accept();
        return;
    }
    const core::Partner p = partner();
    core::Status saved;
    if (m_existing) {
        saved = m_partners.update(m_existing->id, p);
        if (saved)
            m_savedId = m_existing->id;
    } else if (auto id = m_partners.add(p)) {
        m_savedId = *id;
    } else {
        saved = std::unexpected(id.error());
    }
    if (!saved) {
        m_message->setText(saved.error().message);
        m_message->show();
        if (QWidget* target = field(saved.error().field))
            target->setFocus(Qt::OtherFocusReason);
        return;
    }
    QDialog::accept();
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
