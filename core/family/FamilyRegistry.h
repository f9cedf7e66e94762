// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/family/Family.h"

namespace zabota::core {

class Database;

// The registry of families as lists: the filters, the pages of summaries and the counts. Read only; the cards
// themselves are written by FamilyRepository.
class FamilyRegistry final {
public:
    explicit FamilyRegistry(Database& db);

    // The registry, newest card first; `offset` rows skipped.
    [[nodiscard]] Result<QList<FamilySummary>> page(const FamilyFilter& filter, int offset, int limit) const;
    [[nodiscard]] Result<int> count(const FamilyFilter& filter) const;
    // Families per district under a filter, in the districts' order; families with no district last.
    [[nodiscard]] Result<QList<DistrictCount>> countByDistrict(const FamilyFilter& filter) const;
    // The families a dispatcher means by what they typed, best match first: a phone number in any format (from its
    // first digits, with or without the country code), or words that begin the members' names or the words of an
    // address ("иван ленина 5"), case and Ё/Е folded. Empty for text with nothing to look for.
    [[nodiscard]] Result<QList<FamilySummary>> search(const QString& typed, int limit) const;
    // Summaries of the families a condition on `family f` selects (`WHERE …`), with `tail` (order, limit) after it;
    // minors and categories as of `at` (today if null).
    [[nodiscard]] Result<QList<FamilySummary>> summaries(const QString& condition, const QVariantList& binds,
                                                         const QString& tail = {}, const QDate& at = {}) const;

private:
    struct Where {
        QString sql;
        QVariantList binds;
    };
    [[nodiscard]] static Where where(const FamilyFilter& filter);
    // The phones, the minors' birth dates and today's categories of a page of summaries.
    [[nodiscard]] Status addDetails(QList<FamilySummary>& families, const QDate& at) const;

    Database& m_db;
};

} // namespace zabota::core
