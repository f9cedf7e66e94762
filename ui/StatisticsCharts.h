// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/statistics/StatisticsExporter.h"
#include "core/statistics/StatisticsReport.h"

#include <QCoreApplication>
#include <QSize>

class QChart;

namespace zabota::ui {

// The charts of the statistics report, the same in the window and in the exported files: bars of a section's charted
// rows with this period beside the previous one (horizontal, so that long names read), or a pie of this period's parts.
class StatisticsCharts final {
    Q_DECLARE_TR_FUNCTIONS(zabota::ui::StatisticsCharts)

public:
    // A new chart of the section (the caller owns it), or null for a section drawn without one.
    [[nodiscard]] static QChart* make(const core::StatisticsSection& section, const core::StatisticsReport& report);
    // The chart of every section that has one, drawn at `size` as PNG pictures for the exports.
    [[nodiscard]] static QList<core::StatisticsPicture> pictures(const core::StatisticsReport& report,
                                                                 const QSize& size = QSize(860, 400));
};

} // namespace zabota::ui
