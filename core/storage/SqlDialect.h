// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace zabota::core {

// Every difference between the SQL that SQLite and PostgreSQL accept lives here. Migrations and repositories write
// the common subset (RETURNING, ON CONFLICT, BIGINT epoch seconds, BOOLEAN bound as bool, COALESCE around anything
// that may be NULL before ||, ISO dates as TEXT, ORDER BY that says where NULLs go) and ask the dialect for the rest.
class SqlDialect final {
public:
    enum class Kind { Sqlite, Postgres };

    explicit SqlDialect(Kind kind)
        : m_kind(kind)
    {}

    [[nodiscard]] Kind kind() const { return m_kind; }
    // The suffix a dialect-only migration file carries: 0002_search.sqlite.sql
    [[nodiscard]] QString fileTag() const;
    // Replaces the ${…} placeholders of a migration: ${ID} is an auto-increment primary key column type.
    [[nodiscard]] QString expand(QString sql) const;
    // Starts a transaction that writes: SQLite takes the write lock at once, so a busy database fails here, not
    // half-way through.
    [[nodiscard]] QString beginWrite() const;
    // PostgreSQL refuses every statement of a transaction after one failed, even the freeing of a prepared statement:
    // a write transaction starts with a savepoint (empty for SQLite), and a failed statement takes it back there, so
    // that the transaction stays usable until it is rolled back.
    [[nodiscard]] QString writeSavepoint() const;
    [[nodiscard]] QString undoFailedWrite() const;
    // Appended to a SELECT inside a write transaction that reads rows it is about to change on what it read: PostgreSQL
    // locks them until the transaction ends (FOR UPDATE); SQLite's write transaction holds the whole database already.
    [[nodiscard]] QString lockRows() const;
    // The condition that restricts journal_entry (alias e) to rows whose folded text matches a full-text query,
    // with one bound placeholder for `fullTextQuery()`. For a query that matches much of the journal (`common`), it
    // is written so that the planner tests it row by row while the other conditions and the order drive the query:
    // reading every match by id and sorting them costs far more than walking the received_at index.
    [[nodiscard]] QString fullTextCondition(bool common = false) const;
    // Counts the entries that match a full-text query, with one bound placeholder for `fullTextQuery()`.
    [[nodiscard]] QString fullTextCount() const;
    // Keeping the full-text index: statements with the named placeholders :id, :applicant, :summary, :action (the
    // folded text of one entry); `fullTextRemove` needs the text that was indexed before. `fullTextAddMany` takes
    // :rows, a JSON array of [id, applicant, summary, action] arrays, to index a whole batch with one statement.
    [[nodiscard]] QString fullTextAdd() const;
    [[nodiscard]] QString fullTextRemove() const;
    [[nodiscard]] QString fullTextAddMany() const;
    // Forgets the whole full-text index of the journal before it is written again from the entries
    // (JournalRepository::rebuildSearchIndex); empty for PostgreSQL, whose index column is simply written over.
    [[nodiscard]] QString fullTextClear() const;
    // Keeping the search index of family cards: statements with the named placeholders :id (the family),
    // :names, :addresses and :phones (the folded text of the card). `familySearchRemove` needs only :id.
    [[nodiscard]] QString familySearchAdd() const;
    [[nodiscard]] QString familySearchRemove() const;
    // The same for a batch of cards: :rows, a JSON array of [id, names, addresses, phones] arrays.
    [[nodiscard]] QString familySearchAddMany() const;
    // Forgets the search index of every card before it is written again; empty for PostgreSQL (see fullTextClear).
    [[nodiscard]] QString familySearchClear() const;
    // The ids of the families whose card matches a full-text query (one placeholder for `familySearchQuery()`), best
    // match first, with a second placeholder for the limit.
    [[nodiscard]] QString familySearchMatch() const;
    // The text the journal's full-text statements take for one column of folded text: its words reduced to their stems
    // (text::searchStems) for SQLite; its words split as searchStems splits them, for PostgreSQL to stem, never a
    // null string.
    [[nodiscard]] QString journalSearchText(const QString& folded) const;
    // The text the family search statements take for one column of folded text: the text as it is for SQLite, its
    // words split as SQLite's tokenizer splits them (never a null string) for PostgreSQL. Names, addresses and phone
    // numbers are found as they are written, not by their stems.
    [[nodiscard]] QString familySearchText(const QString& folded) const;
    // Turns folded search words into the dialect's query syntax for the journal (fullTextCondition, fullTextCount):
    // every word must match, in any of its forms, as a prefix of a stem.
    [[nodiscard]] QString fullTextQuery(const QStringList& foldedWords) const;
    // The same for the family search (familySearchMatch): every word must match as a prefix, as it is written.
    [[nodiscard]] QString familySearchQuery(const QStringList& foldedWords) const;

private:
    Kind m_kind;
};

} // namespace zabota::core
