// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/FamilyCardDialog.h"

#include "core/family/FamilyService.h"
#include "core/text/DateText.h"
#include "ui/CategoryPeriodDialog.h"
#include "ui/EnumCombo.h"
#include "ui/MemberDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
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

// Selects the item whose data is `id`, or the first («not set») item; an id that is no longer listed (a curator
// switched off) is added so that saving does not drop it.
template <typename Id>
void selectId(QComboBox* combo, const std::optional<Id>& id, const QString& shownIfMissing)
{
    if (!id) {
        combo->setCurrentIndex(0);
        return;
    }
    int index = combo->findData(QVariant::fromValue(*id));
    if (index < 0) {
        combo->addItem(shownIfMissing, QVariant::fromValue(*id));
        index = combo->count() - 1;
    }
    combo->setCurrentIndex(index);
}

QString yesNo(bool value)
{
    return value ? FamilyCardDialog::tr("yes") : QString();
}

const QString kErrorStyle = QStringLiteral("background: #fde7e9; color: #b00020; padding: 6px;");
// After a reload: not an error, but something to read before saving.
const QString kNoticeStyle = QStringLiteral("background: #fff8e1; color: #4e342e; padding: 6px;");

QString fieldNames(const QStringList& codes)
{
    QStringList names;
    for (const QString& code : codes)
        names << core::FamilyService::fieldLabel(code);
    return names.join(QStringLiteral(", "));
}

// The fields both changed, each with what the user had typed there if it is text, cut to a length a banner can quote.
QString collidedFields(const QStringList& codes, const core::FamilyDraft& mine)
{
    const std::pair<const char*, const QString*> texts[] = {
        {"registeredAddress", &mine.registeredAddress},
        {"actualAddress", &mine.actualAddress},
        {"housingNotes", &mine.housingNotes},
        {"incomeNotes", &mine.incomeNotes},
    };
    constexpr int kExcerpt = 80;
    QStringList fields;
    for (const QString& code : codes) {
        QString typed;
        for (const auto& [name, text] : texts) {
            if (code == QLatin1String(name))
                typed = text->simplified();
        }
        if (typed.size() > kExcerpt)
            typed = typed.left(kExcerpt - 1) + QChar(0x2026);
        const QString label = core::FamilyService::fieldLabel(code);
        fields << (typed.isEmpty() ? label : FamilyCardDialog::tr("%1 (yours: «%2»)").arg(label, typed));
    }
    return fields.join(QStringLiteral("; "));
}

} // namespace

FamilyCardDialog::FamilyCardDialog(core::FamilyService& families, core::FamilyId id, QWidget* parent)
    : QDialog(parent)
    , m_families(families)
    , m_id(id)
    , m_banner(new QLabel(this))
    , m_reload(new QPushButton(tr("&Reload"), this))
    , m_useMine(new QPushButton(tr("Put my version &back"), this))
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
    m_reload->setObjectName(QStringLiteral("reloadButton"));
    m_reload->setToolTip(tr("Show the card as it is saved now, with your changes put back where the other person left "
                            "the field alone"));
    m_useMine->setObjectName(QStringLiteral("useMineButton"));
    m_useMine->setToolTip(tr("Show your own values again in the fields you both changed"));
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
    m_members->installEventFilter(this);
    connect(m_members, &QTableWidget::cellDoubleClicked, this, &FamilyCardDialog::editMember);
    m_categories = makeTable({tr("Category"), tr("From"), tr("To")}, this);
    m_categories->installEventFilter(this);
    m_district = new QComboBox(this);
    m_microDistrict = new QComboBox(this);
    m_curator = new QComboBox(this);
    m_needs = new QListWidget(this);
    for (const core::NeedCircumstance need : core::allValues<core::NeedCircumstance>()) {
        auto* item = new QListWidgetItem(core::label(need), m_needs);
        item->setData(Qt::UserRole, int(need));
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    m_registrations = makeTable({tr("Put on"), tr("Basis"), tr("Taken off"), tr("Reason")}, this);
    m_entries = makeTable({tr("Reg. no."), tr("Received"), tr("Applicant"), tr("Summary")}, this);
    m_entries->setObjectName(QStringLiteral("entriesTable"));

    auto* bannerRow = new QHBoxLayout;
    bannerRow->addWidget(m_banner, 1);
    bannerRow->addWidget(m_reload);
    bannerRow->addWidget(m_useMine);

    auto* place = new QHBoxLayout;
    place->addWidget(m_district, 1);
    place->addWidget(m_microDistrict, 1);
    auto* form = new QFormLayout;
    // A row with two combo boxes has no buddy of its own: the label names the district's.
    auto* districtLabel = new QLabel(tr("&District:"), this);
    districtLabel->setBuddy(m_district);
    form->addRow(districtLabel, place);
    form->addRow(tr("C&urator:"), m_curator);
    form->addRow(tr("Re&gistered address:"), m_registeredAddress);
    form->addRow(tr("A&ctual address:"), m_actualAddress);
    form->addRow(tr("P&hones (one a line):"), m_phones);
    form->addRow(tr("H&ousing:"), m_housing);
    form->addRow(tr("&Income:"), m_income);
    form->addRow(QString(), m_specialAttention);

    auto* tabs = new QTabWidget(this);
    tabs->addTab(buildMembersTab(), tr("Members"));
    tabs->addTab(buildCategoriesTab(), tr("Categories"));
    tabs->addTab(m_needs, tr("Circumstances of need"));
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
    connect(m_useMine, &QPushButton::clicked, this, &FamilyCardDialog::useMine);
    connect(m_putOn, &QPushButton::clicked, this, &FamilyCardDialog::putOnRegister);
    connect(m_takeOff, &QPushButton::clicked, this, &FamilyCardDialog::takeOffRegister);

    hideBanner();
    loadChoices();
    connect(m_district, &QComboBox::currentIndexChanged, this, [this] { loadMicroDistricts(std::nullopt); });
    load();
    resize(960, 760);
}

QWidget* FamilyCardDialog::buildMembersTab()
{
    auto* tab = new QWidget(this);
    auto* add = new QPushButton(tr("&Add member…"), tab);
    auto* edit = new QPushButton(tr("&Edit…"), tab);
    auto* remove = new QPushButton(tr("Remo&ve"), tab);
    add->setToolTip(tr("Insert"));
    edit->setToolTip(tr("Enter"));
    remove->setToolTip(tr("Delete"));
    connect(add, &QPushButton::clicked, this, &FamilyCardDialog::addMember);
    connect(edit, &QPushButton::clicked, this, &FamilyCardDialog::editMember);
    connect(remove, &QPushButton::clicked, this, &FamilyCardDialog::removeMember);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(edit);
    buttons->addWidget(remove);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(tab);
    layout->addWidget(m_members, 1);
    layout->addLayout(buttons);
    return tab;
}

QWidget* FamilyCardDialog::buildCategoriesTab()
{
    auto* tab = new QWidget(this);
    auto* add = new QPushButton(tr("&New category…"), tab);
    auto* remove = new QPushButton(tr("Re&move category"), tab);
    add->setToolTip(tr("Insert"));
    remove->setToolTip(tr("Delete"));
    connect(add, &QPushButton::clicked, this, &FamilyCardDialog::addCategory);
    connect(remove, &QPushButton::clicked, this, &FamilyCardDialog::removeCategory);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(tab);
    layout->addWidget(m_categories, 1);
    layout->addLayout(buttons);
    return tab;
}

void FamilyCardDialog::loadChoices()
{
    // A list that cannot be read leaves its choice at «not set» and says why; the card itself still opens.
    const QSignalBlocker blocker(m_district);
    m_district->clear();
    m_district->addItem(tr("(no district)"));
    if (const auto districts = m_families.districts()) {
        for (const core::District& d : *districts)
            m_district->addItem(d.name, QVariant::fromValue(d.id));
    } else {
        showBanner(districts.error().message, false);
    }
    m_curator->clear();
    m_curator->addItem(tr("(no curator)"));
    if (const auto curators = m_families.curators()) {
        for (const core::CuratorChoice& c : *curators)
            m_curator->addItem(c.fullName, QVariant::fromValue(c.id));
    } else {
        showBanner(curators.error().message, false);
    }
    loadMicroDistricts(std::nullopt);
}

void FamilyCardDialog::loadMicroDistricts(std::optional<core::MicroDistrictId> keep)
{
    m_microDistrict->clear();
    m_microDistrict->addItem(tr("(no micro-district)"));
    const QVariant district = m_district->currentData();
    m_microDistrict->setEnabled(district.isValid());
    if (!district.isValid())
        return;
    if (const auto micro = m_families.microDistricts(district.value<core::DistrictId>())) {
        for (const core::MicroDistrict& m : *micro)
            m_microDistrict->addItem(m.name, QVariant::fromValue(m.id));
    }
    if (keep)
        m_microDistrict->setCurrentIndex(std::max(0, m_microDistrict->findData(QVariant::fromValue(*keep))));
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
    mergeWithSaved(true);
}

void FamilyCardDialog::mergeWithSaved(bool announce)
{
    if (!m_loaded) {
        hideBanner();
        load();
        return;
    }
    // As the journal's form does it (EntryDialog::reloadEntry): nothing typed is thrown away, so nothing is asked
    // first. The card shows what is saved now, with the user's own edits put back wherever the other person left that
    // field alone; a field both changed shows the other person's value, is named in the banner, and «Put my version
    // back» shows the user's own again. Nothing is saved until the user saves.
    const core::FamilyDraft base = m_family.draft;
    const core::FamilyDraft mine = editedDraft();
    const auto fresh = m_families.openCard(m_id);
    if (!fresh) {
        // Deleted meanwhile, or unreadable: the form keeps every edit.
        showBanner(fresh.error().kind == core::Error::Kind::NotFound
                       ? tr("Family card %1 was deleted at another workstation while you were editing it, so it "
                            "cannot be saved. Your edits are still in the form: copy what you need before you close "
                            "it.")
                             .arg(m_family.cardNo)
                       : fresh.error().message,
                   false);
        return;
    }
    hideBanner();
    const auto merged = core::FamilyService::mergeDrafts(base, mine, fresh->draft);
    display(*fresh);
    showDraft(merged.draft, *fresh);
    m_mine = mine;
    m_collided = merged.collided;

    QStringList notice;
    if (announce)
        notice << tr("Card %1 now shows what %2 saved at %3 (%4).")
                      .arg(fresh->cardNo, fresh->updatedByName, core::text::shownTime(fresh->updatedAt),
                           core::text::shownDate(fresh->updatedAt.toLocalTime().date()));
    if (!merged.reapplied.isEmpty())
        notice << tr("Your changes to %1 are back in the form: save to keep them.").arg(fieldNames(merged.reapplied));
    if (!merged.collided.isEmpty())
        notice << tr("You both changed %1: the card shows their version, and «Put my version back» shows yours.")
                      .arg(collidedFields(merged.collided, mine));
    if (announce && merged.reapplied.isEmpty() && merged.collided.isEmpty())
        notice << tr("None of your changes needed putting back.");
    if (!notice.isEmpty())
        showNotice(notice.join(QLatin1Char(' ')));
    m_useMine->setVisible(!merged.collided.isEmpty());
}

void FamilyCardDialog::useMine()
{
    if (m_collided.isEmpty())
        return;
    showDraft(core::takeFields(core::FamilyService::draftFields(), editedDraft(), m_mine, m_collided), m_family);
    showNotice(tr("Your version of %1 is back in the form: saving puts it over theirs.").arg(fieldNames(m_collided)));
    m_collided.clear();
    m_useMine->hide();
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

    showDraft(draft, family);

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

void FamilyCardDialog::showDraft(const core::FamilyDraft& draft, const core::Family& family)
{
    m_registeredAddress->setText(draft.registeredAddress);
    m_actualAddress->setText(draft.actualAddress);
    m_phones->setPlainText(draft.phones.join(QLatin1Char('\n')));
    m_housing->setPlainText(draft.housingNotes);
    m_income->setPlainText(draft.incomeNotes);
    m_specialAttention->setChecked(draft.specialAttention);
    {
        const QSignalBlocker blocker(m_district);
        selectId(m_district, draft.districtId, family.districtName);
    }
    loadMicroDistricts(draft.microDistrictId);
    selectId(m_curator, draft.curatorId, family.curatorName);
    for (int i = 0; i < m_needs->count(); ++i) {
        QListWidgetItem* item = m_needs->item(i);
        const auto need = static_cast<core::NeedCircumstance>(item->data(Qt::UserRole).toInt());
        item->setCheckState(draft.needs.contains(need) ? Qt::Checked : Qt::Unchecked);
    }

    m_editedMembers = draft.members;
    showMembers();
    m_editedCategories = draft.categories;
    showCategories();
}

void FamilyCardDialog::showMembers()
{
    const QDate today = m_families.now().date();
    const int current = m_members->currentRow();
    m_members->setRowCount(int(m_editedMembers.size()));
    for (int row = 0; row < m_editedMembers.size(); ++row) {
        const core::FamilyMember& member = m_editedMembers.at(row);
        const auto age = member.ageAt(today);
        setRow(m_members, row,
               {member.fullName(), dateText(member.birthDate), age ? QString::number(*age) : QString(),
                core::label(member.relation), yesNo(member.isMinorAt(today)), member.schoolOrWork,
                yesNo(member.disability)});
    }
    if (m_editedMembers.size() > 0)
        m_members->selectRow(std::clamp(current, 0, int(m_editedMembers.size()) - 1));
    m_composition->setText(composition(m_editedMembers, today));
}

void FamilyCardDialog::showCategories()
{
    m_categories->setRowCount(int(m_editedCategories.size()));
    for (int row = 0; row < m_editedCategories.size(); ++row) {
        const core::FamilyCategoryPeriod& period = m_editedCategories.at(row);
        setRow(m_categories, row,
               {core::label(period.category), dateText(period.from), period.to ? dateText(*period.to) : QString()});
    }
}

bool FamilyCardDialog::runMemberDialog(int row)
{
    const bool adding = row < 0;
    const core::FamilyMember original = adding ? core::FamilyMember() : m_editedMembers.at(row);
    const int index = adding ? int(m_editedMembers.size()) : row;
    // The member is checked with the whole card, so that a duplicate of another member is caught as well.
    MemberDialog dialog(
        original,
        [this, index, adding](const core::FamilyMember& member) -> core::Status {
            core::FamilyDraft draft = editedDraft();
            if (adding)
                draft.members << member;
            else
                draft.members[index] = member;
            auto ok = core::FamilyService::validate(draft, m_families.now().date());
            if (!ok && ok.error().field.startsWith(QStringLiteral("members[%1]").arg(index)))
                return ok;
            return {};
        },
        this);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    if (adding)
        m_editedMembers << dialog.member();
    else
        m_editedMembers[index] = dialog.member();
    showMembers();
    m_members->selectRow(index);
    return true;
}

void FamilyCardDialog::addMember()
{
    if (m_loaded)
        runMemberDialog(-1);
}

void FamilyCardDialog::editMember()
{
    const int row = m_members->currentRow();
    if (m_loaded && row >= 0 && row < m_editedMembers.size())
        runMemberDialog(row);
}

void FamilyCardDialog::removeMember()
{
    const int row = m_members->currentRow();
    if (!m_loaded || row < 0 || row >= m_editedMembers.size())
        return;
    const QString name = m_editedMembers.at(row).fullName();
    if (QMessageBox::question(this, windowTitle(),
                              tr("Remove %1 from the card? The card keeps the change only when you save it.")
                                  .arg(name.isEmpty() ? tr("this member") : name)) != QMessageBox::Yes)
        return;
    m_editedMembers.removeAt(row);
    showMembers();
}

void FamilyCardDialog::addCategory()
{
    if (!m_loaded)
        return;
    // The period is checked with the whole card: its dates against each other.
    CategoryPeriodDialog dialog(
        m_families.now().date(),
        [this](const core::FamilyCategoryPeriod& period) -> core::Status {
            core::FamilyDraft draft = editedDraft();
            draft.categories << period;
            auto ok = core::FamilyService::validate(draft, m_families.now().date());
            if (!ok && ok.error().field.startsWith(QStringLiteral("categories")))
                return ok;
            return {};
        },
        this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_editedCategories << dialog.period();
    showCategories();
    m_categories->selectRow(int(m_editedCategories.size()) - 1);
}

void FamilyCardDialog::removeCategory()
{
    const int row = m_categories->currentRow();
    if (!m_loaded || row < 0 || row >= m_editedCategories.size())
        return;
    m_editedCategories.removeAt(row);
    showCategories();
}

QString FamilyCardDialog::bannerText() const
{
    return m_banner->isVisible() ? m_banner->text() : QString();
}

void FamilyCardDialog::reject()
{
    if (isModified()) {
        QMessageBox box(QMessageBox::Question, windowTitle(), tr("Discard the unsaved changes of this card?"),
                        QMessageBox::Yes | QMessageBox::No, this);
        box.setDefaultButton(QMessageBox::No);
        box.setEscapeButton(QMessageBox::No);
        if (box.exec() != QMessageBox::Yes)
            return;
    }
    QDialog::reject();
}

bool FamilyCardDialog::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::KeyPress && (watched == m_members || watched == m_categories)) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        const bool members = watched == m_members;
        if (key == Qt::Key_Insert) {
            members ? addMember() : addCategory();
            return true;
        }
        if (key == Qt::Key_Delete) {
            members ? removeMember() : removeCategory();
            return true;
        }
        if (members && (key == Qt::Key_Return || key == Qt::Key_Enter || key == Qt::Key_F2)) {
            editMember();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

core::FamilyDraft FamilyCardDialog::editedDraft() const
{
    core::FamilyDraft draft = m_family.draft;
    draft.members = m_editedMembers;
    draft.categories = m_editedCategories;
    QList<core::NeedCircumstance> needs;
    for (int i = 0; i < m_needs->count(); ++i) {
        if (m_needs->item(i)->checkState() == Qt::Checked)
            needs << static_cast<core::NeedCircumstance>(m_needs->item(i)->data(Qt::UserRole).toInt());
    }
    // The same set in the card's own order is no change.
    const bool sameSet = needs.size() == draft.needs.size() &&
                         std::ranges::all_of(needs, [&](core::NeedCircumstance n) { return draft.needs.contains(n); });
    if (!sameSet)
        draft.needs = needs;
    const QVariant district = m_district->currentData();
    draft.districtId = district.isValid() ? std::optional(district.value<core::DistrictId>()) : std::nullopt;
    const QVariant micro = m_microDistrict->currentData();
    draft.microDistrictId = micro.isValid() ? std::optional(micro.value<core::MicroDistrictId>()) : std::nullopt;
    const QVariant curator = m_curator->currentData();
    draft.curatorId = curator.isValid() ? std::optional(curator.value<core::UserId>()) : std::nullopt;
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
        // The message says who saved the card meanwhile and when, and that Reload keeps these edits.
        const bool conflict = saved.error().kind == core::Error::Kind::Conflict;
        showBanner(saved.error().message, conflict);
        if (conflict)
            m_reload->setFocus(Qt::OtherFocusReason);
        return false;
    }
    hideBanner();
    display(*saved);
    return true;
}

void FamilyCardDialog::showBanner(const QString& message, bool offerReload)
{
    m_banner->setStyleSheet(kErrorStyle);
    m_banner->setText(message);
    m_banner->setVisible(true);
    m_reload->setVisible(offerReload);
    m_useMine->setVisible(false);
}

void FamilyCardDialog::showNotice(const QString& message)
{
    m_banner->setStyleSheet(kNoticeStyle);
    m_banner->setText(message);
    m_banner->setVisible(true);
    m_reload->setVisible(false);
}

void FamilyCardDialog::hideBanner()
{
    m_banner->clear();
    m_banner->setVisible(false);
    m_reload->setVisible(false);
    m_useMine->setVisible(false);
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
    mergeWithSaved(false);
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
    mergeWithSaved(false);
}

} // namespace zabota::ui
