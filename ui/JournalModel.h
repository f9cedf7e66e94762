// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/journal/JournalEntry.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

#include <optional>

namespace zabota::core {
class JournalService;
class JournalReader;
} // namespace zabota::core

namespace zabota::ui {

// The hotline journal as a table, newest first. Only the row count is asked up front; rows are read a page at a time
// when a view asks for them and kept in a small cache of recent pages, so a journal of a million entries scrolls as
// smoothly as one of ten.
class JournalModel final : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        RegNo,
        ReceivedAt,
        Channel,
        Caller,
        Applicant,
        Phone,
        Category,
        Urgency,
        Summary,
        Status,
        Dispatcher,
        ColumnCount
    };
    enum Role { EntryIdRole = Qt::UserRole + 1 };

    static constexpr int kPageSize = 200;
    static constexpr int kCachedPages = 20;

    explicit JournalModel(core::JournalService& journal, QObject* parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;

    // With a reader, a new filter is counted and its first page read on the reader's thread: the table keeps the
    // old rows until the answer comes (busyChanged tells when). Without one, setFilter reads at once.
    void setReader(core::JournalReader* reader);
    void setFilter(const core::JournalFilter& filter);
    [[nodiscard]] bool isBusy() const { return m_pendingTicket != 0; }
    [[nodiscard]] const core::JournalFilter& filter() const { return m_filter; }

    // The entry shown in `row`, reading its page if needed; nullopt outside the table or if the page cannot be read.
    [[nodiscard]] std::optional<core::JournalEntry> entryAt(int row) const;
    // The number of entries that match the filter.
    [[nodiscard]] int totalCount() const { return m_count; }
    // The row of an entry among the pages read so far; -1 if it is not among them.
    [[nodiscard]] int rowOf(core::EntryId id) const;

    // Reads the count again and forgets every cached page.
    void refresh();
    // After entries were changed or added (here or on another workstation): the same rows keep their place and show
    // their new contents; when the filter now matches another number of entries the view starts over.
    void reloadChanged();

    // How many pages were read from the journal since the model was made; for tests and diagnostics.
    [[nodiscard]] int pageFetchCount() const { return m_pageFetches; }
    [[nodiscard]] int cachedPageCount() const { return int(m_pages.size()); }

Q_SIGNALS:
    // A sentence for the user; the technical detail stays in the log.
    void errorOccurred(const QString& message);
    // True while a new filter is being read on the reader's thread.
    void busyChanged(bool busy);

private:
    // The page holding `row`, read from the journal if it is not cached; nullptr if it cannot be read.
    const QList<core::JournalEntry>* pageOf(int row) const;
    [[nodiscard]] const core::JournalEntry* cachedEntry(int row) const;
    [[nodiscard]] QVariant display(const core::JournalEntry& entry, int column) const;
    void recount();
    void dropCache();
    void onAnswer(quint64 ticket, const core::JournalFilter& filter, const core::Result<int>& count,
                  const core::Result<QList<core::JournalEntry>>& firstPage);
    void reportError(const QString& message) const;

    core::JournalService& m_journal;
    core::JournalReader* m_reader = nullptr;
    quint64 m_pendingTicket = 0; // the reader's ticket for the filter being read, 0 when none
    core::JournalFilter m_pendingFilter;
    core::JournalFilter m_filter;
    int m_count = 0;
    // Cached pages by page number, and their numbers from the most to the least recently used.
    mutable QHash<int, QList<core::JournalEntry>> m_pages;
    mutable QList<int> m_recent;
    // Set when a page could not be read, so that painting does not ask the database again on every frame; cleared
    // by refresh().
    mutable bool m_readFailed = false;
    mutable int m_pageFetches = 0;
};

} // namespace zabota::ui
