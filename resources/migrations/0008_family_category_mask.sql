-- The registry's category filter without a search per family: category_mask holds a bit for every category a card may
-- hold from the day it was computed on (periods not yet ended, future ones too), and category_mask_exact_until the
-- last day on which the mask is exactly the categories held ('9999-12-31' when every period is open-ended). A row
-- past that day is checked against its periods, and is computed again by FamilyRepository::refreshCategoryMasks.
-- Every card starts out past it, with all bits set, so that nothing is missed until it is computed.
ALTER TABLE family ADD COLUMN category_mask BIGINT NOT NULL DEFAULT -1;
ALTER TABLE family ADD COLUMN category_mask_exact_until TEXT NOT NULL DEFAULT '0000-01-01';
DROP INDEX family_facets;
DROP INDEX family_youngest;
DROP INDEX family_category_family;
CREATE INDEX family_facets ON family (district_id, micro_district_id, special_attention, youngest_birth_date, curator_id,
                                      category_mask, category_mask_exact_until);
CREATE INDEX family_category_mask_stale ON family (category_mask_exact_until);
CREATE INDEX family_category_family ON family_category (family_id, category, date_from, date_to);
