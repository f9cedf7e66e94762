// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/statistics/StatisticsFigures.h"
#include "core/statistics/StatisticsReport.h"

#include <QCoreApplication>

namespace zabota::core {

class StatisticsRepository;

// Puts the counts of two periods side by side as the report's sections, with the translated names of channels,
// caller types, urgencies, outcomes and removal reasons, the categories' titles and the dispatchers' names.
class StatisticsReportBuilder final {
    Q_DECLARE_TR_FUNCTIONS(zabota::core::StatisticsReportBuilder)

public:
    // The report of `period` beside its previous period, counted by `repository`; a period that does not validate is
    // refused with its sentence.
    [[nodiscard]] static Result<StatisticsReport> compute(const StatisticsRepository& repository,
                                                          const StatisticsPeriod& period);
    [[nodiscard]] static StatisticsReport build(const StatisticsPeriod& period, const StatisticsFigures& current,
                                                const StatisticsFigures& previous, const StatisticsNames& names);

private:
    [[nodiscard]] static StatisticsSection appeals(const StatisticsFigures& now, const StatisticsFigures& before);
    [[nodiscard]] static StatisticsSection channels(const StatisticsFigures& now, const StatisticsFigures& before);
    [[nodiscard]] static StatisticsSection categories(const StatisticsFigures& now, const StatisticsFigures& before,
                                                      const StatisticsNames& names);
    [[nodiscard]] static StatisticsSection callers(const StatisticsFigures& now, const StatisticsFigures& before);
    [[nodiscard]] static StatisticsSection urgency(const StatisticsFigures& now, const StatisticsFigures& before);
    [[nodiscard]] static StatisticsSection dispatchers(const StatisticsFigures& now, const StatisticsFigures& before,
                                                       const StatisticsNames& names);
    [[nodiscard]] static StatisticsSection handoffs(const StatisticsFigures& now, const StatisticsFigures& before);
    [[nodiscard]] static StatisticsSection cases(const StatisticsFigures& now, const StatisticsFigures& before);
    [[nodiscard]] static StatisticsSection familyRegister(const StatisticsFigures& now,
                                                          const StatisticsFigures& before);
};

} // namespace zabota::core
