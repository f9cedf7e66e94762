// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/journal/JournalEntry.h"

#include <QCoreApplication>

namespace zabota::core {

class Database;

// The configurable list of problem categories (life situations) an appeal is filed under.
class CategoryRepository final {
    Q_DECLARE_TR_FUNCTIONS(zabota::core::CategoryRepository)

public:
    explicit CategoryRepository(Database& db);

    [[nodiscard]] Result<QList<ProblemCategory>> list(bool includeInactive = false) const;
    [[nodiscard]] Result<ProblemCategory> add(const QString& title);
    [[nodiscard]] Status rename(CategoryId id, const QString& title);
    [[nodiscard]] Status setActive(CategoryId id, bool active);

private:
    [[nodiscard]] Status checkTitle(const QString& title, CategoryId exceptId) const;

    Database& m_db;
};

} // namespace zabota::core
