-- Search-as-you-type over the family cards, as 0007_family_search.sqlite.sql gives SQLite: the members' names, the
-- folded addresses and the phone numbers (full and without the country code) as one 'simple' tsvector per card. The
-- repository writes the folded words of a card whenever the card is written.
ALTER TABLE family ADD COLUMN search_vector TSVECTOR;
CREATE INDEX family_search ON family USING GIN (search_vector);

-- The cards written before the index: folded here as the repository folds them (lower case, Ё→Е, a hyphen splits).
UPDATE family f SET search_vector = to_tsvector('simple', concat_ws(' ',
    translate(lower(replace(replace((SELECT string_agg(m.surname || ' ' || m.first_name || ' ' || m.patronymic, ' ')
                                     FROM family_member m WHERE m.family_id = f.id), 'ё', 'е'), 'Ё', 'Е')), '-', ' '),
    f.registered_address_key,
    f.actual_address_key,
    (SELECT string_agg(p.digits || CASE WHEN length(p.digits) = 11 THEN ' ' || substr(p.digits, 2) ELSE '' END, ' ')
     FROM family_phone p WHERE p.family_id = f.id)));
