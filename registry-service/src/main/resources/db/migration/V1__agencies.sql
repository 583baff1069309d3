-- Agencies (cơ quan hành chính nhà nước): current state in agency, every version in agency_version.
-- See docs/adr/0004-agency-versioning.md.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE TABLE agency_type (
    code         text    PRIMARY KEY,
    name         text    NOT NULL,
    retired_from date,
    sort_order   integer NOT NULL
);
INSERT INTO agency_type (code, name, retired_from, sort_order) VALUES
    ('PROVINCE',   'Tỉnh, thành phố trực thuộc trung ương', NULL, 1),
    ('DEPARTMENT', 'Sở, ban, ngành cấp tỉnh', NULL, 2),
    ('DISTRICT',   'Huyện, quận, thị xã, thành phố thuộc tỉnh (bãi bỏ từ 01/7/2025)', DATE '2025-07-01', 3),
    ('COMMUNE',    'Xã, phường, đặc khu', NULL, 4),
    ('OTHER',      'Cơ quan, đơn vị khác', NULL, 5);

CREATE TABLE agency (
    id          uuid        PRIMARY KEY,
    code        text        NOT NULL,
    name        text        NOT NULL,
    name_search text        GENERATED ALWAYS AS (lower(f_unaccent(name))) STORED,
    type_code   text        NOT NULL REFERENCES agency_type (code),
    parent_id   uuid        REFERENCES agency (id),
    status      text        NOT NULL CHECK (status IN ('ACTIVE', 'DISSOLVED')),
    valid_from  date        NOT NULL,
    version     bigint      NOT NULL,
    created_at  timestamptz NOT NULL,
    created_by  text        NOT NULL,
    updated_at  timestamptz NOT NULL,
    updated_by  text        NOT NULL,
    CONSTRAINT agency_code_unique UNIQUE (code),
    CONSTRAINT agency_not_own_parent CHECK (parent_id IS NULL OR parent_id <> id)
);
CREATE INDEX agency_parent ON agency (parent_id);
CREATE INDEX agency_type_code ON agency (type_code);
CREATE INDEX agency_name_search ON agency USING gin (name_search gin_trgm_ops);

-- History is appended, never edited: a change closes the current row (valid_to) and adds a new one.
CREATE TABLE agency_version (
    id             bigserial   PRIMARY KEY,
    agency_id      uuid        NOT NULL REFERENCES agency (id),
    agency_version bigint      NOT NULL,
    code           text        NOT NULL,
    name           text        NOT NULL,
    type_code      text        NOT NULL,
    parent_id      uuid,
    status         text        NOT NULL,
    valid_from     date        NOT NULL,
    valid_to       date,
    recorded_at    timestamptz NOT NULL,
    recorded_by    text        NOT NULL,
    change_note    text,
    CONSTRAINT agency_version_unique UNIQUE (agency_id, agency_version),
    CONSTRAINT agency_version_range CHECK (valid_to IS NULL OR valid_to >= valid_from)
);
CREATE UNIQUE INDEX agency_version_one_current ON agency_version (agency_id) WHERE valid_to IS NULL;
