-- The registry's filters at 200,000 families: "has minors" reads one indexed column instead of every family's members.
-- youngest_birth_date is the latest birth date among the family's members, kept by FamilyRepository on every write.
ALTER TABLE family ADD COLUMN youngest_birth_date TEXT;
UPDATE family SET youngest_birth_date = (SELECT MAX(m.birth_date) FROM family_member m WHERE m.family_id = family.id);
CREATE INDEX family_youngest ON family (youngest_birth_date);
CREATE INDEX family_member_family_birth ON family_member (family_id, birth_date);
CREATE INDEX family_registration_open ON family_registration (removed_on, family_id);
