// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QDate>

namespace zabota::core {

// The days a statistics report covers, both ends included: a calendar month, quarter or year, or any run of days. A
// report compares a period with the one before it: the month, quarter or year before a calendar period, and for a
// run of days chosen by hand the same number of days just before it.
class StatisticsPeriod final {
    Q_DECLARE_TR_FUNCTIONS(zabota::core::StatisticsPeriod)

public:
    enum class Kind { Month, Quarter, Year, Custom };

    StatisticsPeriod() = default;
    [[nodiscard]] static StatisticsPeriod month(int year, int month);
    [[nodiscard]] static StatisticsPeriod quarter(int year, int quarter);
    [[nodiscard]] static StatisticsPeriod year(int year);
    // Any days; `validate` says whether they make a period.
    [[nodiscard]] static StatisticsPeriod custom(const QDate& from, const QDate& to);
    // The month, quarter or year that holds `day`; for Custom, that day alone.
    [[nodiscard]] static StatisticsPeriod containing(Kind kind, const QDate& day);

    [[nodiscard]] Kind kind() const { return m_kind; }
    [[nodiscard]] QDate from() const { return m_from; }
    [[nodiscard]] QDate to() const { return m_to; }
    // How many days it covers; 0 for a period that does not validate.
    [[nodiscard]] qint64 days() const;
    // Whether the days make a period, with a sentence saying what to change when they do not.
    [[nodiscard]] Status validate() const;
    // The period it is compared with: the previous month, quarter or year, or as many days just before.
    [[nodiscard]] StatisticsPeriod previous() const;
    // The period after it, of the same kind (and length, for days chosen by hand).
    [[nodiscard]] StatisticsPeriod next() const;
    // As a report's heading names it: «March 2026», «Q1 2026», «Year 2026», «01.03.2026 – 15.03.2026».
    [[nodiscard]] QString title() const;

    bool operator==(const StatisticsPeriod&) const = default;

private:
    StatisticsPeriod(Kind kind, const QDate& from, const QDate& to)
        : m_kind(kind)
        , m_from(from)
        , m_to(to)
    {}

    Kind m_kind = Kind::Custom;
    QDate m_from;
    QDate m_to;
};

} // namespace zabota::core
