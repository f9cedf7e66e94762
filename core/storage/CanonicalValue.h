// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/SchemaReader.h"

#include <QByteArray>
#include <QVariant>

namespace zabota::core {

// One value of a column in a form that does not depend on the database it was read from. SQLite hands back 0 or 1
// for a BOOLEAN, a whole number stored as REAL as a double, an empty text as an empty string; PostgreSQL's driver
// hands back true or false, a qlonglong, … The same value reads the same here from either, and a different value
// reads differently.
class CanonicalValue final {
public:
    // The value as text for a checksum: N for NULL; I and the number; B1 or B0; T, the length in bytes, a colon and
    // the UTF-8 text; R and the shortest text that reads back as the same double; X and the bytes in hex. A value that
    // does not fit its column's class (text in an INTEGER column of SQLite) keeps the class it has, so that it never
    // reads as a value it is not.
    [[nodiscard]] static QByteArray encode(const QVariant& value, ColumnClass valueClass);
    // The value as it is written to a column of this class on the other database: a qlonglong, a bool, a QString
    // (never a null one for a value that is not NULL), a double or a QByteArray; a NULL of the class's type for NULL.
    // A value that cannot be converted is passed on as it is, for the database to refuse.
    [[nodiscard]] static QVariant forWriting(const QVariant& value, ColumnClass valueClass);
};

} // namespace zabota::core
