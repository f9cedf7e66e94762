-- The support case after the handoff (issue 4): its basis and level, the contract on social support, closure with an
-- outcome, and the individual support plan (индивидуальный план сопровождения) as items with due dates.
ALTER TABLE support_case ADD COLUMN basis TEXT NOT NULL DEFAULT '';
ALTER TABLE support_case ADD COLUMN level TEXT NOT NULL DEFAULT '';
ALTER TABLE support_case ADD COLUMN contract_no TEXT NOT NULL DEFAULT '';
ALTER TABLE support_case ADD COLUMN contract_date TEXT;
ALTER TABLE support_case ADD COLUMN contract_until TEXT;
ALTER TABLE support_case ADD COLUMN outcome TEXT;
ALTER TABLE support_case ADD COLUMN closing_reason TEXT NOT NULL DEFAULT '';

CREATE TABLE plan_item (
    id ${ID},
    case_id BIGINT NOT NULL REFERENCES support_case (id),
    position INTEGER NOT NULL,
    section TEXT NOT NULL DEFAULT '',
    activity TEXT NOT NULL,
    responsible_id BIGINT REFERENCES app_user (id),
    partner TEXT NOT NULL DEFAULT '',
    volume TEXT NOT NULL DEFAULT '',
    due_date TEXT NOT NULL,
    status TEXT NOT NULL,
    done_on TEXT,
    notes TEXT NOT NULL DEFAULT ''
);

CREATE INDEX plan_item_case ON plan_item (case_id, position);
CREATE INDEX plan_item_due ON plan_item (status, due_date);
