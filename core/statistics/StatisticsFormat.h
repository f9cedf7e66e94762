// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/statistics/StatisticsReport.h"

#include <QCoreApplication>

namespace zabota::core {

// Figures of a report as text, the same in the window and in the PDF: counts whole, shares and hours to a tenth, in
// the console's locale, a dash for a figure that cannot be computed.
class StatisticsFormat final {
    Q_DECLARE_TR_FUNCTIONS(zabota::core::StatisticsFormat)

public:
    // A value of the row: "12", "61.5%", "5.2 h", "—".
    [[nodiscard]] static QString value(const StatisticsRow& row, const std::optional<double>& value);
    // The row's change: "+3 (+25.0%)", "−2", "0", "+4.5 pp" for a share, "+0.3 h", "—" when either value is unknown.
    [[nodiscard]] static QString change(const StatisticsRow& row);
    // The headers of a section's table: figure, this period, previous period, change.
    [[nodiscard]] static QStringList headers(const StatisticsReport& report);
    // The sentence under the title of a report: what is compared with what.
    [[nodiscard]] static QString comparison(const StatisticsReport& report);

private:
    [[nodiscard]] static QString number(double value, StatisticsUnit unit, bool sign);
};

} // namespace zabota::core
