-- The protocols of a support case (issue 4): a case conference, the centre's commission or the juvenile affairs
-- commission met about the family and decided to take it on, change the plan or the level, or end support.
CREATE TABLE case_protocol (
    id ${ID},
    case_id BIGINT NOT NULL REFERENCES support_case (id),
    protocol_no TEXT NOT NULL,
    protocol_date TEXT NOT NULL,
    kind TEXT NOT NULL,
    participants TEXT NOT NULL DEFAULT '',
    body TEXT NOT NULL DEFAULT '',
    decision TEXT NOT NULL,
    decision_text TEXT NOT NULL DEFAULT '',
    created_by BIGINT NOT NULL REFERENCES app_user (id),
    created_at BIGINT NOT NULL
);

CREATE INDEX case_protocol_case ON case_protocol (case_id, protocol_date, id);

-- The completion mark of a plan item: what was done, beside the day (done_on).
ALTER TABLE plan_item ADD COLUMN done_note TEXT NOT NULL DEFAULT '';

-- The open and overdue items of each case, counted for the case lists without reading the items.
CREATE INDEX plan_item_case_status ON plan_item (case_id, status, due_date);
