-- The journal's full-text search finds a word in any of its forms: «Ивановой» finds «Иванова», «семьи» finds «семья».
-- zabota_russian is PostgreSQL's 'russian' configuration with two changes: its Snowball Russian stemmer keeps no stop
-- words (a search as you type must find «по…» in «помощь», and SQLite's index has none either), and Latin words are
-- kept as they are (the English stemmer would turn "happy" into "happi", which is no longer a prefix of the word).
-- The console stems the words of SQLite's index with the same Snowball algorithm (core/text/RussianStem.h), so that
-- both databases find the same entries.
CREATE TEXT SEARCH DICTIONARY zabota_russian_stem (TEMPLATE = snowball, Language = russian);
CREATE TEXT SEARCH CONFIGURATION zabota_russian (COPY = russian);
ALTER TEXT SEARCH CONFIGURATION zabota_russian ALTER MAPPING FOR word, hword, hword_part WITH zabota_russian_stem;
ALTER TEXT SEARCH CONFIGURATION zabota_russian ALTER MAPPING FOR asciiword, asciihword, hword_asciipart WITH simple;

-- The entries indexed before: their 'simple' vectors hold the folded words the console wrote, which are stemmed here
-- in their order.
UPDATE journal_entry e SET search_vector = to_tsvector('zabota_russian', (
    SELECT string_agg(w.lexeme, ' ' ORDER BY p.pos)
    FROM unnest(e.search_vector) AS w(lexeme, positions, weights), unnest(w.positions) AS p(pos)))
WHERE e.search_vector IS NOT NULL;
