// SPDX-License-Identifier: GPL-3.0-or-later
// The form a value takes in a table's checksum: the same value read from SQLite and from PostgreSQL gives the same
// form, whatever type each driver hands it over as, and a different value gives another.
#include "core/storage/CanonicalValue.h"

#include "core/storage/TableDigest.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace zabota::core;

namespace {

QVariant null(QMetaType::Type type)
{
    return QVariant(QMetaType(type));
}

} // namespace

TEST_CASE("a boolean reads the same as SQLite's 0 or 1 and PostgreSQL's false or true", "[storage][move]")
{
    CHECK(CanonicalValue::encode(QVariant(qlonglong(1)), ColumnClass::Boolean) ==
          CanonicalValue::encode(QVariant(true), ColumnClass::Boolean));
    CHECK(CanonicalValue::encode(QVariant(qlonglong(0)), ColumnClass::Boolean) ==
          CanonicalValue::encode(QVariant(false), ColumnClass::Boolean));
    CHECK(CanonicalValue::encode(QVariant(true), ColumnClass::Boolean) !=
          CanonicalValue::encode(QVariant(false), ColumnClass::Boolean));
    CHECK(CanonicalValue::forWriting(QVariant(qlonglong(1)), ColumnClass::Boolean) == QVariant(true));
    CHECK(CanonicalValue::forWriting(QVariant(qlonglong(0)), ColumnClass::Boolean).typeId() == QMetaType::Bool);
}

TEST_CASE("whole numbers read the same whatever type the driver gives them", "[storage][move]")
{
    const QByteArray five = CanonicalValue::encode(QVariant(qlonglong(5)), ColumnClass::Integer);
    CHECK(CanonicalValue::encode(QVariant(5), ColumnClass::Integer) == five);
    CHECK(CanonicalValue::encode(QVariant(5.0), ColumnClass::Integer) == five);
    CHECK(CanonicalValue::encode(QVariant(QStringLiteral("5")), ColumnClass::Integer) == five);
    CHECK(CanonicalValue::encode(QVariant(qlonglong(6)), ColumnClass::Integer) != five);
    // 2^53 + 1 has no double of its own: compared as the whole number it is.
    CHECK(CanonicalValue::encode(QVariant(qlonglong(9007199254740993LL)), ColumnClass::Integer) !=
          CanonicalValue::encode(QVariant(qlonglong(9007199254740992LL)), ColumnClass::Integer));
    // Text that SQLite kept in an INTEGER column is not a number, and never reads as one.
    CHECK(CanonicalValue::encode(QVariant(QStringLiteral("5a")), ColumnClass::Integer).startsWith('T'));
    CHECK(CanonicalValue::encode(QVariant(5.5), ColumnClass::Integer) !=
          CanonicalValue::encode(QVariant(qlonglong(5)), ColumnClass::Integer));
}

TEST_CASE("NULL, an empty text and a text are three different values", "[storage][move]")
{
    const QByteArray nothing = CanonicalValue::encode(null(QMetaType::QString), ColumnClass::Text);
    const QByteArray empty = CanonicalValue::encode(QVariant(QStringLiteral("")), ColumnClass::Text);
    CHECK(nothing != empty);
    CHECK(empty != CanonicalValue::encode(QVariant(QStringLiteral("N")), ColumnClass::Text));
    CHECK(nothing == CanonicalValue::encode(null(QMetaType::LongLong), ColumnClass::Integer));
    CHECK(CanonicalValue::encode(QVariant(QStringLiteral("Ёлкина")), ColumnClass::Text) !=
          CanonicalValue::encode(QVariant(QStringLiteral("Елкина")), ColumnClass::Text));
    // A value that is not NULL is never written as NULL.
    CHECK_FALSE(CanonicalValue::forWriting(QVariant(QString()), ColumnClass::Text).isNull());
    CHECK(CanonicalValue::forWriting(null(QMetaType::QString), ColumnClass::Text).isNull());
}

TEST_CASE("real numbers and bytes read the same from either database", "[storage][move]")
{
    CHECK(CanonicalValue::encode(QVariant(0.1), ColumnClass::Real) ==
          CanonicalValue::encode(QVariant(QStringLiteral("0.1")), ColumnClass::Real));
    CHECK(CanonicalValue::encode(QVariant(qlonglong(3)), ColumnClass::Real) ==
          CanonicalValue::encode(QVariant(3.0), ColumnClass::Real));
    CHECK(CanonicalValue::encode(QVariant(0.1), ColumnClass::Real) !=
          CanonicalValue::encode(QVariant(0.1 + 1e-16), ColumnClass::Real));
    CHECK(CanonicalValue::encode(QVariant(-0.0), ColumnClass::Real) ==
          CanonicalValue::encode(QVariant(0.0), ColumnClass::Real));
    CHECK(CanonicalValue::encode(QVariant(QByteArray("\x00\xff", 2)), ColumnClass::Blob) == QByteArray("X00ff"));
    CHECK(CanonicalValue::encode(QVariant(QStringLiteral("ab")), ColumnClass::Blob) ==
          CanonicalValue::encode(QVariant(QByteArray("ab")), ColumnClass::Blob));
}

TEST_CASE("a table's checksum changes with any value, and not with the driver's types", "[storage][move]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("digest-test"));
        db.setDatabaseName(dir.filePath(QStringLiteral("t.sqlite")));
        REQUIRE(db.open());
        QSqlQuery q(db);
        REQUIRE(q.exec(QStringLiteral("CREATE TABLE t (id INTEGER PRIMARY KEY, flag BOOLEAN, name TEXT)")));
        REQUIRE(q.exec(QStringLiteral("INSERT INTO t VALUES (1, 1, 'Иванова'), (2, 0, ''), (3, NULL, NULL)")));
        const QStringList columns{QStringLiteral("id"), QStringLiteral("flag"), QStringLiteral("name")};
        const QList<ColumnClass> classes{ColumnClass::Integer, ColumnClass::Boolean, ColumnClass::Text};
        const auto checksum = [&](const QString& sql) {
            QSqlQuery read(db);
            REQUIRE(read.exec(sql));
            TableDigest digest(columns, classes);
            while (read.next())
                digest.addRow(read);
            CHECK(digest.rows() == 3);
            return digest.hex();
        };
        const QString plain = checksum(QStringLiteral("SELECT id, flag, name FROM t ORDER BY id"));
        CHECK(plain.size() == 64);
        // The same values as PostgreSQL's driver hands them over: booleans as text 'true'/'false', ids as text.
        CHECK(checksum(QStringLiteral("SELECT CAST(id AS TEXT), CASE flag WHEN 1 THEN 'true' WHEN 0 THEN 'false' END, "
                                      "name FROM t ORDER BY id")) == plain);
        CHECK(checksum(QStringLiteral("SELECT id, flag, name || '' FROM t ORDER BY id")) == plain);
        CHECK(checksum(QStringLiteral("SELECT id, 1 - flag, name FROM t ORDER BY id")) != plain);
        CHECK(checksum(QStringLiteral("SELECT id, flag, COALESCE(name, '') FROM t ORDER BY id")) != plain);
        CHECK(checksum(QStringLiteral("SELECT id, flag, name FROM t ORDER BY id DESC")) != plain);
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("digest-test"));
}
