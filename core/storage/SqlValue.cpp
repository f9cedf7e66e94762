// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/SqlValue.h"

namespace zabota::core::sql {

QVariant text(const QString& value)
{
    const QString trimmed = value.trimmed();
    return trimmed.isNull() ? QVariant(QStringLiteral("")) : QVariant(trimmed);
}

QVariant id(const std::optional<qint64>& value)
{
    return value ? QVariant(*value) : QVariant(QMetaType(QMetaType::LongLong));
}

QVariant date(const QDate& value)
{
    return value.isValid() ? QVariant(value.toString(Qt::ISODate)) : QVariant(QMetaType(QMetaType::QString));
}

QDate dateFrom(const QVariant& value)
{
    return value.isNull() ? QDate() : QDate::fromString(value.toString(), Qt::ISODate);
}

std::optional<qint64> idFrom(const QVariant& value)
{
    return value.isNull() ? std::nullopt : std::optional<qint64>(value.toLongLong());
}

} // namespace zabota::core::sql
