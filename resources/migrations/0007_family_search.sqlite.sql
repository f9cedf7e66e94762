-- Search-as-you-type over the family cards: the members' names, the folded addresses and the phone numbers (full and
-- without the country code, so that "904 555" finds +7 904 555-…). The repository writes the folded text of a card
-- with the family's id as rowid whenever the card is written; the text is kept so that a card can be re-indexed by id.
CREATE VIRTUAL TABLE family_fts USING fts5 (
    names, addresses, phones,
    tokenize = 'unicode61 remove_diacritics 0'
);

-- The cards written before the index: the tokenizer folds the case, Ё is folded here as the repository folds it.
INSERT INTO family_fts (rowid, names, addresses, phones)
SELECT f.id,
       replace(replace(COALESCE((SELECT group_concat(m.surname || ' ' || m.first_name || ' ' || m.patronymic, ' ')
                                 FROM family_member m WHERE m.family_id = f.id), ''), 'ё', 'е'), 'Ё', 'Е'),
       f.registered_address_key || ' ' || f.actual_address_key,
       COALESCE((SELECT group_concat(p.digits || CASE WHEN length(p.digits) = 11 THEN ' ' || substr(p.digits, 2)
                                                      ELSE '' END, ' ')
                 FROM family_phone p WHERE p.family_id = f.id), '')
FROM family f;
