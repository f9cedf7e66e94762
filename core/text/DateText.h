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

} // namespace zabota::core::text
