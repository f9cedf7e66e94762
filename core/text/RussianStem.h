// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace zabota::core::text {

// The journal's full-text search finds a word in any of its forms: «Ивановой» finds «Иванова», «семьи» finds «семья».
// Both databases reduce a word to its stem with the same Snowball Russian algorithm: SQLite's index is given the stems
// made here with libstemmer, PostgreSQL makes them itself with its own Snowball dictionary
// (0017_journal_search_russian.postgres.sql). The words are sorted out as PostgreSQL's 'russian' configuration sorts
// them: a word of letters with at least one that is not ASCII is stemmed; a word of Latin letters, or one with a digit
// in it, is kept as it is. No stop words: a search as you type must find «по» in «помощь».

// The stem of one folded word (lower case, Ё→Е, letters and digits only, as searchWords() gives it).
[[nodiscard]] QString russianStem(const QString& foldedWord);

// The words of a text as searchWords() splits them, each reduced to its stem.
[[nodiscard]] QStringList searchStems(const QString& text);

} // namespace zabota::core::text
