// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/MemberDialog.h"

#include "ui/EnumCombo.h"
#include "ui/MessageLabel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace zabota::ui {

namespace {

const QString kDateFormat = QStringLiteral("dd.MM.yyyy");

} // namespace

MemberDialog::MemberDialog(const core::FamilyMember& member, Check check, QWidget* parent)
    : QDialog(parent)
    , m_check(std::move(check))
    , m_original(member)
{
    const bool adding = member.fullName().isEmpty();
    setWindowTitle(adding ? tr("New family member") : tr("Family member: %1").arg(member.fullName()));
    auto* layout = new QVBoxLayout(this);
    m_message = makeMessageLabel(this, MessageKind::Banner);
    layout->addWidget(m_message);

    m_surname = new QLineEdit(member.surname, this);
    m_firstName = new QLineEdit(member.firstName, this);
    m_patronymic = new QLineEdit(member.patronymic, this);
    m_birthDate = new QLineEdit(member.birthDate.isValid() ? member.birthDate.toString(kDateFormat) : QString(), this);
    m_birthDate->setPlaceholderText(tr("dd.mm.yyyy, empty if unknown"));
    m_sex = new QComboBox(this);
    m_sex->addItem(tr("(not set)"));
    fillCombo<core::Sex>(m_sex);
    if (member.sex)
        select(m_sex, *member.sex);
    m_relation = new QComboBox(this);
    fillCombo<core::Relation>(m_relation);
    select(m_relation, member.relation);
    m_schoolOrWork = new QLineEdit(member.schoolOrWork, this);
    m_schoolOrWork->setMaxLength(core::limits::kSchoolOrWork);
    m_disability = new QCheckBox(tr("Has a d&isability"), this);
    m_disability->setChecked(member.disability);
    m_legalRepresentative = new QCheckBox(tr("&Legal representative of the children"), this);
    m_legalRepresentative->setChecked(member.legalRepresentative);
    m_snils = new QLineEdit(member.snils, this);
    m_snils->setPlaceholderText(tr("123-456-789 01, optional"));

    auto* form = new QFormLayout;
    form->addRow(tr("&Surname:"), m_surname);
    form->addRow(tr("&First name:"), m_firstName);
    form->addRow(tr("&Patronymic:"), m_patronymic);
    form->addRow(tr("&Birth date:"), m_birthDate);
    form->addRow(tr("S&ex:"), m_sex);
    form->addRow(tr("&Relation:"), m_relation);
    form->addRow(tr("School or &work:"), m_schoolOrWork);
    form->addRow(QString(), m_disability);
    form->addRow(QString(), m_legalRepresentative);
    form->addRow(tr("SN&ILS:"), m_snils);
    layout->addLayout(form);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &MemberDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &MemberDialog::reject);
    m_surname->setFocus(Qt::OtherFocusReason);
    resize(480, sizeHint().height());
}

std::optional<QDate> MemberDialog::birthDate() const
{
    const QString typed = m_birthDate->text().trimmed();
    if (typed.isEmpty())
        return QDate();
    const QDate date = QDate::fromString(typed, kDateFormat);
    if (date.isValid())
        return date;
    // 1.2.2015 as well as 01.02.2015.
    const QDate loose = QDate::fromString(typed, QStringLiteral("d.M.yyyy"));
    return loose.isValid() ? std::optional(loose) : std::nullopt;
}

core::FamilyMember MemberDialog::member() const
{
    core::FamilyMember m = m_original;
    m.surname = m_surname->text().trimmed();
    m.firstName = m_firstName->text().trimmed();
    m.patronymic = m_patronymic->text().trimmed();
    m.birthDate = birthDate().value_or(QDate());
    const QVariant sex = m_sex->currentData();
    m.sex = sex.isValid() ? std::optional(static_cast<core::Sex>(sex.toInt())) : std::nullopt;
    m.relation = selected(m_relation, core::Relation::Other);
    m.schoolOrWork = m_schoolOrWork->text().trimmed();
    m.disability = m_disability->isChecked();
    m.legalRepresentative = m_legalRepresentative->isChecked();
    m.snils = m_snils->text().trimmed();
    return m;
}

QString MemberDialog::messageText() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

void MemberDialog::accept()
{
    auto refuse = [this](const QString& message, QWidget* atFault) {
        m_message->setText(message);
        m_message->show();
        atFault->setFocus(Qt::OtherFocusReason);
    };
    if (!birthDate()) {
        refuse(tr("«%1» is not a date: type the birth date as dd.mm.yyyy, for example 05.03.2015, or leave it empty.")
                   .arg(m_birthDate->text().trimmed()),
               m_birthDate);
        return;
    }
    if (m_check) {
        if (auto ok = m_check(member()); !ok) {
            const QString& field = ok.error().field;
            QWidget* atFault = m_surname;
            if (field.endsWith(QLatin1String("birthDate")))
                atFault = m_birthDate;
            else if (field.endsWith(QLatin1String("relation")))
                atFault = m_relation;
            else if (field.endsWith(QLatin1String("snils")))
                atFault = m_snils;
            else if (field.endsWith(QLatin1String("schoolOrWork")))
                atFault = m_schoolOrWork;
            refuse(ok.error().message, atFault);
            return;
        }
    }
    QDialog::accept();
}

} // namespace zabota::ui
