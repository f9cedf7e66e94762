// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

// Dates as the exports write them, 05.03.2026 and 05.03.2026 14:30, made digit by digit: QDateTime::toString with a
// format parses the format for every cell, a good part of the time of a CSV of 100,000 rows.
namespace zabota::core::cells {

namespace detail {

inline void twoDigits(QChar*& out, int value)
{
    *out++ = QChar(u'0' + value / 10);
    *out++ = QChar(u'0' + value % 10);
}

} // namespace detail

[[nodiscard]] inline QString dateText(const QDate& date)
{
    if (!date.isValid())
        return {};
    const int year = date.year();
    if (year < 1000 || year > 9999)
        return date.toString(QStringLiteral("dd.MM.yyyy"));
    QString text(10, Qt::Uninitialized);
    QChar* out = text.data();
    detail::twoDigits(out, date.day());
    *out++ = u'.';
    detail::twoDigits(out, date.month());
    *out++ = u'.';
    detail::twoDigits(out, year / 100);
    detail::twoDigits(out, year % 100);
    return text;
}

// The moment's own wall-clock time (the exporter gives local times), to the minute.
[[nodiscard]] inline QString dateTimeText(const QDateTime& at)
{
    if (!at.isValid())
        return {};
    const QTime time = at.time();
    QString text = dateText(at.date());
    text.reserve(16);
    text += u' ';
    QChar digits[5];
    QChar* out = digits;
    detail::twoDigits(out, time.hour());
    *out++ = u':';
    detail::twoDigits(out, time.minute());
    text.append(digits, 5);
    return text;
}

} // namespace zabota::core::cells
