-- Registry filters answered from indexes alone: a family's district with its youngest member, and a category's
-- periods with the family, so that counting 200,000 cards reads no card rows.
CREATE INDEX family_district_youngest ON family (district_id, micro_district_id, youngest_birth_date);
CREATE INDEX family_category_period ON family_category (category, date_from, date_to, family_id);
