// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/statistics/StatisticsPeriod.h"

#include "core/text/DateText.h"

#include <QLocale>

namespace zabota::core {

StatisticsPeriod StatisticsPeriod::month(int year, int month)
{
    const QDate first(year, month, 1);
    return {Kind::Month, first, first.addMonths(1).addDays(-1)};
}

StatisticsPeriod StatisticsPeriod::quarter(int year, int quarter)
{
    const QDate first(year, (quarter - 1) * 3 + 1, 1);
    return {Kind::Quarter, first, first.addMonths(3).addDays(-1)};
}

StatisticsPeriod StatisticsPeriod::year(int year)
{
    return {Kind::Year, QDate(year, 1, 1), QDate(year, 12, 31)};
}

StatisticsPeriod StatisticsPeriod::custom(const QDate& from, const QDate& to)
{
    return {Kind::Custom, from, to};
}

StatisticsPeriod StatisticsPeriod::containing(Kind kind, const QDate& day)
{
    switch (kind) {
    case Kind::Month:
        return month(day.year(), day.month());
    case Kind::Quarter:
        return quarter(day.year(), (day.month() - 1) / 3 + 1);
    case Kind::Year:
        return year(day.year());
    case Kind::Custom:
        break;
    }
    return custom(day, day);
}

qint64 StatisticsPeriod::days() const
{
    return validate() ? m_from.daysTo(m_to) + 1 : 0;
}

Status StatisticsPeriod::validate() const
{
    if (!m_from.isValid())
        return fail(Error::Kind::Validation, tr("Choose the first day of the period."), {}, QStringLiteral("from"));
    if (!m_to.isValid())
        return fail(Error::Kind::Validation, tr("Choose the last day of the period."), {}, QStringLiteral("to"));
    if (m_to < m_from)
        return fail(Error::Kind::Validation,
                    tr("The period ends on %1, before it starts on %2. Choose a last day on or after the first.")
                        .arg(text::shownDate(m_to), text::shownDate(m_from)),
                    {}, QStringLiteral("to"));
    return {};
}

StatisticsPeriod StatisticsPeriod::previous() const
{
    switch (m_kind) {
    case Kind::Month:
        return month(m_from.addMonths(-1).year(), m_from.addMonths(-1).month());
    case Kind::Quarter:
        return containing(Kind::Quarter, m_from.addMonths(-3));
    case Kind::Year:
        return year(m_from.year() - 1);
    case Kind::Custom:
        break;
    }
    if (!validate())
        return *this;
    const QDate end = m_from.addDays(-1);
    return custom(end.addDays(-(days() - 1)), end);
}

StatisticsPeriod StatisticsPeriod::next() const
{
    switch (m_kind) {
    case Kind::Month:
        return month(m_from.addMonths(1).year(), m_from.addMonths(1).month());
    case Kind::Quarter:
        return containing(Kind::Quarter, m_from.addMonths(3));
    case Kind::Year:
        return year(m_from.year() + 1);
    case Kind::Custom:
        break;
    }
    if (!validate())
        return *this;
    const QDate start = m_to.addDays(1);
    return custom(start, start.addDays(days() - 1));
}

QString StatisticsPeriod::title() const
{
    switch (m_kind) {
    case Kind::Month: {
        QString name = QLocale().standaloneMonthName(m_from.month(), QLocale::LongFormat);
        if (!name.isEmpty())
            name[0] = name[0].toUpper();
        return tr("%1 %2", "a month and its year").arg(name).arg(m_from.year());
    }
    case Kind::Quarter:
        return tr("Q%1 %2", "a quarter and its year").arg((m_from.month() - 1) / 3 + 1).arg(m_from.year());
    case Kind::Year:
        return tr("Year %1").arg(m_from.year());
    case Kind::Custom:
        break;
    }
    return tr("%1 – %2", "the first and the last day of a period")
        .arg(m_from.isValid() ? text::shownDate(m_from) : QStringLiteral("?"),
             m_to.isValid() ? text::shownDate(m_to) : QStringLiteral("?"));
}

} // namespace zabota::core
