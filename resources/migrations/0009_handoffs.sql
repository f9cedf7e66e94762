-- Handoffs of a family from the dispatcher to a case curator, with every move they made, and the support cases that an
-- accepted handoff opens (issue 4; the contract, the plan and the protocols come on top of support_case).
-- Times are UTC seconds since the epoch.

-- The last case number given in each year.
CREATE TABLE case_counter (
    case_year INTEGER PRIMARY KEY,
    last_no INTEGER NOT NULL
);

CREATE TABLE support_case (
    id ${ID},
    case_year INTEGER NOT NULL,
    case_seq INTEGER NOT NULL,
    case_no TEXT NOT NULL UNIQUE,
    family_id BIGINT REFERENCES family (id),
    entry_id BIGINT REFERENCES journal_entry (id),
    curator_id BIGINT NOT NULL REFERENCES app_user (id),
    opened_at BIGINT NOT NULL,
    closed_at BIGINT,
    version INTEGER NOT NULL DEFAULT 1,
    UNIQUE (case_year, case_seq)
);

CREATE INDEX support_case_curator ON support_case (curator_id, closed_at);
CREATE INDEX support_case_family ON support_case (family_id);

CREATE TABLE handoff (
    id ${ID},
    entry_id BIGINT NOT NULL REFERENCES journal_entry (id),
    family_id BIGINT REFERENCES family (id),
    offered_by BIGINT NOT NULL REFERENCES app_user (id),
    curator_id BIGINT REFERENCES app_user (id), -- NULL: offered to the curators' queue
    note TEXT NOT NULL DEFAULT '',
    deadline BIGINT NOT NULL,
    state TEXT NOT NULL,
    case_id BIGINT REFERENCES support_case (id),
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1
);

CREATE INDEX handoff_state ON handoff (state, curator_id, deadline);
CREATE INDEX handoff_entry ON handoff (entry_id);
CREATE INDEX handoff_offered_by ON handoff (offered_by, state);

-- Every move of a handoff, its creation included (from_state NULL): who (NULL: the clock), when, why.
CREATE TABLE handoff_transition (
    id ${ID},
    handoff_id BIGINT NOT NULL REFERENCES handoff (id),
    at BIGINT NOT NULL,
    by_user BIGINT REFERENCES app_user (id),
    action TEXT NOT NULL,
    from_state TEXT,
    to_state TEXT NOT NULL,
    curator_id BIGINT REFERENCES app_user (id),
    reason TEXT NOT NULL DEFAULT ''
);

CREATE INDEX handoff_transition_handoff ON handoff_transition (handoff_id, at, id);
