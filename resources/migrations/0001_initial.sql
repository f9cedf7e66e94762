-- The first schema: users and roles, problem categories, the hotline journal and its change history.
-- Written in the SQL that SQLite 3.40 and PostgreSQL 15 both accept; ${ID} is the dialect's auto-increment key.
-- Times are UTC seconds since the epoch.

CREATE TABLE app_user (
    id ${ID},
    login TEXT NOT NULL UNIQUE,
    full_name TEXT NOT NULL,
    password_hash TEXT NOT NULL,
    active BOOLEAN NOT NULL DEFAULT TRUE,
    created_at BIGINT NOT NULL,
    created_by BIGINT REFERENCES app_user (id)
);

CREATE TABLE user_role (
    user_id BIGINT NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    role TEXT NOT NULL,
    PRIMARY KEY (user_id, role)
);

CREATE TABLE problem_category (
    id ${ID},
    title TEXT NOT NULL UNIQUE,
    position INTEGER NOT NULL,
    active BOOLEAN NOT NULL DEFAULT TRUE
);

-- The last registration number given in each year: a row lock on it keeps numbers unique and gapless.
CREATE TABLE journal_counter (
    reg_year INTEGER PRIMARY KEY,
    last_no INTEGER NOT NULL
);

CREATE TABLE journal_entry (
    id ${ID},
    reg_year INTEGER NOT NULL,
    reg_no INTEGER NOT NULL,
    received_at BIGINT NOT NULL,
    channel TEXT NOT NULL,
    line TEXT NOT NULL DEFAULT '',
    caller_type TEXT NOT NULL,
    anonymous BOOLEAN NOT NULL DEFAULT FALSE,
    applicant_name TEXT NOT NULL DEFAULT '',
    applicant_phone TEXT NOT NULL DEFAULT '',
    phone_digits TEXT NOT NULL DEFAULT '',
    referring_agency TEXT NOT NULL DEFAULT '',
    referring_doc_no TEXT NOT NULL DEFAULT '',
    category_id BIGINT REFERENCES problem_category (id),
    urgency TEXT NOT NULL,
    summary TEXT NOT NULL DEFAULT '',
    action_taken TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL,
    disposition TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    created_by BIGINT NOT NULL REFERENCES app_user (id),
    updated_at BIGINT NOT NULL,
    updated_by BIGINT NOT NULL REFERENCES app_user (id),
    version INTEGER NOT NULL DEFAULT 1,
    UNIQUE (reg_year, reg_no)
);

CREATE INDEX journal_entry_received ON journal_entry (received_at, id);
CREATE INDEX journal_entry_category ON journal_entry (category_id, received_at);
CREATE INDEX journal_entry_status ON journal_entry (status, received_at);
CREATE INDEX journal_entry_channel ON journal_entry (channel, received_at);
CREATE INDEX journal_entry_dispatcher ON journal_entry (created_by, received_at);
CREATE INDEX journal_entry_phone ON journal_entry (phone_digits);

-- Who changed which fields of an entry, when, and from what to what (one line per field).
CREATE TABLE journal_entry_change (
    id ${ID},
    entry_id BIGINT NOT NULL REFERENCES journal_entry (id) ON DELETE CASCADE,
    changed_at BIGINT NOT NULL,
    changed_by BIGINT NOT NULL REFERENCES app_user (id),
    changes TEXT NOT NULL
);

CREATE INDEX journal_entry_change_entry ON journal_entry_change (entry_id, changed_at);

INSERT INTO problem_category (title, position) VALUES
    ('Кризис супружеских отношений', 1),
    ('Детско-родительские отношения', 2),
    ('Правовая помощь', 3),
    ('Социальные выплаты и меры поддержки', 4),
    ('Трудоустройство', 5),
    ('Жилищные вопросы', 6),
    ('Насилие в семье', 7),
    ('Зависимости', 8),
    ('Поведение ребёнка и зависимость от гаджетов', 9),
    ('Инвалидность', 10),
    ('Прочее', 11);
