// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/statistics/StatisticsFigures.h"

#include <QCoreApplication>
#include <QDate>

namespace zabota::core {

class Database;

// The counts behind the statistics report, each an SQL aggregate over a range of days answered from the indexes of
// migration 0015. Days are local and both ends are included; times are compared as the UTC seconds they are kept in.
class StatisticsRepository final {
    Q_DECLARE_TR_FUNCTIONS(zabota::core::StatisticsRepository)

public:
    explicit StatisticsRepository(const Database& db);

    // Every count of the days from `from` to `to`.
    [[nodiscard]] Result<StatisticsFigures> figures(const QDate& from, const QDate& to) const;
    // The names of the problem categories and of the users.
    [[nodiscard]] Result<StatisticsNames> names() const;

private:
    [[nodiscard]] Status countJournal(StatisticsFigures& f, qint64 start, qint64 end) const;
    [[nodiscard]] Status countHandoffs(StatisticsFigures& f, qint64 start, qint64 end) const;
    [[nodiscard]] Status countCases(StatisticsFigures& f, qint64 start, qint64 end) const;
    [[nodiscard]] Status countRegister(StatisticsFigures& f, const QDate& from, const QDate& to) const;
    [[nodiscard]] Result<int> single(const QString& sql, const QVariantList& binds) const;
    [[nodiscard]] Result<QHash<QString, int>> byCode(const QString& sql, const QVariantList& binds) const;
    [[nodiscard]] Result<QHash<qint64, int>> byId(const QString& sql, const QVariantList& binds) const;

    const Database& m_db;
};

} // namespace zabota::core
