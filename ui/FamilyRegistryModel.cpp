// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/FamilyRegistryModel.h"

#include "core/family/FamilyService.h"

#include <QFont>

namespace zabota::ui {

FamilyRegistryModel::FamilyRegistryModel(core::FamilyService& families, QObject* parent)
    : QAbstractTableModel(parent)
    , m_families(families)
{
    connect(&m_families, &core::FamilyService::familyAdded, this, &FamilyRegistryModel::refresh);
    connect(&m_families, &core::FamilyService::familyChanged, this, &FamilyRegistryModel::refresh);
    recount();
}

int FamilyRegistryModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_count;
}

int FamilyRegistryModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FamilyRegistryModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto* page = pageOf(index.row());
    if (!page)
        return {};
    const int inPage = index.row() % kPageSize;
    if (inPage >= page->size())
        return {};
    const core::FamilySummary& family = page->at(inPage);
    switch (role) {
    case Qt::DisplayRole:
        return display(family, index.column());
    case Qt::ToolTipRole:
        if (index.column() == Categories || index.column() == Phones)
            return display(family, index.column());
        if (index.column() == District || index.column() == MainMember)
            return family.actualAddress.isEmpty() ? family.registeredAddress : family.actualAddress;
        return {};
    case Qt::FontRole:
        if (family.specialAttention) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case FamilyIdRole:
        return family.id;
    default:
        return {};
    }
}

QVariant FamilyRegistryModel::display(const core::FamilySummary& family, int column) const
{
    switch (column) {
    case CardNo:
        return family.cardNo;
    case District:
        if (family.microDistrictName.isEmpty())
            return family.districtName;
        return tr("%1 / %2").arg(family.districtName, family.microDistrictName);
    case MainMember:
        return family.firstMemberName;
    case Members:
        return family.memberCount;
    case Children: {
        // The minors' ages, youngest first, as a curator reads a family: "3, 7, 12".
        QStringList ages;
        const QDate today = QDate::currentDate();
        for (auto born = family.minorBirthDates.crbegin(); born != family.minorBirthDates.crend(); ++born) {
            int age = today.year() - born->year();
            if (today < born->addYears(age))
                --age;
            ages << QString::number(age);
        }
        return ages.join(QStringLiteral(", "));
    }
    case Phones:
        return family.phones.join(QStringLiteral(", "));
    case Categories: {
        QStringList labels;
        for (const core::FamilyCategory category : family.categories)
            labels << core::label(category);
        return labels.join(QStringLiteral("; "));
    }
    case OnRegister:
        return family.onRegister ? tr("yes") : tr("no");
    case SpecialAttention:
        return family.specialAttention ? tr("yes") : QString();
    case Curator:
        return family.curatorName;
    default:
        return {};
    }
}

QVariant FamilyRegistryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case CardNo:
        return tr("Card no.");
    case District:
        return tr("District / micro-district");
    case MainMember:
        return tr("Main member");
    case Members:
        return tr("Members");
    case Children:
        return tr("Children's ages");
    case Phones:
        return tr("Phones");
    case Categories:
        return tr("Categories");
    case OnRegister:
        return tr("On register");
    case SpecialAttention:
        return tr("Special attention");
    case Curator:
        return tr("Curator");
    default:
        return {};
    }
}

void FamilyRegistryModel::setFilter(const core::FamilyFilter& filter)
{
    m_filter = filter;
    refresh();
}

void FamilyRegistryModel::refresh()
{
    beginResetModel();
    m_pages.clear();
    m_readFailed = false;
    recount();
    endResetModel();
}

void FamilyRegistryModel::recount()
{
    const auto count = m_families.registryCount(m_filter);
    if (!count) {
        m_count = 0;
        Q_EMIT errorOccurred(count.error().message);
        return;
    }
    m_count = *count;
}

std::optional<core::FamilySummary> FamilyRegistryModel::familyAt(int row) const
{
    if (row < 0 || row >= m_count)
        return std::nullopt;
    const auto* page = pageOf(row);
    if (!page || row % kPageSize >= page->size())
        return std::nullopt;
    return page->at(row % kPageSize);
}

const QList<core::FamilySummary>* FamilyRegistryModel::pageOf(int row) const
{
    const int number = row / kPageSize;
    const auto found = m_pages.constFind(number);
    if (found != m_pages.constEnd())
        return &found.value();
    if (m_readFailed)
        return nullptr;
    const auto page = m_families.registry(m_filter, number * kPageSize, kPageSize);
    if (!page) {
        m_readFailed = true;
        Q_EMIT const_cast<FamilyRegistryModel*>(this)->errorOccurred(page.error().message);
        return nullptr;
    }
    if (m_pages.size() >= kCachedPages)
        m_pages.clear();
    return &m_pages.insert(number, *page).value();
}

} // namespace zabota::ui
