// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace zabota::core::text {

// Folds text for search and comparison: lower case, Ё→Е, й kept, runs of spaces collapsed. "Ёлкина  ПЁТР" → "елкина
// петр".
[[nodiscard]] QString fold(const QString& text);

// The words of a search box, folded, as the full-text index stores them (letters and digits; punctuation splits).
[[nodiscard]] QStringList searchWords(const QString& text);

} // namespace zabota::core::text
