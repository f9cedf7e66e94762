// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/family/Family.h"

namespace zabota::core {

class Database;

// The category mask of a family card (migration 0008): a bit for every category the card may hold from the day it
// was computed on, and the last day on which those bits are exactly the categories held. The registry's category
// filter reads the mask from its narrow index and checks the periods only of the cards past that day.
class CategoryMasks final {
public:
    explicit CategoryMasks(Database& db);

    // Computes and writes the mask of one card from its periods, inside the caller's transaction.
    [[nodiscard]] Status write(FamilyId id, const QList<FamilyCategoryPeriod>& periods, const QDate& today) const;
    // Computes again every mask that is past its day; returns how many cards it computed.
    [[nodiscard]] Result<int> refresh(const QDate& today) const;

private:
    [[nodiscard]] Status store(FamilyId id, qint64 bits, const QDate& exactUntil) const;

    Database& m_db;
};

} // namespace zabota::core
