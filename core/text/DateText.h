// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

namespace zabota::core::text {

// A day as the console writes it in tables and messages: 05.03.2026.
[[nodiscard]] inline QString shownDate(const QDate& date)
{
    return date.toString(QStringLiteral("dd.MM.yyyy"));
}

// A moment in local time: 05.03.2026 14:30.
[[nodiscard]] inline QString shownDateTime(const QDateTime& at)
{
    return at.toLocalTime().toString(QStringLiteral("dd.MM.yyyy HH:mm"));
}

// The time of day of a moment in local time: 14:30. Messages give the day beside it:
// shownDate(at.toLocalTime().date()).
[[nodiscard]] inline QString shownTime(const QDateTime& at)
{
    return at.toLocalTime().toString(QStringLiteral("HH:mm"));
}

// A length of time as a clock shows it: 02:05, or 1:02:05 from an hour on.
[[nodiscard]] inline QString shownDuration(qint64 milliseconds)
{
    const qint64 seconds = milliseconds > 0 ? milliseconds / 1000 : 0;
    const QString minutesSeconds = QStringLiteral("%1:%2")
                                       .arg(seconds / 60 % 60, 2, 10, QLatin1Char('0'))
                                       .arg(seconds % 60, 2, 10, QLatin1Char('0'));
    return seconds >= 3600 ? QString::number(seconds / 3600) + u':' + minutesSeconds : minutesSeconds;
}

} // namespace zabota::core::text
