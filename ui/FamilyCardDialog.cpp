// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/FamilyCardDialog.h"

#include "core/family/FamilyService.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace zabota::ui {

namespace {

QTableWidget* makeTable(const QStringList& headers, QWidget* parent)
{
    auto* table = new QTableWidget(0, int(headers.size()), parent);
    table->setHorizontalHeaderLabels(headers);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->verticalHeader()->hide();
    table->setWordWrap(false);
    table->setAlternatingRowColors(true);
    // A card's lists are short: every column as wide as its longest value, the last one taking the rest.
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}

void setRow(QTableWidget* table, int row, const QStringList& cells)
{
    for (int column = 0; column < cells.size(); ++column)
        table->setItem(row, column, new QTableWidgetItem(cells.at(column)));
}

QString dateText(const QDate& date)
{
    return date.isValid() ? QLocale().toString(date, QLocale::ShortFormat) : QString();
}

QString yesNo(bool value)
{
    return value ? FamilyCardDialog::tr("yes") : QString();
}

} // namespace

FamilyCardDialog::FamilyCardDialog(core::FamilyService& families, core::FamilyId id, QWidget* parent)
    : QDialog(parent)
    , m_families(families)
    , m_id(id)
    , m_banner(new QLabel(this))
    , m_reload(new QPushButton(tr("&Reload"), this))
    , m_header(new QLabel(this))
    , m_composition(new QLabel(this))
    , m_registeredAddress(new QLineEdit(this))
    , m_actualAddress(new QLineEdit(this))
    , m_phones(new QPlainTextEdit(this))
    , m_housing(new QPlainTextEdit(this))
    , m_income(new QPlainTextEdit(this))
    , m_specialAttention(new QCheckBox(tr("Special a&ttention"), this))
    , m_save(new QPushButton(tr("&Save"), this))
    , m_putOn(new QPushButton(tr("&Put on register…"), this))
    , m_takeOff(new QPushButton(tr("Take o&ff register…"), this))
{
    setObjectName(QStringLiteral("familyCardDialog"));
    setWindowTitle(tr("Family card"));
    m_banner->setObjectName(QStringLiteral("banner"));
    m_banner->setWordWrap(true);
    m_banner->setStyleSheet(QStringLiteral("background: #fde7e9; color: #b00020; padding: 6px;"));
    m_reload->setObjectName(QStringLiteral("reloadButton"));
    m_header->setWordWrap(true);
    m_header->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_composition->setObjectName(QStringLiteral("composition"));
    m_registeredAddress->setMaxLength(core::limits::kAddress);
    m_actualAddress->setMaxLength(core::limits::kAddress);
    m_phones->setTabChangesFocus(true);
    m_housing->setTabChangesFocus(true);
    m_income->setTabChangesFocus(true);
    m_phones->setMaximumHeight(60);
    m_housing->setMaximumHeight(60);
    m_income->setMaximumHeight(60);

    m_members = makeTable({tr("Full name"), tr("Birth date"), tr("Age"), tr("Relation"), tr("Minor"),
                           tr("School or work"), tr("Disability")},
                          this);
    m_members->setObjectName(QStringLiteral("membersTable"));
    m_categories = makeTable({tr("Category"), tr("From"), tr("To")}, this);
    m_registrations = makeTable({tr("Put on"), tr("Basis"), tr("Taken off"), tr("Reason")}, this);
    m_entries = makeTable({tr("Reg. no."), tr("Received"), tr("Applicant"), tr("Summary")}, this);
    m_entries->setObjectName(QStringLiteral("entriesTable"));

    auto* bannerRow = new QHBoxLayout;
    bannerRow->addWidget(m_banner, 1);
    bannerRow->addWidget(m_reload);

    auto* form = new QFormLayout;
    form->addRow(tr("Re&gistered address:"), m_registeredAddress);
    form->addRow(tr("A&ctual address:"), m_actualAddress);
    form->addRow(tr("P&hones (one a line):"), m_phones);
    form->addRow(tr("H&ousing:"), m_housing);
    form->addRow(tr("&Income:"), m_income);
    form->addRow(QString(), m_specialAttention);

    auto* tabs = new QTabWidget(this);
    tabs->addTab(m_members, tr("Members"));
    tabs->addTab(m_categories, tr("Categories"));
    tabs->addTab(m_registrations, tr("Registration"));
    tabs->addTab(m_entries, tr("Journal"));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_save, QDialogButtonBox::ActionRole);
    buttons->addButton(m_putOn, QDialogButtonBox::ActionRole);
    buttons->addButton(m_takeOff, QDialogButtonBox::ActionRole);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bannerRow);
    layout->addWidget(m_header);
    layout->addWidget(m_composition);
    layout->addLayout(form);
    layout->addWidget(tabs, 1);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_save, &QPushButton::clicked, this, &FamilyCardDialog::save);
    connect(m_reload, &QPushButton::clicked, this, &FamilyCardDialog::reload);
    connect(m_putOn, &QPushButton::clicked, this, &FamilyCardDialog::putOnRegister);
    connect(m_takeOff, &QPushButton::clicked, this, &FamilyCardDialog::takeOffRegister);

    hideBanner();
    load();
    resize(900, 700);
}

QString FamilyCardDialog::composition(const QList<core::FamilyMember>& members, const QDate& at)
{
    QStringList adults;
    QList<int> ages;
    int minorsWithoutAge = 0;
    for (const core::FamilyMember& member : members) {
        if (member.isMinorAt(at)) {
            if (const auto age = member.ageAt(at))
                ages << *age;
            else
                ++minorsWithoutAge;
        } else {
            adults << core::label(member.relation);
        }
    }
    std::sort(ages.begin(), ages.end());
    QStringList parts = adults;
    const int children = int(ages.size()) + minorsWithoutAge;
    if (children > 0) {
        QString text = tr("%n children", nullptr, children);
        if (!ages.isEmpty()) {
            QStringList numbers;
            for (const int age : ages)
                numbers << QString::number(age);
            const QString last = numbers.takeLast();
            const QString list =
                numbers.isEmpty() ? last : tr("%1 and %2").arg(numbers.join(QStringLiteral(", ")), last);
            text = tr("%1: %2 years").arg(text, list);
        }
        parts << text;
    }
    return parts.join(QStringLiteral(", "));
}

void FamilyCardDialog::load()
{
    const auto family = m_families.openCard(m_id);
    if (!family) {
        showBanner(family.error().message, false);
        m_save->setEnabled(false);
        m_putOn->setEnabled(false);
        m_takeOff->setEnabled(false);
        return;
    }
    display(*family);
}

void FamilyCardDialog::reload()
{
    hideBanner();
    load();
}

void FamilyCardDialog::display(const core::Family& family)
{
    m_family = family;
    m_loaded = true;
    const core::FamilyDraft& draft = family.draft;
    const QDate today = m_families.now().date();
    setWindowTitle(tr("Family card %1").arg(family.cardNo));

    QStringList header;
    header << tr("Card no. %1").arg(family.cardNo);
    QString district = family.districtName;
    if (!family.microDistrictName.isEmpty())
        district = tr("%1 / %2").arg(district, family.microDistrictName);
    if (!district.isEmpty())
        header << tr("District: %1").arg(district);
    if (!family.curatorName.isEmpty())
        header << tr("Curator: %1").arg(family.curatorName);
    header << (family.onRegister() ? tr("on the register") : tr("not on the register"));
    if (draft.specialAttention)
        header << tr("SPECIAL ATTENTION");
    m_header->setText(header.join(QStringLiteral(" · ")));
    m_composition->setText(composition(draft.members, today));

    m_registeredAddress->setText(draft.registeredAddress);
    m_actualAddress->setText(draft.actualAddress);
    m_phones->setPlainText(draft.phones.join(QLatin1Char('\n')));
    m_housing->setPlainText(draft.housingNotes);
    m_income->setPlainText(draft.incomeNotes);
    m_specialAttention->setChecked(draft.specialAttention);

    m_members->setRowCount(int(draft.members.size()));
    for (int row = 0; row < draft.members.size(); ++row) {
        const core::FamilyMember& member = draft.members.at(row);
        const auto age = member.ageAt(today);
        setRow(m_members, row,
               {member.fullName(), dateText(member.birthDate), age ? QString::number(*age) : QString(),
                core::label(member.relation), yesNo(member.isMinorAt(today)), member.schoolOrWork,
                yesNo(member.disability)});
    }

    m_categories->setRowCount(int(draft.categories.size()));
    for (int row = 0; row < draft.categories.size(); ++row) {
        const core::FamilyCategoryPeriod& period = draft.categories.at(row);
        setRow(m_categories, row,
               {core::label(period.category), dateText(period.from), period.to ? dateText(*period.to) : QString()});
    }

    m_registrations->setRowCount(int(family.registrations.size()));
    for (int row = 0; row < family.registrations.size(); ++row) {
        const core::RegistrationPeriod& period = family.registrations.at(row);
        QString reason = period.removalReason ? core::label(*period.removalReason) : QString();
        if (!period.removalNote.isEmpty())
            reason = tr("%1: %2").arg(reason, period.removalNote);
        setRow(m_registrations, row,
               {dateText(period.registeredOn), period.basis, period.removedOn ? dateText(*period.removedOn) : QString(),
                reason});
    }
    m_putOn->setEnabled(!family.onRegister());
    m_takeOff->setEnabled(family.onRegister());
    m_save->setEnabled(true);

    const auto entries = m_families.entriesOf(m_id);
    if (!entries) {
        m_entries->setRowCount(0);
        showBanner(entries.error().message, false);
        return;
    }
    QList<core::JournalEntry> sorted = *entries;
    std::sort(sorted.begin(), sorted.end(), [](const core::JournalEntry& a, const core::JournalEntry& b) {
        return a.draft.receivedAt > b.draft.receivedAt;
    });
    m_entries->setRowCount(int(sorted.size()));
    for (int row = 0; row < sorted.size(); ++row) {
        const core::JournalEntry& entry = sorted.at(row);
        setRow(m_entries, row,
               {entry.registrationNumber(), QLocale().toString(entry.draft.receivedAt, QLocale::ShortFormat),
                entry.draft.applicantName, entry.draft.summary});
    }
}

core::FamilyDraft FamilyCardDialog::editedDraft() const
{
    core::FamilyDraft draft = m_family.draft;
    draft.registeredAddress = m_registeredAddress->text();
    draft.actualAddress = m_actualAddress->text();
    draft.phones = m_phones->toPlainText().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    draft.housingNotes = m_housing->toPlainText();
    draft.incomeNotes = m_income->toPlainText();
    draft.specialAttention = m_specialAttention->isChecked();
    return draft;
}

bool FamilyCardDialog::save()
{
    if (!m_loaded)
        return false;
    const auto saved = m_families.updateFamily(m_id, m_family.version, editedDraft());
    if (!saved) {
        const bool conflict = saved.error().kind == core::Error::Kind::Conflict;
        showBanner(conflict ? tr("%1 Reload the card to see the other change; your edits here are kept until you do.")
                                  .arg(saved.error().message)
                            : saved.error().message,
                   conflict);
        return false;
    }
    hideBanner();
    display(*saved);
    return true;
}

void FamilyCardDialog::showBanner(const QString& message, bool offerReload)
{
    m_banner->setText(message);
    m_banner->setVisible(true);
    m_reload->setVisible(offerReload);
}

void FamilyCardDialog::hideBanner()
{
    m_banner->clear();
    m_banner->setVisible(false);
    m_reload->setVisible(false);
}

void FamilyCardDialog::putOnRegister()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Put on register"));
    auto* date = new QDateEdit(m_families.now().date(), &dialog);
    date->setCalendarPopup(true);
    auto* basis = new QLineEdit(&dialog);
    basis->setMaxLength(core::limits::kBasis);
    basis->setPlaceholderText(tr("e.g. commission decision no. 12 of 03.03.2026"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    auto* form = new QFormLayout(&dialog);
    form->addRow(tr("&Date:"), date);
    form->addRow(tr("&Basis:"), basis);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const auto period = m_families.putOnRegister(m_id, date->date(), basis->text());
    if (!period) {
        showBanner(period.error().message, period.error().kind == core::Error::Kind::Conflict);
        return;
    }
    reload();
}

void FamilyCardDialog::takeOffRegister()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Take off register"));
    auto* date = new QDateEdit(m_families.now().date(), &dialog);
    date->setCalendarPopup(true);
    auto* reason = new QComboBox(&dialog);
    for (const core::RemovalReason value : core::allValues<core::RemovalReason>())
        reason->addItem(core::label(value), int(value));
    auto* note = new QLineEdit(&dialog);
    note->setMaxLength(core::limits::kBasis);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    auto* form = new QFormLayout(&dialog);
    form->addRow(tr("&Date:"), date);
    form->addRow(tr("&Reason:"), reason);
    form->addRow(tr("&Note:"), note);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const auto period = m_families.takeOffRegister(m_id, date->date(),
                                                   core::RemovalReason(reason->currentData().toInt()), note->text());
    if (!period) {
        showBanner(period.error().message, period.error().kind == core::Error::Kind::Conflict);
        return;
    }
    reload();
}

} // namespace zabota::ui
