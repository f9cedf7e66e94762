// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/statistics/StatisticsPeriod.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace zabota::core {

// What a figure counts.
enum class StatisticsUnit {
    Count,   // appeals, handoffs, cases, families
    Percent, // a share, 0–100; its change is in percentage points
    Hours,   // a time, such as the time a handoff waited to be accepted
};

// How a section is drawn beside its table.
enum class StatisticsChart {
    None,
    Bars, // the charted rows, this period beside the previous one
    Pie,  // the charted rows of this period, as parts of a whole
};

// One line of a report: a figure in the period and in the one before it.
struct StatisticsRow {
    QString label;
    std::optional<double> current;  // nullopt: nothing to compute it from (a share of nothing, a time of no handoff)
    std::optional<double> previous; // the same in the previous period
    StatisticsUnit unit = StatisticsUnit::Count;
    int level = 0;        // 1: a part of the nearest row above it at level 0
    bool charted = false; // drawn in the section's chart

    // This period less the previous one, when both are known.
    [[nodiscard]] std::optional<double> change() const
    {
        if (current && previous)
            return *current - *previous;
        return std::nullopt;
    }
    // For counts: the change as a percentage of the previous value, when that is not zero.
    [[nodiscard]] std::optional<double> relativeChange() const
    {
        if (unit != StatisticsUnit::Count || !current || !previous || *previous == 0)
            return std::nullopt;
        return (*current - *previous) * 100.0 / *previous;
    }
};

// A table of the report: appeals by channel, cases by outcome, …
struct StatisticsSection {
    QString key;   // stable, not shown: "channels", "categories", "cases", …
    QString title; // translated
    QString note;  // how the figures are counted, shown under the table
    StatisticsChart chart = StatisticsChart::None;
    QList<StatisticsRow> rows;

    [[nodiscard]] QList<StatisticsRow> chartedRows() const
    {
        QList<StatisticsRow> charted;
        for (const StatisticsRow& row : rows)
            if (row.charted)
                charted << row;
        return charted;
    }
};

// The statistics of a period beside the previous one, as the window shows them and the exports write them.
struct StatisticsReport {
    StatisticsPeriod period;
    StatisticsPeriod previous;
    QDateTime computedAt;
    QList<StatisticsSection> sections;

    // The section with the key, or null.
    [[nodiscard]] const StatisticsSection* section(const QString& key) const
    {
        for (const StatisticsSection& s : sections)
            if (s.key == key)
                return &s;
        return nullptr;
    }
};

} // namespace zabota::core
