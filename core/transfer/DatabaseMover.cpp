// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/transfer/DatabaseMover.h"

#include "core/family/FamilyRepository.h"
#include "core/journal/JournalRepository.h"
#include "core/storage/CanonicalValue.h"
#include "core/storage/ReadSnapshot.h"
#include "core/storage/TableDigest.h"
#include "core/storage/Transaction.h"

#include <QLocale>
#include <QLoggingCategory>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>

namespace zabota::core {

namespace {

Q_LOGGING_CATEGORY(lcMover, "zabota.move")

// How long the move waits for another workstation to finish what it is writing before it gives up.
constexpr auto kLockTimeout = "15s";
// PostgreSQL takes at most 65,535 values in one statement; far fewer keep a statement's text reasonable.
constexpr int kValuesPerStatement = 30'000;

QString quoted(const QString& name)
{
    QString inner = name;
    inner.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + inner + QLatin1Char('"');
}

QStringList quotedAll(const QStringList& names)
{
    QStringList result;
    for (const QString& name : names)
        result << quoted(name);
    return result;
}

QString insertStatement(const QString& table, const QStringList& columns, int rows)
{
    QStringList marks;
    marks.fill(QStringLiteral("?"), columns.size());
    const QString one = QLatin1Char('(') + marks.join(QStringLiteral(", ")) + QLatin1Char(')');
    QStringList values;
    values.fill(one, rows);
    return QStringLiteral("INSERT INTO %1 (%2) VALUES %3")
        .arg(quoted(table), quotedAll(columns).join(QStringLiteral(", ")), values.join(QStringLiteral(", ")));
}

} // namespace

bool MoveReport::allMatch() const
{
    return std::ranges::all_of(tables, &TableComparison::matches);
}

DatabaseMover::DatabaseMover(Database& source, Database& target, QString migrationsDir)
    : m_source(source)
    , m_target(target)
    , m_migrationsDir(std::move(migrationsDir))
{}

Status DatabaseMover::sameSchemaVersion() const
{
    if (m_source.schemaVersion() == m_target.schemaVersion())
        return {};
    return fail(Error::Kind::Migration,
                tr("%1 has the schema of version %2 and %3 that of version %4: open both with the same version of "
                   "the console first.")
                    .arg(m_source.path())
                    .arg(m_source.schemaVersion())
                    .arg(m_target.path())
                    .arg(m_target.schemaVersion()));
}

Result<QList<DatabaseMover::TablePlan>> DatabaseMover::plan() const
{
    auto sourceTables = SchemaReader(m_source).tables();
    if (!sourceTables)
        return std::unexpected(sourceTables.error());
    auto targetTables = SchemaReader(m_target).tables();
    if (!targetTables)
        return std::unexpected(targetTables.error());
    QHash<QString, const TableInfo*> source;
    for (const TableInfo& t : std::as_const(*sourceTables)) {
        if (!kNotMoved.contains(t.name))
            source.insert(t.name, &t);
    }
    QHash<QString, const TableInfo*> target;
    for (const TableInfo& t : std::as_const(*targetTables)) {
        if (!kNotMoved.contains(t.name))
            target.insert(t.name, &t);
    }
    const auto differ = [this](const QString& why) {
        return fail(Error::Kind::Migration, tr("%1 and %2 do not have the same tables, so nothing was copied: %3")
                                                .arg(m_source.path(), m_target.path(), why));
    };
    for (auto it = source.cbegin(); it != source.cend(); ++it) {
        if (!target.contains(it.key()))
            return differ(tr("the table %1 is missing in %2.").arg(it.key(), m_target.path()));
    }

    QList<TablePlan> plans;
    QHash<QString, QSet<QString>> parents;
    for (const TableInfo& t : std::as_const(*targetTables)) {
        if (kNotMoved.contains(t.name))
            continue;
        const TableInfo* s = source.value(t.name);
        if (s == nullptr)
            return differ(tr("the table %1 is missing in %2.").arg(t.name, m_source.path()));
        TablePlan p;
        p.name = t.name;
        for (const ColumnInfo& c : t.columns) {
            if (c.valueClass == ColumnClass::Derived)
                continue;
            const ColumnInfo* twin = s->column(c.name);
            if (twin == nullptr || twin->valueClass == ColumnClass::Derived)
                return differ(tr("the column %1.%2 is missing in %3.").arg(t.name, c.name, m_source.path()));
            if (twin->valueClass != c.valueClass)
                return differ(tr("the column %1.%2 holds values of another type in each.").arg(t.name, c.name));
            p.columns << c.name;
            p.classes << c.valueClass;
            if (c.identity)
                p.identityColumns << c.name;
        }
        for (const ColumnInfo& c : s->columns) {
            if (c.valueClass != ColumnClass::Derived && !p.columns.contains(c.name))
                return differ(tr("the column %1.%2 is missing in %3.").arg(t.name, c.name, m_target.path()));
        }
        p.key = t.keyColumns();
        for (const QString& k : std::as_const(p.key)) {
            p.keyClasses << t.column(k)->valueClass;
            p.keyNullable << t.column(k)->nullable;
        }
        for (const ForeignKey& fk : t.foreignKeys) {
            if (fk.referencedTable == t.name) {
                const ColumnInfo* c = t.column(fk.column);
                // A NOT NULL reference to the table itself can only go in the order of the key.
                if (c != nullptr && c->nullable && !p.selfReferences.contains(fk.column) && !p.key.contains(fk.column))
                    p.selfReferences << fk.column;
            } else if (target.contains(fk.referencedTable)) {
                parents[t.name].insert(fk.referencedTable);
            }
        }
        plans << p;
    }

    // Parents first; among the tables free to go, by name, so that every move goes in the same order.
    std::ranges::sort(plans, {}, &TablePlan::name);
    QList<TablePlan> ordered;
    QSet<QString> placed;
    while (!plans.isEmpty()) {
        const auto ready = std::ranges::find_if(plans, [&](const TablePlan& p) {
            const QSet<QString> needed = parents.value(p.name);
            for (const QString& parent : needed) {
                if (!placed.contains(parent))
                    return false;
            }
            return true;
        });
        if (ready == plans.end()) {
            QStringList names;
            for (const TablePlan& p : std::as_const(plans))
                names << p.name;
            return fail(Error::Kind::Migration,
                        tr("The tables %1 refer to each other in a circle, so they cannot be copied one after the "
                           "other. Nothing was copied.")
                            .arg(names.join(QStringLiteral(", "))));
        }
        placed.insert(ready->name);
        ordered << *ready;
        plans.erase(ready);
    }
    return ordered;
}

QString DatabaseMover::selectInOrder(const Database& db, const TablePlan& table)
{
    // Both databases must hand the rows over in the same order: text keys by their bytes (SQLite's BINARY, and
    // PostgreSQL's "C" whatever the database's own collation), NULLs first where a key may hold them.
    const bool postgres = db.dialect().kind() == SqlDialect::Kind::Postgres;
    QStringList order;
    for (qsizetype i = 0; i < table.key.size(); ++i) {
        QString term = quoted(table.key[i]);
        if (postgres && table.keyClasses[i] == ColumnClass::Text)
            term += QLatin1String(" COLLATE \"C\"");
        if (table.keyNullable[i])
            term += QLatin1String(" NULLS FIRST");
        order << term;
    }
    return QStringLiteral("SELECT %1 FROM %2 ORDER BY %3")
        .arg(quotedAll(table.columns).join(QStringLiteral(", ")), quoted(table.name), order.join(QStringLiteral(", ")));
}

Result<qint64> DatabaseMover::count(const Database& db, const QString& table) const
{
    QSqlQuery query = db.prepare(QStringLiteral("SELECT COUNT(*) FROM %1").arg(quoted(table)));
    if (auto ok = db.exec(query); !ok)
        return std::unexpected(ok.error());
    query.next();
    return query.value(0).toLongLong();
}

Result<QHash<QString, qint64>> DatabaseMover::newDatabaseRows() const
{
    QTemporaryDir folder;
    if (!folder.isValid())
        return fail(Error::Kind::CantOpen, tr("No temporary folder can be made on this computer."),
                    folder.errorString());
    QHash<QString, qint64> rows;
    auto fresh = Database::openSqlite(folder.filePath(QStringLiteral("new.sqlite")), m_migrationsDir);
    if (!fresh)
        return std::unexpected(fresh.error());
    auto tables = SchemaReader(**fresh).tables();
    if (!tables)
        return std::unexpected(tables.error());
    for (const TableInfo& t : std::as_const(*tables)) {
        auto n = count(**fresh, t.name);
        if (!n)
            return std::unexpected(n.error());
        rows.insert(t.name, *n);
    }
    return rows;
}

Status DatabaseMover::clearNewTarget(const QList<TablePlan>& tables)
{
    auto fresh = newDatabaseRows();
    if (!fresh)
        return std::unexpected(fresh.error());
    QStringList held;
    QList<QString> seeded;
    for (const TablePlan& t : tables) {
        auto n = count(m_target, t.name);
        if (!n)
            return std::unexpected(n.error());
        if (*n == 0)
            continue;
        // The rows the migrations wrote (problem categories, districts, partners, …) are what a new database holds;
        // they make way for the source's. More or other rows than those mean that someone has worked there.
        if (*n == fresh->value(t.name, 0))
            seeded << t.name;
        else
            held << tr("%1: %2 rows").arg(t.name, QLocale().toString(*n));
    }
    if (!held.isEmpty())
        return fail(Error::Kind::Conflict,
                    tr("The database %1 already holds data (%2). A database is moved only into a new, empty one, so "
                       "that nothing there is mixed up or overwritten, and nothing was copied: ask the server's "
                       "administrator for a new database, owned by the console's role, and give its address.")
                        .arg(m_target.path(), held.join(QStringLiteral("; "))),
                    QStringLiteral("target not empty"), QStringLiteral("target"));
    for (auto it = seeded.crbegin(); it != seeded.crend(); ++it) {
        QSqlQuery clear = m_target.prepare(QStringLiteral("DELETE FROM %1").arg(quoted(*it)));
        if (auto ok = m_target.exec(clear); !ok)
            return ok;
    }
    return {};
}

Status DatabaseMover::copyTable(const TablePlan& t, TableComparison& row, const Progress& progress,
                                const StopRequested& stop, bool& stopped)
{
    auto total = count(m_source, t.name);
    if (!total)
        return std::unexpected(total.error());
    if (progress)
        progress({MoveProgress::Stage::Copying, t.name, 0, *total});

    QSqlQuery read(m_source.connection());
    read.setForwardOnly(true);
    if (!read.exec(selectInOrder(m_source, t)))
        return std::unexpected(m_source.toError(read.lastError()));

    const int width = int(t.columns.size());
    const int perStatement = std::max(1, std::min(kRowsPerStatement, kValuesPerStatement / std::max(1, width)));
    QList<int> selfAt;
    for (const QString& c : t.selfReferences)
        selfAt << int(t.columns.indexOf(c));
    QList<int> keyAt;
    for (const QString& k : t.key)
        keyAt << int(t.columns.indexOf(k));

    TableDigest digest(t.columns, t.classes);
    QSqlQuery fullBatch;
    bool fullPrepared = false;
    QList<QVariantList> batch;
    QList<QVariantList> later; // key values, then the self-references to fill in
    qint64 done = 0;
    const auto flush = [&]() -> Status {
        if (batch.isEmpty())
            return {};
        QSqlQuery partial;
        QSqlQuery* insert = &fullBatch;
        if (batch.size() == perStatement) {
            if (!fullPrepared) {
                fullBatch = m_target.prepare(insertStatement(t.name, t.columns, perStatement));
                fullPrepared = true;
            }
        } else {
            partial = m_target.prepare(insertStatement(t.name, t.columns, int(batch.size())));
            insert = &partial;
        }
        int at = 0;
        for (const QVariantList& values : std::as_const(batch)) {
            for (const QVariant& value : values)
                insert->bindValue(at++, value);
        }
        if (auto ok = m_target.exec(*insert); !ok)
            return ok;
        insert->finish();
        done += batch.size();
        batch.clear();
        if (progress)
            progress({MoveProgress::Stage::Copying, t.name, done, *total});
        return {};
    };

    while (read.next()) {
        digest.addRow(read);
        QVariantList values;
        values.reserve(width);
        for (int c = 0; c < width; ++c)
            values << CanonicalValue::forWriting(read.value(c), t.classes[c]);
        if (!selfAt.isEmpty()) {
            QVariantList fillIn;
            bool any = false;
            for (const int at : std::as_const(keyAt))
                fillIn << values[at];
            for (const int at : std::as_const(selfAt)) {
                any = any || !values[at].isNull();
                fillIn << values[at];
                values[at] = CanonicalValue::forWriting(QVariant(), t.classes[at]);
            }
            if (any)
                later << fillIn;
        }
        batch << values;
        if (batch.size() == perStatement) {
            if (auto ok = flush(); !ok)
                return ok;
            if (stop && stop()) {
                stopped = true;
                return {};
            }
        }
    }
    if (read.lastError().isValid())
        return std::unexpected(m_source.toError(read.lastError()));
    if (auto ok = flush(); !ok)
        return ok;

    if (!later.isEmpty()) {
        QStringList sets;
        for (const QString& c : t.selfReferences)
            sets << quoted(c) + QLatin1String(" = ?");
        QStringList where;
        for (const QString& k : t.key)
            where << quoted(k) + QLatin1String(" = ?");
        QSqlQuery fill = m_target.prepare(
            QStringLiteral("UPDATE %1 SET %2 WHERE %3")
                .arg(quoted(t.name), sets.join(QStringLiteral(", ")), where.join(QStringLiteral(" AND "))));
        const qsizetype keys = keyAt.size();
        for (const QVariantList& values : std::as_const(later)) {
            int at = 0;
            for (qsizetype i = keys; i < values.size(); ++i)
                fill.bindValue(at++, values[i]);
            for (qsizetype i = 0; i < keys; ++i)
                fill.bindValue(at++, values[i]);
            if (auto ok = m_target.exec(fill); !ok)
                return ok;
        }
    }
    row.sourceRows = digest.rows();
    row.sourceChecksum = digest.hex();
    return {};
}

Status DatabaseMover::setSequences(const QList<TablePlan>& tables)
{
    // SQLite numbers a new row after the highest id there is; a PostgreSQL sequence counts on from where it stood.
    if (m_target.dialect().kind() != SqlDialect::Kind::Postgres)
        return {};
    for (const TablePlan& t : tables) {
        for (const QString& column : t.identityColumns) {
            QSqlQuery set = m_target.prepare(
                QStringLiteral("SELECT setval(pg_get_serial_sequence(?, ?), COALESCE((SELECT MAX(%1) FROM %2), 0) + 1, "
                               "false)")
                    .arg(quoted(column), quoted(t.name)));
            set.addBindValue(quoted(t.name));
            set.addBindValue(column);
            if (auto ok = m_target.exec(set); !ok)
                return ok;
        }
    }
    return {};
}

Result<std::pair<qint64, QString>> DatabaseMover::digest(const Database& db, const TablePlan& table,
                                                         const Progress& progress) const
{
    if (progress)
        progress({MoveProgress::Stage::Checking, table.name, 0, 0});
    QSqlQuery read(db.connection());
    read.setForwardOnly(true);
    if (!read.exec(selectInOrder(db, table)))
        return std::unexpected(db.toError(read.lastError()));
    TableDigest digest(table.columns, table.classes);
    while (read.next())
        digest.addRow(read);
    if (read.lastError().isValid())
        return std::unexpected(db.toError(read.lastError()));
    return std::pair{digest.rows(), digest.hex()};
}

Result<MoveReport> DatabaseMover::move(const Progress& progress, const StopRequested& stop)
{
    if (auto same = sameSchemaVersion(); !same)
        return std::unexpected(same.error());
    auto tables = plan();
    if (!tables)
        return std::unexpected(tables.error());

    auto snapshot = ReadSnapshot::begin(m_source);
    if (!snapshot)
        return std::unexpected(snapshot.error());
    auto tx = Transaction::begin(m_target);
    if (!tx)
        return std::unexpected(tx.error());
    if (m_target.dialect().kind() == SqlDialect::Kind::Postgres) {
        // Nobody else writes to the tables while they are filled: a workstation started meanwhile waits for the move.
        QStringList names;
        for (const TablePlan& t : std::as_const(*tables))
            names << quoted(t.name);
        for (const QString& statement :
             {QStringLiteral("SET LOCAL lock_timeout = '%1'").arg(QLatin1String(kLockTimeout)),
              QStringLiteral("LOCK TABLE %1 IN ACCESS EXCLUSIVE MODE").arg(names.join(QStringLiteral(", ")))}) {
            // Neither statement can be prepared: each runs as it is.
            QSqlQuery lock(m_target.connection());
            if (!lock.exec(statement))
                return std::unexpected(m_target.toError(lock.lastError()));
        }
    }
    if (auto cleared = clearNewTarget(*tables); !cleared)
        return std::unexpected(cleared.error());

    MoveReport report;
    report.schemaVersion = m_target.schemaVersion();
    for (const TablePlan& t : std::as_const(*tables)) {
        TableComparison row;
        row.table = t.name;
        bool stopped = stop && stop();
        if (stopped) {
            report.outcome = MoveReport::Outcome::Stopped;
            return report;
        }
        if (auto copied = copyTable(t, row, progress, stop, stopped); !copied)
            return std::unexpected(copied.error());
        if (stopped) {
            qCInfo(lcMover) << "stopped while copying" << t.name << "- nothing kept";
            report.outcome = MoveReport::Outcome::Stopped;
            return report;
        }
        report.rowsCopied += row.sourceRows;
        report.tables << row;
    }
    if (auto ok = setSequences(*tables); !ok)
        return std::unexpected(ok.error());

    // The search indexes are written from the copied rows, as the console writes them for a new entry or card.
    if (progress)
        progress({MoveProgress::Stage::Indexing, QStringLiteral("journal_entry"), 0, 0});
    JournalRepository journal(m_target);
    auto entries = journal.rebuildSearchIndex();
    if (!entries)
        return std::unexpected(entries.error());
    report.entriesIndexed = *entries;
    if (progress)
        progress({MoveProgress::Stage::Indexing, QStringLiteral("family"), 0, 0});
    FamilyRepository families(m_target, journal);
    auto cards = families.rebuildSearchIndex();
    if (!cards)
        return std::unexpected(cards.error());
    report.familiesIndexed = *cards;

    for (qsizetype i = 0; i < tables->size(); ++i) {
        auto read = digest(m_target, tables->at(i), progress);
        if (!read)
            return std::unexpected(read.error());
        report.tables[i].targetRows = read->first;
        report.tables[i].targetChecksum = read->second;
    }
    if (stop && stop()) {
        report.outcome = MoveReport::Outcome::Stopped;
        return report;
    }
    if (!report.allMatch()) {
        qCWarning(lcMover) << "the copy does not match its source: taken back";
        report.outcome = MoveReport::Outcome::Mismatch;
        return report;
    }
    if (auto committed = tx->commit(); !committed)
        return std::unexpected(committed.error());
    snapshot->end();
    qCInfo(lcMover) << "moved" << report.rowsCopied << "rows of" << report.tables.size() << "tables from"
                    << m_source.path() << "to" << m_target.path();
    report.outcome = MoveReport::Outcome::Moved;
    return report;
}

Result<MoveReport> DatabaseMover::compare(const Progress& progress) const
{
    if (auto same = sameSchemaVersion(); !same)
        return std::unexpected(same.error());
    auto tables = plan();
    if (!tables)
        return std::unexpected(tables.error());
    auto sourceSnapshot = ReadSnapshot::begin(m_source);
    if (!sourceSnapshot)
        return std::unexpected(sourceSnapshot.error());
    auto targetSnapshot = ReadSnapshot::begin(m_target);
    if (!targetSnapshot)
        return std::unexpected(targetSnapshot.error());
    MoveReport report;
    report.outcome = MoveReport::Outcome::Compared;
    report.schemaVersion = m_target.schemaVersion();
    for (const TablePlan& t : std::as_const(*tables)) {
        TableComparison row;
        row.table = t.name;
        auto source = digest(m_source, t, progress);
        if (!source)
            return std::unexpected(source.error());
        auto target = digest(m_target, t, progress);
        if (!target)
            return std::unexpected(target.error());
        row.sourceRows = source->first;
        row.sourceChecksum = source->second;
        row.targetRows = target->first;
        row.targetChecksum = target->second;
        report.tables << row;
    }
    return report;
}

} // namespace zabota::core
