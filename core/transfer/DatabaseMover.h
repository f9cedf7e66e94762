// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/storage/Database.h"
#include "core/storage/SchemaReader.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace zabota::core {

// One table of a move or a comparison: its rows and checksum on each side (TableDigest).
struct TableComparison {
    QString table;
    qint64 sourceRows = 0;
    qint64 targetRows = 0;
    QString sourceChecksum;
    QString targetChecksum;

    [[nodiscard]] bool matches() const
    {
        return sourceRows == targetRows && !sourceChecksum.isEmpty() && sourceChecksum == targetChecksum;
    }
};

struct MoveReport {
    enum class Outcome {
        Moved,    // copied, every table matched, committed
        Compared, // compare(): nothing was written; see the tables
        Mismatch, // copied, but a table did not match: taken back, the target is as it was
        Stopped,  // stopped on request: taken back, the target is as it was
    };

    Outcome outcome = Outcome::Moved;
    QList<TableComparison> tables; // in the order they were copied (parents before the tables that refer to them)
    int schemaVersion = 0;
    qint64 rowsCopied = 0;
    qint64 entriesIndexed = 0;  // journal entries written into the full-text index of the target
    qint64 familiesIndexed = 0; // family cards written into the target's search index

    [[nodiscard]] bool allMatch() const;
};

// Where a move or a comparison is: which step, which table, how many of its rows.
struct MoveProgress {
    enum class Stage { Copying, Indexing, Checking };

    Stage stage = Stage::Copying;
    QString table;
    qint64 done = 0;
    qint64 total = 0;
};

// Moves the console's database from one place to another (a single desk's SQLite file to the PostgreSQL database that
// several workstations share), and checks that the two hold the same. Both are opened by the caller, so both carry the
// console's current schema. The target must be new: its tables as the migrations leave them, without a user, an
// entry or a card; a target that holds anything more is refused, never merged or overwritten.
//
// The copy is one transaction on the target: a failure, a mismatch or a stop takes everything back. The tables go in
// the order of their foreign keys, every row with its own id, so that every reference still points where it did; a
// column that refers to its own table (the user who created a user) is filled in once the table is there. Then the
// target's id sequences are set past the copied ids, its search indexes are written from the copied rows, and every
// table is read back and compared with the source, row count and checksum; the transaction is committed only if all
// match. The source is read in one snapshot, so that a desk writing meanwhile does not tear the copy.
class DatabaseMover final {
    Q_DECLARE_TR_FUNCTIONS(zabota::core::DatabaseMover)

public:
    using Progress = std::function<void(const MoveProgress&)>;
    // Asked between batches of rows; true stops the move and takes it back.
    using StopRequested = std::function<bool()>;

    // Tables that belong to one database and are not moved: each keeps its own record of the migrations applied (the
    // two must stand at the same version), and SQLite's measures for its query planner mean nothing elsewhere.
    static inline const QStringList kNotMoved = {QStringLiteral("schema_migrations"),
                                                 QStringLiteral("planner_measure")};
    // The most rows written with one statement.
    static constexpr int kRowsPerStatement = 500;

    // `migrationsDir` is where both databases' schema came from: the rows its migrations write (the seeded problem
    // categories, districts, partners, …) are what a new database may hold.
    DatabaseMover(Database& source, Database& target, QString migrationsDir = Database::defaultMigrationsDir());

    // Copies every row of the source into the target and checks the copy; see the class. A target that holds data
    // is refused with Error::Kind::Conflict (the message names its tables and their rows); databases of different
    // schemas with Error::Kind::Migration.
    [[nodiscard]] Result<MoveReport> move(const Progress& progress = {}, const StopRequested& stop = {});
    // Compares the two databases table by table, row counts and checksums, without writing to either.
    [[nodiscard]] Result<MoveReport> compare(const Progress& progress = {}) const;

private:
    // One table as the two databases share it: the columns copied and compared (the target's derived columns, a
    // search vector, are left out), their classes, the key the rows are read in the order of, and the columns that
    // refer to the table itself.
    struct TablePlan {
        QString name;
        QStringList columns;
        QList<ColumnClass> classes;
        QStringList key;
        QList<ColumnClass> keyClasses;
        QList<bool> keyNullable;     // only where there is no primary key and every column is the key
        QStringList selfReferences;  // nullable columns referring to this table: written once its rows are all there
        QStringList identityColumns; // numbered by the target itself: its sequence is set past the copied values
    };

    [[nodiscard]] Result<QList<TablePlan>> plan() const;
    // SELECT of a table's planned columns in the order of its key, the same order on either database.
    [[nodiscard]] static QString selectInOrder(const Database& db, const TablePlan& table);
    [[nodiscard]] Result<qint64> count(const Database& db, const QString& table) const;
    // The rows every table has in a database just made by the migrations (made in a temporary file).
    [[nodiscard]] Result<QHash<QString, qint64>> newDatabaseRows() const;
    // Refuses a target that holds more than a new database; empties the tables the migrations filled.
    [[nodiscard]] Status clearNewTarget(const QList<TablePlan>& tables);
    // Copies one table; fills in its source side of `row`. False in `stopped` when asked to stop.
    [[nodiscard]] Status copyTable(const TablePlan& table, TableComparison& row, const Progress& progress,
                                   const StopRequested& stop, bool& stopped);
    [[nodiscard]] Status setSequences(const QList<TablePlan>& tables);
    // Reads a table of `db` in key order into its checksum; returns its rows and checksum.
    [[nodiscard]] Result<std::pair<qint64, QString>> digest(const Database& db, const TablePlan& table,
                                                            const Progress& progress) const;
    [[nodiscard]] Status sameSchemaVersion() const;

    Database& m_source;
    Database& m_target;
    QString m_migrationsDir;
};

} // namespace zabota::core
