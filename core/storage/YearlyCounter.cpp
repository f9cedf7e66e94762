// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/YearlyCounter.h"

#include "core/storage/Database.h"

namespace zabota::core {

YearlyCounter::YearlyCounter(const Database& db, const QString& table, const QString& yearColumn)
    : m_db(db)
    , m_init(db.prepare(QStringLiteral("INSERT INTO %1 (%2, last_no) VALUES (?, 0) ON CONFLICT (%2) DO NOTHING")
                            .arg(table, yearColumn)))
    , m_next(db.prepare(
          QStringLiteral("UPDATE %1 SET last_no = last_no + 1 WHERE %2 = ? RETURNING last_no").arg(table, yearColumn)))
{}

Result<int> YearlyCounter::next(int year)
{
    m_init.bindValue(0, year);
    if (auto ok = m_db.exec(m_init); !ok)
        return std::unexpected(ok.error());
    m_next.bindValue(0, year);
    if (auto ok = m_db.exec(m_next); !ok)
        return std::unexpected(ok.error());
    m_next.next();
    const int number = m_next.value(0).toInt();
    m_next.finish();
    return number;
}

} // namespace zabota::core
