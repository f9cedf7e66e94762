// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/NewFamilyDialog.h"

#include "core/family/FamilyService.h"
#include "ui/EnumCombo.h"
#include "ui/MessageLabel.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace zabota::ui {

namespace {

QStringList reasonTexts(const QList<core::DuplicateReason>& reasons)
{
    QStringList texts;
    for (const core::DuplicateReason reason : reasons)
        texts << core::FamilyService::reasonText(reason);
    return texts;
}

} // namespace

NewFamilyDialog::NewFamilyDialog(core::FamilyService& families, const core::FamilyDraft& fromEntry, QWidget* parent)
    : QDialog(parent)
    , m_families(families)
    , m_fromEntry(fromEntry)
{
    setWindowTitle(tr("New family"));
    auto* layout = new QVBoxLayout(this);
    m_message = makeMessageLabel(this, MessageKind::Banner);
    layout->addWidget(m_message);

    auto* form = new QFormLayout;
    m_surname = new QLineEdit(this);
    m_firstName = new QLineEdit(this);
    m_patronymic = new QLineEdit(this);
    m_relation = new QComboBox(this);
    fillCombo<core::Relation>(m_relation);
    m_phone = new QLineEdit(this);
    m_address = new QLineEdit(this);
    m_address->setMaxLength(core::limits::kAddress);
    m_address->setPlaceholderText(tr("City, street, house, flat"));
    m_district = new QComboBox(this);
    m_microDistrict = new QComboBox(this);
    form->addRow(tr("&Surname:"), m_surname);
    form->addRow(tr("&First name:"), m_firstName);
    form->addRow(tr("&Patronymic:"), m_patronymic);
    form->addRow(tr("&Relation:"), m_relation);
    form->addRow(tr("P&hone:"), m_phone);
    form->addRow(tr("Registered &address:"), m_address);
    form->addRow(tr("&District:"), m_district);
    form->addRow(tr("&Micro-district:"), m_microDistrict);
    layout->addLayout(form);

    m_candidatesLabel = new QLabel(this);
    m_candidatesLabel->setWordWrap(true);
    m_candidates = new QListWidget(this);
    m_candidates->setAccessibleName(tr("Families that may be the same"));
    m_candidates->setWordWrap(true);
    m_candidates->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_candidatesLabel->setBuddy(m_candidates);
    m_candidatesLabel->hide();
    m_candidates->hide();
    layout->addWidget(m_candidatesLabel);
    layout->addWidget(m_candidates, 1);
    // Beside the list, not in the button box: a button box shows every button it holds.
    m_take = new QPushButton(tr("&Take the chosen family"), this);
    m_take->setAutoDefault(false);
    m_take->hide();
    layout->addWidget(m_take, 0, Qt::AlignRight);

    auto* buttons = new QDialogButtonBox(this);
    m_create = buttons->addButton(tr("&Create"), QDialogButtonBox::AcceptRole);
    buttons->addButton(QDialogButtonBox::Cancel);
    m_create->setDefault(true);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &NewFamilyDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &NewFamilyDialog::reject);
    connect(m_take, &QPushButton::clicked, this, &NewFamilyDialog::takeCandidate);
    // Enter on the list reaches accept() through the dialog's default button; a double click takes the family too.
    connect(m_candidates, &QListWidget::itemDoubleClicked, this, &NewFamilyDialog::takeCandidate);

    // The district list; a failure leaves the family without a district, which the card can set later.
    m_district->addItem(tr("(not set)"));
    if (const auto districts = m_families.districts()) {
        for (const core::District& d : *districts)
            m_district->addItem(d.name, QVariant::fromValue(d.id));
    }
    connect(m_district, &QComboBox::currentIndexChanged, this, &NewFamilyDialog::loadMicroDistricts);
    loadMicroDistricts();

    if (!fromEntry.members.isEmpty()) {
        const core::FamilyMember& applicant = fromEntry.members.first();
        m_surname->setText(applicant.surname);
        m_firstName->setText(applicant.firstName);
        m_patronymic->setText(applicant.patronymic);
        select(m_relation, applicant.relation);
    } else {
        select(m_relation, core::Relation::Mother);
    }
    m_phone->setText(fromEntry.phones.value(0));
    m_address->setText(fromEntry.registeredAddress);
    // The name and phone usually came with the entry: the address is what is left to type.
    (m_surname->text().isEmpty() ? m_surname : m_address)->setFocus(Qt::OtherFocusReason);
    resize(520, sizeHint().height());
}

void NewFamilyDialog::loadMicroDistricts()
{
    m_microDistrict->clear();
    m_microDistrict->addItem(tr("(not set)"));
    const QVariant district = m_district->currentData();
    m_microDistrict->setEnabled(district.isValid());
    if (!district.isValid())
        return;
    if (const auto micro = m_families.microDistricts(district.value<core::DistrictId>())) {
        for (const core::MicroDistrict& m : *micro)
            m_microDistrict->addItem(m.name, QVariant::fromValue(m.id));
    }
}

core::FamilyDraft NewFamilyDialog::draft() const
{
    core::FamilyDraft d = m_fromEntry;
    core::FamilyMember applicant = d.members.isEmpty() ? core::FamilyMember() : d.members.first();
    applicant.surname = m_surname->text().trimmed();
    applicant.firstName = m_firstName->text().trimmed();
    applicant.patronymic = m_patronymic->text().trimmed();
    applicant.relation = selected(m_relation, core::Relation::Other);
    if (d.members.isEmpty())
        d.members << applicant;
    else
        d.members.first() = applicant;
    d.phones.clear();
    if (!m_phone->text().trimmed().isEmpty())
        d.phones << m_phone->text().trimmed();
    d.registeredAddress = m_address->text();
    const QVariant district = m_district->currentData();
    d.districtId = district.isValid() ? std::optional(district.value<core::DistrictId>()) : std::nullopt;
    const QVariant micro = m_microDistrict->currentData();
    d.microDistrictId = micro.isValid() ? std::optional(micro.value<core::MicroDistrictId>()) : std::nullopt;
    return d;
}

QString NewFamilyDialog::messageText() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

void NewFamilyDialog::showMessage(const QString& text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

void NewFamilyDialog::accept()
{
    if (m_candidates->isVisible() && focusWidget() == m_candidates) {
        takeCandidate();
        return;
    }
    const core::FamilyDraft d = draft();
    if (auto ok = core::FamilyService::validate(d, m_families.now().date()); !ok) {
        showMessage(ok.error().message);
        const QString& field = ok.error().field;
        QWidget* atFault = field.startsWith(QLatin1String("phones"))              ? m_phone
                           : field.startsWith(QLatin1String("registeredAddress")) ? m_address
                           : field.endsWith(QLatin1String("firstName"))           ? m_firstName
                           : field.endsWith(QLatin1String("patronymic"))          ? m_patronymic
                                                                                  : m_surname;
        atFault->setFocus(Qt::OtherFocusReason);
        return;
    }
    // Candidates shown for this very draft, and Create pressed again: the dispatcher has looked and wants a new one.
    if (m_checked && *m_checked == d) {
        QDialog::accept();
        return;
    }
    const auto candidates = m_families.duplicates(d);
    if (!candidates) {
        showMessage(candidates.error().message);
        return;
    }
    m_checked = d;
    if (candidates->isEmpty()) {
        QDialog::accept();
        return;
    }
    showMessage({});
    m_candidates->clear();
    for (const core::DuplicateCandidate& c : *candidates) {
        auto* item = new QListWidgetItem(core::FamilyService::describe(c.family) + QStringLiteral(" — ") +
                                             reasonTexts(c.reasons).join(QStringLiteral(", ")),
                                         m_candidates);
        item->setData(Qt::UserRole, QVariant::fromValue(c.family.id));
    }
    m_candidatesLabel->setText(tr("%n family(ies) in the registry may be this one. Take one of them (Enter on the "
                                  "list), or press Create again to make a new family anyway.",
                                  nullptr, int(candidates->size())));
    m_candidatesLabel->show();
    m_candidates->show();
    m_candidates->setCurrentRow(0);
    m_take->show();
    m_candidates->setFocus(Qt::OtherFocusReason);
    // Room for the list that has just appeared.
    resize(std::max(width(), 640), std::max(height(), sizeHint().height()));
}

void NewFamilyDialog::takeCandidate()
{
    const QListWidgetItem* item = m_candidates->currentItem();
    if (!item)
        return;
    const auto found = m_families.summary(item->data(Qt::UserRole).value<core::FamilyId>());
    if (!found || !*found) {
        showMessage(found ? tr("This family card no longer exists.") : found.error().message);
        return;
    }
    m_chosen = **found;
    QDialog::accept();
}

} // namespace zabota::ui
