// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/statistics/StatisticsFormat.h"

#include "core/text/DateText.h"

#include <QLocale>

#include <cmath>

namespace zabota::core {

namespace {

const QString kDash = QStringLiteral("—");

} // namespace

QString StatisticsFormat::number(double value, StatisticsUnit unit, bool sign)
{
    const QLocale locale;
    // Rounded first, so that a change too small to show reads as none rather than "+0.0" or "-0.0".
    const double scale = unit == StatisticsUnit::Count ? 1.0 : 10.0;
    double rounded = std::round(value * scale) / scale;
    if (rounded == 0)
        rounded = 0; // not -0
    QString text = unit == StatisticsUnit::Count ? locale.toString(qint64(rounded)) : locale.toString(rounded, 'f', 1);
    if (sign && rounded > 0)
        text.prepend(u'+');
    return text;
}

QString StatisticsFormat::value(const StatisticsRow& row, const std::optional<double>& value)
{
    if (!value)
        return kDash;
    const QString n = number(*value, row.unit, false);
    switch (row.unit) {
    case StatisticsUnit::Count:
        return n;
    case StatisticsUnit::Percent:
        return tr("%1%", "a share in per cent").arg(n);
    case StatisticsUnit::Hours:
        return tr("%1 h", "a time in hours").arg(n);
    }
    return n;
}

QString StatisticsFormat::change(const StatisticsRow& row)
{
    const auto delta = row.change();
    if (!delta)
        return kDash;
    const QString n = number(*delta, row.unit, true);
    switch (row.unit) {
    case StatisticsUnit::Count:
        if (const auto relative = row.relativeChange(); relative && *delta != 0)
            return tr("%1 (%2%)", "a change and the same as a percentage")
                .arg(n, number(*relative, StatisticsUnit::Percent, true));
        return n;
    case StatisticsUnit::Percent:
        return tr("%1 pp", "a change of a share in percentage points").arg(n);
    case StatisticsUnit::Hours:
        return tr("%1 h", "a time in hours").arg(n);
    }
    return n;
}

QStringList StatisticsFormat::headers(const StatisticsReport& report)
{
    return {tr("Figure"), report.period.title(), report.previous.title(), tr("Change")};
}

QString StatisticsFormat::comparison(const StatisticsReport& report)
{
    return tr("%1 (%2 – %3) compared with %4 (%5 – %6)")
        .arg(report.period.title(), text::shownDate(report.period.from()), text::shownDate(report.period.to()),
             report.previous.title(), text::shownDate(report.previous.from()), text::shownDate(report.previous.to()));
}

} // namespace zabota::core
