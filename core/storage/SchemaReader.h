// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace zabota::core {

class Database;

// What kind of value a column holds, the same for a column on SQLite and its twin on PostgreSQL: SQLite declares
// BOOLEAN and keeps 0 or 1, PostgreSQL keeps true or false; both are a Boolean here. Derived columns (a tsvector) are
// computed from the others and belong to no comparison.
enum class ColumnClass { Integer, Boolean, Text, Real, Blob, Derived };

struct ColumnInfo {
    QString name;
    ColumnClass valueClass = ColumnClass::Text;
    bool nullable = true;
    int primaryKeyPosition = 0; // 1, 2, … in the key; 0: not in the primary key
    bool identity = false;      // filled by the database (SQLite's INTEGER PRIMARY KEY, PostgreSQL's identity)
};

struct ForeignKey {
    QString column;
    QString referencedTable;
};

struct TableInfo {
    QString name;
    QList<ColumnInfo> columns; // in the table's order
    QList<ForeignKey> foreignKeys;

    [[nodiscard]] const ColumnInfo* column(const QString& name) const;
    // The primary key's columns in the key's order; every column when there is no primary key.
    [[nodiscard]] QStringList keyColumns() const;
};

// Reads a database's own description of its tables (SQLite's sqlite_master and pragmas, PostgreSQL's catalogue) into
// the same terms for both, so that the tables of two databases can be matched column by column. SQLite's full-text
// tables and their shadow tables are left out: they are indexes, not data.
class SchemaReader final {
public:
    explicit SchemaReader(const Database& db);

    // Every table of the database, by name.
    [[nodiscard]] Result<QList<TableInfo>> tables() const;
    // The class of a column as its declared type names it (BIGINT, BOOLEAN, text, double precision, tsvector, …).
    [[nodiscard]] static ColumnClass classOf(const QString& declaredType);

private:
    [[nodiscard]] Result<QList<TableInfo>> sqliteTables() const;
    [[nodiscard]] Result<QList<TableInfo>> postgresTables() const;

    const Database& m_db;
};

} // namespace zabota::core
