// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/family/Family.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

#include <optional>

namespace zabota::core {
class FamilyService;
}

namespace zabota::ui {

// The registry of families as a table. Only the count is asked up front; rows are read a page at a time when a view
// asks for them, so a registry of two hundred thousand families scrolls like one of ten.
class FamilyRegistryModel final : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        CardNo,
        District,
        MainMember,
        Members,
        Children,
        Phones,
        Categories,
        OnRegister,
        SpecialAttention,
        Curator,
        ColumnCount
    };
    enum Role { FamilyIdRole = Qt::UserRole + 1 };

    static constexpr int kPageSize = 200;
    static constexpr int kCachedPages = 20;

    explicit FamilyRegistryModel(core::FamilyService& families, QObject* parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;

    void setFilter(const core::FamilyFilter& filter);
    [[nodiscard]] const core::FamilyFilter& filter() const { return m_filter; }
    // The number of families that match the filter.
    [[nodiscard]] int totalCount() const { return m_count; }
    // The family shown in `row`, reading its page if needed.
    [[nodiscard]] std::optional<core::FamilySummary> familyAt(int row) const;

    // Reads the count again and forgets every cached page.
    void refresh();

Q_SIGNALS:
    // A sentence for the user; the technical detail stays in the log.
    void errorOccurred(const QString& message);

private:
    [[nodiscard]] const QList<core::FamilySummary>* pageOf(int row) const;
    [[nodiscard]] QVariant display(const core::FamilySummary& family, int column) const;
    void recount();

    core::FamilyService& m_families;
    core::FamilyFilter m_filter;
    int m_count = 0;
    mutable QHash<int, QList<core::FamilySummary>> m_pages;
    mutable bool m_readFailed = false;
};

} // namespace zabota::ui
