// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/SqliteFunctions.h"

#include "core/text/RussianStem.h"

#include <QSqlDriver>
#include <QVariant>

#include <sqlite3.h>

namespace zabota::core {

namespace {

void searchStems(sqlite3_context* context, int argc, sqlite3_value** argv)
{
    if (argc != 1 || sqlite3_value_type(argv[0]) == SQLITE_NULL) {
        sqlite3_result_null(context);
        return;
    }
    const auto* text = reinterpret_cast<const char*>(sqlite3_value_text(argv[0]));
    const QByteArray stems =
        text::searchStems(QString::fromUtf8(text, sqlite3_value_bytes(argv[0]))).join(QLatin1Char(' ')).toUtf8();
    sqlite3_result_text(context, stems.constData(), int(stems.size()), SQLITE_TRANSIENT);
}

} // namespace

bool addSqliteFunctions(const QSqlDatabase& connection)
{
    const QVariant handle = connection.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return false;
    sqlite3* db = *static_cast<sqlite3* const*>(handle.constData());
    if (!db)
        return false;
    return sqlite3_create_function_v2(db, "zabota_search_stems", 1, SQLITE_UTF8 | SQLITE_DETERMINISTIC, nullptr,
                                      &searchStems, nullptr, nullptr, nullptr) == SQLITE_OK;
}

} // namespace zabota::core
