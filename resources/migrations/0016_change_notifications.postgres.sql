-- Live updates between workstations (issue 7): every row changed in a table the other workstations show tells them
-- so on the channel zabota_change, with the table's name. The server sends a message when the transaction commits,
-- once per table however many rows changed (it drops repeats of the same message in one transaction); a rolled back
-- change and a statement that changed no row tell nobody, so that a window which writes when it reloads (the handoff
-- inbox escalates what is late) cannot make the others reload for ever.
-- (Each statement below ends its last line with ';' alone: the migration runner splits statements there.)
CREATE FUNCTION zabota_notify_change() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN PERFORM pg_notify('zabota_change', TG_TABLE_NAME); RETURN NULL; END $$;

CREATE TRIGGER journal_entry_notify AFTER INSERT OR UPDATE OR DELETE ON journal_entry
    FOR EACH ROW EXECUTE FUNCTION zabota_notify_change();
CREATE TRIGGER handoff_notify AFTER INSERT OR UPDATE OR DELETE ON handoff
    FOR EACH ROW EXECUTE FUNCTION zabota_notify_change();
CREATE TRIGGER support_case_notify AFTER INSERT OR UPDATE OR DELETE ON support_case
    FOR EACH ROW EXECUTE FUNCTION zabota_notify_change();
CREATE TRIGGER plan_item_notify AFTER INSERT OR UPDATE OR DELETE ON plan_item
    FOR EACH ROW EXECUTE FUNCTION zabota_notify_change();
CREATE TRIGGER family_notify AFTER INSERT OR UPDATE OR DELETE ON family
    FOR EACH ROW EXECUTE FUNCTION zabota_notify_change();
CREATE TRIGGER family_member_notify AFTER INSERT OR UPDATE OR DELETE ON family_member
    FOR EACH ROW EXECUTE FUNCTION zabota_notify_change();
