// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>

namespace zabota::core {

// Gives an open SQLite connection the console's own SQL functions, which its migrations call:
//   zabota_search_stems(text): the words of `text`, folded and reduced to their stems (text::searchStems), joined by
//   spaces, as the journal's full-text index holds them. NULL gives NULL.
// Returns false when the connection is not SQLite's or SQLite refuses the function.
[[nodiscard]] bool addSqliteFunctions(const QSqlDatabase& connection);

} // namespace zabota::core
