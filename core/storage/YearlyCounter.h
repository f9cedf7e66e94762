// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QSqlQuery>
#include <QString>

namespace zabota::core {

class Database;

// Numbers that run gaplessly within a year and start again at 1 in the next: journal registration numbers, family
// card numbers, case numbers. One counter row per year, raised inside the caller's write transaction, so two
// workstations never get the same number and a rolled-back write gives its number back. The statement is prepared
// once, so that a batch takes many numbers cheaply.
class YearlyCounter final {
public:
    // `table` has the columns (`yearColumn` INTEGER PRIMARY KEY, last_no INTEGER NOT NULL).
    YearlyCounter(const Database& db, const QString& table, const QString& yearColumn);

    // The next number of `year`; call it inside a write transaction.
    [[nodiscard]] Result<int> next(int year);

private:
    const Database& m_db;
    QSqlQuery m_next;
};

} // namespace zabota::core
