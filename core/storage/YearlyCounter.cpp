// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/YearlyCounter.h"

#include "core/storage/Database.h"

namespace zabota::core {

YearlyCounter::YearlyCounter(const Database& db, const QString& table, const QString& yearColumn)
    : m_db(db)
    // One statement, one round trip to a server: the year's first number, or the row raised by one. Either way the
    // row stays locked until the transaction ends, so a second writer waits for the number after this one (or for
    // this one again, if this transaction rolls back).
    , m_next(db.prepare(QStringLiteral("INSERT INTO %1 (%2, last_no) VALUES (?, 1) ON CONFLICT (%2) DO UPDATE SET "
                                       "last_no = %1.last_no + 1 RETURNING last_no")
                            .arg(table, yearColumn)))
{}

Result<int> YearlyCounter::next(int year)
{
    m_next.bindValue(0, year);
    if (auto ok = m_db.exec(m_next); !ok)
        return std::unexpected(ok.error());
    m_next.next();
    const int number = m_next.value(0).toInt();
    m_next.finish();
    return number;
}

} // namespace zabota::core
