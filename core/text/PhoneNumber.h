// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace zabota::core::text {

// Normalises a phone number as typed into the digits used for lookup, E.164-like: "+7 (912) 345-67-89",
// "8 912 345 67 89" and "9123456789" all become "79123456789". City numbers of 5–7 digits stay as they are.
// Returns nullopt for what cannot be a phone (letters, too few or too many digits).
[[nodiscard]] std::optional<QString> normalisePhone(const QString& typed);

} // namespace zabota::core::text
