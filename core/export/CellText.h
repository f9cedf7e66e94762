// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/export/TableWriter.h"

#include <QDateTime>
#include <QString>
#include <QVariant>

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

[[nodiscard]] inline bool isText(ExportTable::Kind kind)
{
    return kind == ExportTable::Kind::Text || kind == ExportTable::Kind::LongText;
}

// A cell's value as every writer that writes text shows it: a number in digits, a date as above, a text as it is (for
// the writer to escape or wrap); nothing for a null.
[[nodiscard]] inline QString valueText(const QVariant& value, ExportTable::Kind kind)
{
    if (!value.isValid() || value.isNull())
        return {};
    switch (kind) {
    case ExportTable::Kind::Number:
        return QString::number(value.toLongLong());
    case ExportTable::Kind::Date:
        return dateText(value.toDate());
    case ExportTable::Kind::DateTime:
        return dateTimeText(value.toDateTime());
    case ExportTable::Kind::Text:
    case ExportTable::Kind::LongText:
        break;
    }
    return value.toString();
}

} // namespace zabota::core::cells
