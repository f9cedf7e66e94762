// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>
#include <QVariant>

#include <optional>

// How the repositories turn values into bound parameters and back, the same way for every table.
namespace zabota::core::sql {

// Text columns are NOT NULL: an untouched field arrives as a null QString, which Qt would bind as NULL. Trimmed.
[[nodiscard]] QVariant text(const QString& value);
// An optional reference to another row: NULL when there is none.
[[nodiscard]] QVariant id(const std::optional<qint64>& value);
// A calendar date as ISO text ('2026-03-10'), which both SQLite and PostgreSQL compare correctly; NULL when invalid.
[[nodiscard]] QVariant date(const QDate& value);
[[nodiscard]] QDate dateFrom(const QVariant& value);
[[nodiscard]] std::optional<qint64> idFrom(const QVariant& value);

} // namespace zabota::core::sql
