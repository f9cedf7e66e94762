-- Every column the registry filters a card on, in one narrow index: a count or a page under any mix of district,
-- micro-district, special attention, minors and curator reads this index instead of the wide card rows. It takes over
-- from the two indexes that were its prefixes.
DROP INDEX family_district_youngest;
DROP INDEX family_district;
CREATE INDEX family_facets ON family (district_id, micro_district_id, special_attention, youngest_birth_date, curator_id);
