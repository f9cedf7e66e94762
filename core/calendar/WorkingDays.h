// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>

namespace zabota::core::calendar {

// Russian public holidays that fall on fixed dates (Labour Code, art. 112): 1–8 January, 23 February, 8 March,
// 1 and 9 May, 12 June, 4 November. Transfers of days off decreed each year are not known here.
[[nodiscard]] bool isPublicHoliday(const QDate& date);
// Monday to Friday and not a public holiday.
[[nodiscard]] bool isWorkingDay(const QDate& date);
// The moment `days` working days after `from`, at the same time of day: Friday 15:00 plus one is Monday 15:00.
[[nodiscard]] QDateTime addWorkingDays(const QDateTime& from, int days);

} // namespace zabota::core::calendar
