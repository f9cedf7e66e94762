// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/journal/JournalEntry.h"

#include <QCoreApplication>
#include <QHash>

#include <functional>

class QSqlQuery;

namespace zabota::core {

class Database;
class YearlyCounter;

// Every query of the hotline journal. Values in, value types out; numbering, the full-text index and the change
// history are kept here so that no caller can forget them.
class JournalRepository final {
    Q_DECLARE_TR_FUNCTIONS(zabota::core::JournalRepository)

public:
    // One entry to write, with who wrote it and when (the demo generator writes the past).
    struct NewRecord {
        EntryDraft draft;
        UserId by = 0;
        QDateTime at;
    };

    // Writes what belongs with an entry (the navigator's checklist) inside the transaction that saves the entry: if it
    // refuses, the entry is not saved either.
    using AlsoWrite = std::function<Status(EntryId)>;

    explicit JournalRepository(Database& db);

    [[nodiscard]] Result<JournalEntry> insert(const EntryDraft& draft, UserId by, const QDateTime& now,
                                              const AlsoWrite& alsoWrite = {});
    // Writes many entries in one transaction: all or none.
    [[nodiscard]] Status insertBatch(const QList<NewRecord>& records);
    // Saves a changed entry if nobody saved it since `expectedVersion`; records what changed. `alsoWrite` runs even
    // when no field of the entry changed. A newer save is refused as a Conflict that names who saved it and when
    // (changedMeanwhile); an entry deleted meanwhile as NotFound with a sentence of its own. Either way nothing is
    // written.
    [[nodiscard]] Result<JournalEntry> update(EntryId id, int expectedVersion, const EntryDraft& draft, UserId by,
                                              const QDateTime& now, const AlsoWrite& alsoWrite = {});
    // Takes back an entry registered by mistake: only while it is the latest number of its year, unchanged, and
    // registered by `by`, so that the journal's numbers stay gapless. The caller decides which entries may go.
    [[nodiscard]] Status withdrawLatest(EntryId id, UserId by);
    [[nodiscard]] Result<JournalEntry> get(EntryId id) const;
    // Entries by a condition on `e` (journal_entry), for the other repositories of the core: `condition` starts with
    // WHERE, `tail` orders and limits; `binds` fill both in order.
    [[nodiscard]] Result<QList<JournalEntry>> select(const QString& condition, const QVariantList& binds,
                                                     const QString& tail = {}) const;
    [[nodiscard]] Result<int> count(const JournalFilter& filter) const;
    // Entries newest first; `offset` rows skipped.
    [[nodiscard]] Result<QList<JournalEntry>> page(const JournalFilter& filter, int offset, int limit) const;
    // Hands every entry matching `filter` to `visit`, oldest first (the journal's order), one at a time without holding
    // them all, until `visit` returns false. For exports of any size. The entries' times are local wall-clock times
    // given as an offset from UTC (Qt::OffsetFromUTC), which spares a look at the time zone for every row.
    [[nodiscard]] Status forEach(const JournalFilter& filter,
                                 const std::function<bool(const JournalEntry&)>& visit) const;
    [[nodiscard]] Result<QList<EntryChange>> history(EntryId id) const;
    // Writes the full-text index of every entry again from the entries themselves, inside the caller's transaction:
    // entries copied in from another database come without it (DatabaseMover). Returns how many entries it indexed.
    [[nodiscard]] Result<qint64> rebuildSearchIndex();
    // The users who have registered entries, for the dispatcher filter.
    [[nodiscard]] Result<QList<std::pair<UserId, QString>>> dispatchers() const;

    // The refusal of a save over `current`, which someone else saved since the form was filled: who, at what time of
    // which day (local time), and what becomes of the changes in the form.
    [[nodiscard]] static QString changedMeanwhile(const JournalEntry& current);

private:
    struct Where {
        QString sql;
        QVariantList binds;
        QString fullTextQuery;     // the filter's full-text part, if it has one
        bool onlyFullText = false; // and no other condition
        int fullTextMatches = -1;  // the entries it matches, once plannedWhere() knows
    };
    // A query matching at least this many entries is planned as common (SqlDialect::fullTextCondition).
    static constexpr int kCommonMatches = 2000;

    [[nodiscard]] Where where(const JournalFilter& filter, bool commonText = false) const;
    // The conditions of a filter, with the full-text part planned by how many entries it matches.
    [[nodiscard]] Result<Where> plannedWhere(const JournalFilter& filter, bool countAgain) const;
    // How many entries match a full-text query; remembered so that a page read after a count plans alike.
    [[nodiscard]] Result<int> fullTextMatches(const QString& query, bool countAgain) const;
    struct EntryStatements;
    // Numbers, writes and indexes entries inside the caller's transaction with `statements`, which the caller
    // prepared before it began; returns their ids in order.
    [[nodiscard]] Result<QList<EntryId>> writeEntries(const QList<NewRecord>& records, EntryStatements& statements);
    // Numbers and writes one entry; the caller adds it to the full-text index.
    [[nodiscard]] Result<EntryId> insertOne(const EntryDraft& draft, UserId by, qint64 at, YearlyCounter& numbers,
                                            QSqlQuery& insert);

    Database& m_db;
    // Matches of recent full-text queries. Only plans depend on them, never a result: stale is harmless.
    mutable QHash<QString, int> m_matchCounts;
};

} // namespace zabota::core
