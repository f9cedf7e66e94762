// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/FamilyRegistryWindow.h"

#include "core/family/FamilyService.h"
#include "ui/FamilyCardDialog.h"
#include "ui/FamilyRegistryModel.h"

#include <QAction>
#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace zabota::ui {

namespace {

// Fills an any / yes / no combo; the data is -1, 1 or 0.
void fillTriState(QComboBox* combo, const QString& yes, const QString& no)
{
    combo->addItem(FamilyRegistryWindow::tr("Any"), -1);
    combo->addItem(yes, 1);
    combo->addItem(no, 0);
}

std::optional<bool> triState(const QComboBox* combo)
{
    const int value = combo->currentData().toInt();
    if (value < 0)
        return std::nullopt;
    return value == 1;
}

} // namespace

FamilyRegistryWindow::FamilyRegistryWindow(core::FamilyService& families, QWidget* parent)
    : QWidget(parent, Qt::Window)
    , m_families(families)
    , m_model(new FamilyRegistryModel(families, this))
    , m_district(new QComboBox(this))
    , m_microDistrict(new QComboBox(this))
    , m_category(new QComboBox(this))
    , m_onRegister(new QComboBox(this))
    , m_specialAttention(new QComboBox(this))
    , m_hasMinors(new QComboBox(this))
    , m_curator(new QComboBox(this))
    , m_countLabel(new QLabel(this))
    , m_districtCounts(new QLabel(this))
    , m_errorLabel(new QLabel(this))
    , m_table(new QTableView(this))
{
    setWindowTitle(tr("Family registry"));
    setObjectName(QStringLiteral("familyRegistryWindow"));

    m_district->setObjectName(QStringLiteral("districtFilter"));
    m_microDistrict->setObjectName(QStringLiteral("microDistrictFilter"));
    m_category->setObjectName(QStringLiteral("categoryFilter"));
    m_onRegister->setObjectName(QStringLiteral("onRegisterFilter"));
    m_specialAttention->setObjectName(QStringLiteral("specialAttentionFilter"));
    m_hasMinors->setObjectName(QStringLiteral("hasMinorsFilter"));
    m_curator->setObjectName(QStringLiteral("curatorFilter"));
    m_countLabel->setObjectName(QStringLiteral("countLabel"));
    m_districtCounts->setObjectName(QStringLiteral("districtCounts"));
    m_districtCounts->setWordWrap(true);
    m_errorLabel->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_errorLabel->setWordWrap(true);
    m_errorLabel->hide();

    m_category->addItem(tr("Any"), -1);
    for (const core::FamilyCategory category : core::allValues<core::FamilyCategory>())
        m_category->addItem(core::label(category), int(category));
    fillTriState(m_onRegister, tr("On the register"), tr("Not on the register"));
    fillTriState(m_specialAttention, tr("Special attention"), tr("Without special attention"));
    fillTriState(m_hasMinors, tr("With minors"), tr("Without minors"));
    m_curator->addItem(tr("Any"));
    if (const auto curators = m_families.curators()) {
        for (const core::CuratorChoice& curator : *curators)
            m_curator->addItem(curator.fullName, QVariant::fromValue(curator.id));
    }
    fillDistricts();

    // Two rows of filters above the table, as in the journal: the table keeps the height.
    auto* filters = new QGridLayout;
    const std::pair<QString, QComboBox*> fields[] = {
        {tr("&District:"), m_district},   {tr("&Micro-district:"), m_microDistrict}, {tr("Ca&tegory:"), m_category},
        {tr("&Register:"), m_onRegister}, {tr("&Attention:"), m_specialAttention},   {tr("Mi&nors:"), m_hasMinors},
        {tr("C&urator:"), m_curator},
    };
    constexpr int kPerRow = 4;
    for (int i = 0; i < int(std::size(fields)); ++i) {
        auto* label = new QLabel(fields[i].first, this);
        label->setBuddy(fields[i].second);
        filters->addWidget(label, i / kPerRow, (i % kPerRow) * 2);
        filters->addWidget(fields[i].second, i / kPerRow, (i % kPerRow) * 2 + 1);
        filters->setColumnStretch((i % kPerRow) * 2 + 1, 1);
    }

    m_table->setModel(m_model);
    m_table->setObjectName(QStringLiteral("familyTable"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_table->setWordWrap(false);
    m_table->setAlternatingRowColors(true);
    QHeaderView* columns = m_table->horizontalHeader();
    columns->setStretchLastSection(true);
    const auto width = [this](const QString& sample) {
        return fontMetrics().horizontalAdvance(sample) + 24;
    };
    m_table->setColumnWidth(FamilyRegistryModel::CardNo, width(QStringLiteral("0000-00000")));
    m_table->setColumnWidth(FamilyRegistryModel::District, width(QStringLiteral("Калининский / Микроучасток 4")));
    m_table->setColumnWidth(FamilyRegistryModel::MainMember,
                            width(QStringLiteral("Константинопольская Александра В.")));
    m_table->setColumnWidth(FamilyRegistryModel::Members, width(QStringLiteral("Членов семьи")));
    m_table->setColumnWidth(FamilyRegistryModel::OnRegister, width(QStringLiteral("с 00.00.0000")));
    m_table->setColumnWidth(FamilyRegistryModel::SpecialAttention, width(QStringLiteral("Особое внимание")));

    auto* open = new QAction(tr("&Open card"), m_table);
    open->setShortcuts({QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)});
    open->setShortcutContext(Qt::WidgetShortcut);
    m_table->addAction(open);
    connect(open, &QAction::triggered, this, &FamilyRegistryWindow::openCurrentFamily);
    connect(m_table, &QTableView::doubleClicked, this, &FamilyRegistryWindow::openCurrentFamily);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_countLabel);
    layout->addWidget(m_districtCounts);
    layout->addWidget(m_errorLabel);
    layout->addWidget(m_table, 1);

    connect(m_model, &FamilyRegistryModel::errorOccurred, this, &FamilyRegistryWindow::showError);
    connect(m_model, &QAbstractItemModel::modelReset, this, &FamilyRegistryWindow::updateCounts);
    connect(m_district, &QComboBox::currentIndexChanged, this, &FamilyRegistryWindow::fillMicroDistricts);
    for (QComboBox* combo :
         {m_district, m_microDistrict, m_category, m_onRegister, m_specialAttention, m_hasMinors, m_curator})
        connect(combo, &QComboBox::currentIndexChanged, this, &FamilyRegistryWindow::applyFilter);

    updateCounts();
    resize(1200, 720);
}

void FamilyRegistryWindow::fillDistricts()
{
    m_district->addItem(tr("Any"), QVariant());
    const auto districts = m_families.districts();
    if (!districts) {
        showError(districts.error().message);
    } else {
        for (const core::District& district : *districts)
            m_district->addItem(district.name, district.id);
    }
    fillMicroDistricts();
}

void FamilyRegistryWindow::fillMicroDistricts()
{
    const QSignalBlocker blocker(m_microDistrict);
    m_microDistrict->clear();
    m_microDistrict->addItem(tr("Any"), QVariant());
    const QVariant district = m_district->currentData();
    m_microDistrict->setEnabled(district.isValid());
    if (!district.isValid())
        return;
    const auto micro = m_families.microDistricts(district.toLongLong());
    if (!micro) {
        showError(micro.error().message);
        return;
    }
    for (const core::MicroDistrict& item : *micro)
        m_microDistrict->addItem(item.name, item.id);
}

core::FamilyFilter FamilyRegistryWindow::currentFilter() const
{
    core::FamilyFilter filter;
    if (const QVariant district = m_district->currentData(); district.isValid())
        filter.districtId = district.toLongLong();
    if (const QVariant micro = m_microDistrict->currentData(); micro.isValid())
        filter.microDistrictId = micro.toLongLong();
    if (const int category = m_category->currentData().toInt(); category >= 0)
        filter.category = core::FamilyCategory(category);
    filter.onRegister = triState(m_onRegister);
    filter.specialAttention = triState(m_specialAttention);
    filter.hasMinors = triState(m_hasMinors);
    if (const QVariant curator = m_curator->currentData(); curator.isValid())
        filter.curatorId = curator.value<core::UserId>();
    return filter;
}

void FamilyRegistryWindow::applyFilter()
{
    m_errorLabel->hide();
    m_model->setFilter(currentFilter());
}

void FamilyRegistryWindow::updateCounts()
{
    m_countLabel->setText(tr("%n families", nullptr, m_model->totalCount()));
    const auto counts = m_families.countByDistrict(m_model->filter());
    if (!counts) {
        m_districtCounts->clear();
        showError(counts.error().message);
        return;
    }
    QStringList parts;
    for (const core::DistrictCount& count : *counts) {
        const QString name = count.districtId ? count.name : tr("no district");
        parts << tr("%1: %2").arg(name).arg(count.count);
    }
    m_districtCounts->setText(parts.join(QStringLiteral(" · ")));
}

FamilyCardDialog* FamilyRegistryWindow::lastCard() const
{
    return qobject_cast<FamilyCardDialog*>(m_lastCard.data());
}

void FamilyRegistryWindow::openCurrentFamily()
{
    const QModelIndex index = m_table->currentIndex();
    if (!index.isValid())
        return;
    const QVariant id = index.siblingAtColumn(0).data(FamilyRegistryModel::FamilyIdRole);
    if (id.isValid())
        openFamily(id.toLongLong());
}

void FamilyRegistryWindow::openFamily(core::FamilyId id)
{
    auto* card = new FamilyCardDialog(m_families, id, this);
    card->setAttribute(Qt::WA_DeleteOnClose);
    m_lastCard = card;
    card->show();
}

void FamilyRegistryWindow::showError(const QString& message)
{
    m_errorLabel->setText(message);
    m_errorLabel->show();
}

} // namespace zabota::ui
