// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/journal/JournalEntry.h"

#include <QJsonArray>
#include <QString>

namespace zabota::core {

class Database;

// The journal's full-text index (journal_fts on SQLite, journal_entry.search_vector on PostgreSQL), which
// JournalRepository keeps inside its own write transactions. An entry is found by its applicant (the name and the
// phone's digits, also without the country code), its summary and the action taken, written in the text the dialect
// indexes (SqlDialect::journalSearchText).
class JournalSearchIndex final {
public:
    explicit JournalSearchIndex(const Database& db);

    // Indexes one entry; forgets one, given the draft it was indexed with (SQLite's contentless index needs it).
    [[nodiscard]] Status add(EntryId id, const EntryDraft& draft) const;
    [[nodiscard]] Status remove(EntryId id, const EntryDraft& indexed) const;
    // One entry's row of a batch for SqlDialect::fullTextAddMany, and a batch of them as its :rows.
    [[nodiscard]] QJsonArray row(EntryId id, const EntryDraft& draft) const;
    [[nodiscard]] static QString rows(const QJsonArray& rows);
    // Writes the index of every entry again from the entries themselves, inside the caller's transaction; returns
    // how many entries it indexed.
    [[nodiscard]] Result<qint64> rebuild() const;

private:
    [[nodiscard]] Status write(const QString& statement, EntryId id, const EntryDraft& draft) const;

    const Database& m_db;
};

} // namespace zabota::core
