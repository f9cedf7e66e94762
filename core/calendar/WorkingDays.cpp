// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/calendar/WorkingDays.h"

namespace zabota::core::calendar {

bool isPublicHoliday(const QDate& date)
{
    const int month = date.month();
    const int day = date.day();
    return (month == 1 && day <= 8) || (month == 2 && day == 23) || (month == 3 && day == 8) ||
           (month == 5 && (day == 1 || day == 9)) || (month == 6 && day == 12) || (month == 11 && day == 4);
}

bool isWorkingDay(const QDate& date)
{
    return date.dayOfWeek() <= 5 && !isPublicHoliday(date);
}

QDateTime addWorkingDays(const QDateTime& from, int days)
{
    QDate date = from.date();
    for (int added = 0; added < days;) {
        date = date.addDays(1);
        if (isWorkingDay(date))
            ++added;
    }
    return QDateTime(date, from.time(), from.timeSpec());
}

} // namespace zabota::core::calendar
