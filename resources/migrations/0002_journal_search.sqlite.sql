-- Full-text search over the applicant, the summary and the action taken. Contentless: the repository writes the
-- folded text (lower case, Ё→Е) with the entry's id as rowid, and deletes it with the old folded text on change.
CREATE VIRTUAL TABLE journal_fts USING fts5 (
    applicant, summary, action,
    content = '',
    tokenize = 'unicode61 remove_diacritics 0'
);
