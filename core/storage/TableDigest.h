// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/SchemaReader.h"

#include <QCryptographicHash>
#include <QList>
#include <QStringList>

class QSqlQuery;

namespace zabota::core {

// The SHA-256 checksum of a table's rows, read in the order of its primary key, each value in its CanonicalValue
// form: the same table on SQLite and on PostgreSQL gives the same checksum, and a single changed value gives another.
// The column names are part of it, so that two tables with their columns in another order do not match by chance.
class TableDigest final {
public:
    TableDigest(const QStringList& columns, const QList<ColumnClass>& classes);

    // Adds the row the query stands at; its first columns are the table's, in the order given.
    void addRow(const QSqlQuery& query);
    [[nodiscard]] qint64 rows() const { return m_rows; }
    // The checksum in hex; the digest takes no rows after it.
    [[nodiscard]] QString hex();

private:
    QList<ColumnClass> m_classes;
    QCryptographicHash m_hash;
    qint64 m_rows = 0;
    QString m_result;
};

} // namespace zabota::core
