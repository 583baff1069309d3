-- Read model of registry's agency snapshots (platform-agency-directory). Keeps the highest version.
CREATE TABLE agency_reference (
    id          uuid        PRIMARY KEY,
    version     bigint      NOT NULL,
    code        text        NOT NULL,
    name        text        NOT NULL,
    name_search text        GENERATED ALWAYS AS (lower(f_unaccent(name))) STORED,
    type_code   text        NOT NULL,
    parent_id   uuid,
    status      text        NOT NULL,
    valid_from  date        NOT NULL,
    changed_at  timestamptz NOT NULL,
    received_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX agency_reference_parent ON agency_reference (parent_id);
CREATE INDEX agency_reference_type ON agency_reference (type_code);
