-- Full-text search over the applicant, the summary and the action taken, as 0002_journal_search.sqlite.sql gives
-- SQLite. The repository writes the folded words of an entry (lower case, Ё→Е, split at every character that is not a
-- letter or a digit, as FTS5's unicode61 tokenizer splits them) into search_vector with the 'simple' configuration:
-- no stemming and no stop words, so that every word is found by its beginning exactly as FTS5 finds it.
ALTER TABLE journal_entry ADD COLUMN search_vector TSVECTOR;
CREATE INDEX journal_entry_search ON journal_entry USING GIN (search_vector);
