-- The journal's full-text search finds a word in any of its forms: «Ивановой» finds «Иванова», «семьи» finds «семья».
-- The index holds the stems of the words (Snowball Russian, as PostgreSQL's zabota_russian configuration makes them,
-- 0017_journal_search_russian.postgres.sql): zabota_search_stems() is the console's own function
-- (core/storage/SqliteFunctions.h), which folds, splits and stems as the journal repository does. The applicant's
-- column also holds the phone's digits, with and without the country code.
INSERT INTO journal_fts (journal_fts) VALUES ('delete-all');
INSERT INTO journal_fts (rowid, applicant, summary, action)
SELECT id,
       zabota_search_stems(applicant_name
                           || CASE WHEN phone_digits = '' THEN ''
                                   ELSE ' ' || phone_digits
                                        || CASE WHEN length(phone_digits) = 11 THEN ' ' || substr(phone_digits, 2)
                                                ELSE '' END
                              END),
       zabota_search_stems(summary),
       zabota_search_stems(action_taken)
FROM journal_entry;
