// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/family/CategoryMasks.h"

#include "core/family/FamilyEnums.h"
#include "core/storage/Database.h"
#include "core/storage/SqlValue.h"
#include "core/storage/Transaction.h"

#include <QSqlQuery>

#include <algorithm>

namespace zabota::core {

namespace {

// The last day a category mask can mean: no period of the card ends.
const QDate kForGood(9999, 12, 31);

struct Mask {
    qint64 bits = 0;
    QDate exactUntil = kForGood;
};

// The categories a card may hold from `today` on, and the last day on which they are exactly the ones it holds.
Mask maskOf(const QList<FamilyCategoryPeriod>& periods, const QDate& today)
{
    Mask mask;
    for (const FamilyCategoryPeriod& p : periods) {
        if (p.to && *p.to < today)
            continue;
        mask.bits |= qint64(1) << int(p.category);
        if (p.from > today)
            mask.exactUntil = today.addDays(-1); // held later, not now: the mask is not exact even today
        else if (p.to)
            mask.exactUntil = std::min(mask.exactUntil, *p.to);
    }
    return mask;
}

} // namespace

CategoryMasks::CategoryMasks(Database& db)
    : m_db(db)
{}

Status CategoryMasks::write(FamilyId id, const QList<FamilyCategoryPeriod>& periods, const QDate& today) const
{
    const Mask mask = maskOf(periods, today);
    return store(id, mask.bits, mask.exactUntil);
}

Status CategoryMasks::store(FamilyId id, qint64 bits, const QDate& exactUntil) const
{
    QSqlQuery update =
        m_db.prepare(QStringLiteral("UPDATE family SET category_mask = ?, category_mask_exact_until = ? WHERE id = ?"));
    update.addBindValue(bits);
    update.addBindValue(sql::date(exactUntil));
    update.addBindValue(id);
    return m_db.exec(update);
}

Result<int> CategoryMasks::refresh(const QDate& today) const
{
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return std::unexpected(tx.error());
    // The periods of every card whose mask is past its day, card by card.
    QSqlQuery stale = m_db.prepare(QStringLiteral(
        "SELECT f.id, c.category, c.date_from, c.date_to FROM family f LEFT JOIN family_category c ON c.family_id = "
        "f.id WHERE f.category_mask_exact_until < ? ORDER BY f.id"));
    stale.addBindValue(sql::date(today));
    if (auto ok = m_db.exec(stale); !ok)
        return std::unexpected(ok.error());
    QList<std::pair<FamilyId, QList<FamilyCategoryPeriod>>> cards;
    while (stale.next()) {
        const FamilyId id = stale.value(0).toLongLong();
        if (cards.isEmpty() || cards.last().first != id)
            cards.append(std::pair(id, QList<FamilyCategoryPeriod>()));
        if (stale.value(1).isNull())
            continue;
        if (const auto category = fromCode<FamilyCategory>(stale.value(1).toString())) {
            const QDate to = sql::dateFrom(stale.value(3));
            cards.last().second << FamilyCategoryPeriod{*category, sql::dateFrom(stale.value(2)),
                                                        to.isValid() ? std::optional(to) : std::nullopt};
        }
    }
    stale.finish();
    for (const auto& [id, periods] : std::as_const(cards)) {
        if (auto ok = write(id, periods, today); !ok)
            return std::unexpected(ok.error());
    }
    if (auto ok = tx->commit(); !ok)
        return std::unexpected(ok.error());
    return int(cards.size());
}

} // namespace zabota::core
