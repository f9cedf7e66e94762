-- The family card and the registry around it (issue 3): districts and micro-districts, families with their phones,
-- members, categories, needs and registration history, the link from journal entries, and the audit log.
-- Dates are TEXT 'YYYY-MM-DD'; times are UTC seconds since the epoch.

CREATE TABLE district (
    id ${ID},
    name TEXT NOT NULL UNIQUE,
    position INTEGER NOT NULL
);

CREATE TABLE micro_district (
    id ${ID},
    district_id BIGINT NOT NULL REFERENCES district (id),
    name TEXT NOT NULL,
    position INTEGER NOT NULL,
    specialist_id BIGINT REFERENCES app_user (id),
    UNIQUE (district_id, name)
);

-- Seed 000 (Tyumen): 4 districts × 4 micro-districts; an administrator renames them and assigns the specialists.
INSERT INTO district (name, position) VALUES
    ('Центральный', 1),
    ('Калининский', 2),
    ('Ленинский', 3),
    ('Восточный', 4);
INSERT INTO micro_district (district_id, name, position) SELECT id, 'Микроучасток 1', 1 FROM district;
INSERT INTO micro_district (district_id, name, position) SELECT id, 'Микроучасток 2', 2 FROM district;
INSERT INTO micro_district (district_id, name, position) SELECT id, 'Микроучасток 3', 3 FROM district;
INSERT INTO micro_district (district_id, name, position) SELECT id, 'Микроучасток 4', 4 FROM district;

-- The last card number given in each year: a row lock on it keeps numbers unique and gapless.
CREATE TABLE family_counter (
    card_year INTEGER PRIMARY KEY,
    last_no INTEGER NOT NULL
);

-- The *_key columns hold the folded address (TextFold, AddressKey) for duplicate detection.
CREATE TABLE family (
    id ${ID},
    card_year INTEGER NOT NULL,
    card_seq INTEGER NOT NULL,
    card_no TEXT NOT NULL UNIQUE,
    district_id BIGINT REFERENCES district (id),
    micro_district_id BIGINT REFERENCES micro_district (id),
    registered_address TEXT NOT NULL DEFAULT '',
    registered_address_key TEXT NOT NULL DEFAULT '',
    actual_address TEXT NOT NULL DEFAULT '',
    actual_address_key TEXT NOT NULL DEFAULT '',
    housing_notes TEXT NOT NULL DEFAULT '',
    income_notes TEXT NOT NULL DEFAULT '',
    special_attention BOOLEAN NOT NULL DEFAULT FALSE,
    curator_id BIGINT REFERENCES app_user (id),
    created_at BIGINT NOT NULL,
    created_by BIGINT NOT NULL REFERENCES app_user (id),
    updated_at BIGINT NOT NULL,
    updated_by BIGINT NOT NULL REFERENCES app_user (id),
    version INTEGER NOT NULL DEFAULT 1,
    UNIQUE (card_year, card_seq)
);

CREATE INDEX family_created ON family (created_at, id);
CREATE INDEX family_district ON family (district_id, micro_district_id);
CREATE INDEX family_curator ON family (curator_id);
CREATE INDEX family_registered_address ON family (registered_address_key);
CREATE INDEX family_actual_address ON family (actual_address_key);

CREATE TABLE family_phone (
    id ${ID},
    family_id BIGINT NOT NULL REFERENCES family (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    phone TEXT NOT NULL,
    digits TEXT NOT NULL
);

CREATE INDEX family_phone_digits ON family_phone (digits);
CREATE INDEX family_phone_family ON family_phone (family_id);

CREATE TABLE family_member (
    id ${ID},
    family_id BIGINT NOT NULL REFERENCES family (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    surname TEXT NOT NULL DEFAULT '',
    first_name TEXT NOT NULL DEFAULT '',
    patronymic TEXT NOT NULL DEFAULT '',
    surname_key TEXT NOT NULL DEFAULT '',
    birth_date TEXT,
    sex TEXT,
    relation TEXT NOT NULL,
    school_or_work TEXT NOT NULL DEFAULT '',
    disability BOOLEAN NOT NULL DEFAULT FALSE,
    legal_representative BOOLEAN NOT NULL DEFAULT FALSE,
    snils TEXT NOT NULL DEFAULT ''
);

CREATE INDEX family_member_family ON family_member (family_id, position);
CREATE INDEX family_member_surname ON family_member (surname_key);
CREATE INDEX family_member_birth ON family_member (birth_date);

CREATE TABLE family_category (
    id ${ID},
    family_id BIGINT NOT NULL REFERENCES family (id) ON DELETE CASCADE,
    category TEXT NOT NULL,
    date_from TEXT NOT NULL,
    date_to TEXT
);

CREATE INDEX family_category_family ON family_category (family_id);
CREATE INDEX family_category_code ON family_category (category, family_id);

-- Обстоятельства нуждаемости (442-ФЗ, ст. 15).
CREATE TABLE family_need (
    family_id BIGINT NOT NULL REFERENCES family (id) ON DELETE CASCADE,
    need TEXT NOT NULL,
    PRIMARY KEY (family_id, need)
);

-- Registration (учёт) as a history: a family is on the register while one of its rows has no removed_on.
CREATE TABLE family_registration (
    id ${ID},
    family_id BIGINT NOT NULL REFERENCES family (id) ON DELETE CASCADE,
    registered_on TEXT NOT NULL,
    basis TEXT NOT NULL,
    removed_on TEXT,
    removal_reason TEXT,
    removal_note TEXT NOT NULL DEFAULT '',
    created_at BIGINT NOT NULL,
    created_by BIGINT NOT NULL REFERENCES app_user (id),
    removed_at BIGINT,
    removed_by BIGINT REFERENCES app_user (id)
);

CREATE INDEX family_registration_family ON family_registration (family_id, removed_on);

ALTER TABLE journal_entry ADD COLUMN family_id BIGINT REFERENCES family (id);
CREATE INDEX journal_entry_family ON journal_entry (family_id, received_at);

-- Who viewed or changed which personal data, when and from which workstation. Append-only: the console never
-- updates or deletes a row.
CREATE TABLE audit_log (
    id ${ID},
    at BIGINT NOT NULL,
    user_id BIGINT REFERENCES app_user (id),
    workstation TEXT NOT NULL DEFAULT '',
    action TEXT NOT NULL,
    object_type TEXT NOT NULL,
    object_id BIGINT,
    details TEXT NOT NULL DEFAULT ''
);

CREATE INDEX audit_log_at ON audit_log (at, id);
CREATE INDEX audit_log_object ON audit_log (object_type, object_id, at);
CREATE INDEX audit_log_user ON audit_log (user_id, at);
