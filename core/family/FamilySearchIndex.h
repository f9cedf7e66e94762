// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/family/Family.h"

namespace zabota::core {

class Database;

// The search index of the family cards (family_fts on SQLite, family.search_vector on PostgreSQL), which
// FamilyRepository keeps inside its own write transactions: a card is found by its members' names, its addresses and
// its phone numbers, as they are written (SqlDialect::familySearchText).
class FamilySearchIndex final {
public:
    explicit FamilySearchIndex(const Database& db);

    // Writes a card's names, addresses and phones into the index; `fresh`: the card has never been indexed.
    [[nodiscard]] Status write(FamilyId id, const FamilyDraft& draft, bool fresh) const;
    // Writes the index of every card again from the cards themselves, inside the caller's transaction; returns how
    // many cards it indexed.
    [[nodiscard]] Result<qint64> rebuild() const;

private:
    const Database& m_db;
};

} // namespace zabota::core
