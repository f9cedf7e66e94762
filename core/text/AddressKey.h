// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace zabota::core::text {

// Folds an address for comparison: lower case, Ё→Е, punctuation and runs of spaces collapsed, the kinds of street
// written alike («ул.», «улица» → «ул»; «проспект», «пр-т» → «пр»), and the markers of city, house and flat dropped:
// "г. Тюмень, ул. Ленина, д. 5, кв. 12" and "Тюмень улица Ленина 5-12" both become "тюмень ул ленина 5 12".
// Returns an empty string for an empty or blank address.
[[nodiscard]] QString addressKey(const QString& address);

// The folded parts of a surname: "Иванова-Петрова" → {"иванова", "петрова"}; "Ёлкина" → {"елкина"}.
[[nodiscard]] QStringList surnameParts(const QString& surname);

} // namespace zabota::core::text
