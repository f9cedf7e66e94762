// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/SchemaReader.h"

#include "core/storage/Database.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace zabota::core {

const ColumnInfo* TableInfo::column(const QString& columnName) const
{
    const auto found = std::ranges::find(columns, columnName, &ColumnInfo::name);
    return found == columns.end() ? nullptr : &*found;
}

QStringList TableInfo::keyColumns() const
{
    QList<const ColumnInfo*> key;
    for (const ColumnInfo& c : columns) {
        if (c.primaryKeyPosition > 0)
            key << &c;
    }
    std::ranges::sort(key, {}, &ColumnInfo::primaryKeyPosition);
    QStringList names;
    for (const ColumnInfo* c : std::as_const(key))
        names << c->name;
    if (names.isEmpty()) {
        for (const ColumnInfo& c : columns) {
            if (c.valueClass != ColumnClass::Derived)
                names << c.name;
        }
    }
    return names;
}

SchemaReader::SchemaReader(const Database& db)
    : m_db(db)
{}

ColumnClass SchemaReader::classOf(const QString& declaredType)
{
    const QString type = declaredType.toUpper();
    const auto has = [&type](const char* word) {
        return type.contains(QLatin1String(word));
    };
    if (has("TSVECTOR"))
        return ColumnClass::Derived;
    if (has("INT"))
        return ColumnClass::Integer;
    if (has("BOOL"))
        return ColumnClass::Boolean;
    if (has("CHAR") || has("CLOB") || has("TEXT"))
        return ColumnClass::Text;
    if (type.isEmpty() || has("BLOB") || has("BYTEA"))
        return ColumnClass::Blob;
    if (has("REAL") || has("FLOA") || has("DOUB"))
        return ColumnClass::Real;
    // NUMERIC, DATE and the like: compared as the text they read as.
    return ColumnClass::Text;
}

Result<QList<TableInfo>> SchemaReader::tables() const
{
    return m_db.dialect().kind() == SqlDialect::Kind::Sqlite ? sqliteTables() : postgresTables();
}

Result<QList<TableInfo>> SchemaReader::sqliteTables() const
{
    QSqlQuery query(m_db.connection());
    if (!query.exec(QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE "
                                   "'sqlite\\_%' ESCAPE '\\' ORDER BY name")))
        return std::unexpected(m_db.toError(query.lastError()));
    QStringList names;
    QStringList virtualTables;
    while (query.next()) {
        names << query.value(0).toString();
        if (query.value(1).toString().startsWith(QLatin1String("CREATE VIRTUAL TABLE"), Qt::CaseInsensitive))
            virtualTables << query.value(0).toString();
    }
    // A full-text table keeps its index in shadow tables named after it: journal_fts_data, journal_fts_idx, …
    const auto isIndex = [&virtualTables](const QString& name) {
        return std::ranges::any_of(
            virtualTables, [&name](const QString& v) { return name == v || name.startsWith(v + QLatin1Char('_')); });
    };

    QList<TableInfo> result;
    QSqlQuery columns = m_db.prepare(QStringLiteral("SELECT name, type, \"notnull\", pk FROM pragma_table_info(?)"));
    QSqlQuery keys = m_db.prepare(QStringLiteral("SELECT \"from\", \"table\" FROM pragma_foreign_key_list(?)"));
    for (const QString& name : std::as_const(names)) {
        if (isIndex(name))
            continue;
        TableInfo table;
        table.name = name;
        columns.addBindValue(name);
        if (!columns.exec())
            return std::unexpected(m_db.toError(columns.lastError()));
        while (columns.next()) {
            ColumnInfo c;
            c.name = columns.value(0).toString();
            c.valueClass = classOf(columns.value(1).toString());
            c.nullable = columns.value(2).toInt() == 0;
            c.primaryKeyPosition = columns.value(3).toInt();
            // INTEGER PRIMARY KEY is the rowid, which SQLite numbers by itself.
            c.identity = c.primaryKeyPosition > 0 &&
                         columns.value(1).toString().compare(QLatin1String("INTEGER"), Qt::CaseInsensitive) == 0;
            table.columns << c;
        }
        columns.finish();
        if (std::ranges::count_if(table.columns, [](const ColumnInfo& c) { return c.primaryKeyPosition > 0; }) > 1) {
            for (ColumnInfo& c : table.columns)
                c.identity = false;
        }
        keys.addBindValue(name);
        if (!keys.exec())
            return std::unexpected(m_db.toError(keys.lastError()));
        while (keys.next())
            table.foreignKeys << ForeignKey{keys.value(0).toString(), keys.value(1).toString()};
        keys.finish();
        result << table;
    }
    return result;
}

Result<QList<TableInfo>> SchemaReader::postgresTables() const
{
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral(
            "SELECT c.relname, a.attname, format_type(a.atttypid, a.atttypmod), NOT a.attnotnull, "
            "COALESCE((SELECT array_position(i.indkey::int2[], a.attnum) FROM pg_index i "
            "          WHERE i.indrelid = c.oid AND i.indisprimary), 0), "
            "a.attidentity <> '' OR COALESCE(pg_get_expr(d.adbin, d.adrelid), '') LIKE 'nextval(%' "
            "FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
            "JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped "
            "LEFT JOIN pg_attrdef d ON d.adrelid = c.oid AND d.adnum = a.attnum "
            "WHERE c.relkind IN ('r', 'p') AND n.nspname = current_schema() ORDER BY c.relname, a.attnum")))
        return std::unexpected(m_db.toError(query.lastError()));
    QList<TableInfo> result;
    QHash<QString, qsizetype> index;
    while (query.next()) {
        const QString name = query.value(0).toString();
        if (!index.contains(name)) {
            index.insert(name, result.size());
            result << TableInfo{name, {}, {}};
        }
        ColumnInfo c;
        c.name = query.value(1).toString();
        c.valueClass = classOf(query.value(2).toString());
        c.nullable = query.value(3).toBool();
        c.primaryKeyPosition = query.value(4).toInt();
        c.identity = query.value(5).toBool();
        result[index.value(name)].columns << c;
    }
    if (!query.exec(QStringLiteral("SELECT c.relname, a.attname, r.relname FROM pg_constraint k "
                                   "JOIN pg_class c ON c.oid = k.conrelid "
                                   "JOIN pg_namespace n ON n.oid = c.relnamespace "
                                   "JOIN pg_class r ON r.oid = k.confrelid "
                                   "CROSS JOIN LATERAL unnest(k.conkey) AS key(attnum) "
                                   "JOIN pg_attribute a ON a.attrelid = k.conrelid AND a.attnum = key.attnum "
                                   "WHERE k.contype = 'f' AND n.nspname = current_schema() "
                                   "ORDER BY c.relname, k.conname")))
        return std::unexpected(m_db.toError(query.lastError()));
    while (query.next()) {
        const QString name = query.value(0).toString();
        if (index.contains(name))
            result[index.value(name)].foreignKeys << ForeignKey{query.value(1).toString(), query.value(2).toString()};
    }
    return result;
}

} // namespace zabota::core
