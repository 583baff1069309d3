-- Issue 3 (reorganisation slice): agency reorganisations (merge, split, rename, dissolution) with their
-- predecessor -> successor links, and dated roles held by agencies (the press management department).
-- See docs/adr/0006-agency-reorganisation.md.
CREATE EXTENSION IF NOT EXISTS btree_gist;

-- One reorganisation (sắp xếp, tổ chức lại) ordered by one legal-basis document.
CREATE TABLE reorganisation (
    id              uuid        PRIMARY KEY,
    kind            text        NOT NULL CHECK (kind IN ('MERGE', 'SPLIT', 'RENAME', 'DISSOLVE')),
    effective_date  date        NOT NULL,
    document_number text        NOT NULL,
    document_date   date        NOT NULL,
    document_signer text        NOT NULL,
    note            text,
    recorded_at     timestamptz NOT NULL,
    recorded_by     text        NOT NULL
);
CREATE INDEX reorganisation_effective ON reorganisation (effective_date DESC, recorded_at DESC);

-- Every agency a reorganisation touched, in the role it had, with its code and name as the
-- reorganisation left them (previous_* only for a rename).
CREATE TABLE reorganisation_participant (
    reorganisation_id uuid    NOT NULL REFERENCES reorganisation (id),
    agency_id         uuid    NOT NULL REFERENCES agency (id),
    role              text    NOT NULL CHECK (role IN ('PREDECESSOR', 'SUCCESSOR', 'RENAMED')),
    position          integer NOT NULL,
    created           boolean NOT NULL,
    code              text    NOT NULL,
    name              text    NOT NULL,
    previous_code     text,
    previous_name     text,
    PRIMARY KEY (reorganisation_id, agency_id)
);
CREATE INDEX reorganisation_participant_agency ON reorganisation_participant (agency_id);

-- Predecessor -> successor: where the work of an agency that ended went.
CREATE TABLE reorganisation_link (
    reorganisation_id uuid NOT NULL REFERENCES reorganisation (id),
    predecessor_id    uuid NOT NULL REFERENCES agency (id),
    successor_id      uuid NOT NULL REFERENCES agency (id),
    PRIMARY KEY (reorganisation_id, predecessor_id, successor_id),
    CONSTRAINT reorganisation_link_not_self CHECK (predecessor_id <> successor_id)
);
CREATE INDEX reorganisation_link_predecessor ON reorganisation_link (predecessor_id);
CREATE INDEX reorganisation_link_successor ON reorganisation_link (successor_id);

-- Dated roles (e.g. the press management department of the province): at most one holder per role on
-- any date. valid_to is exclusive, null while the holder is current.
CREATE TABLE agency_role (
    id              bigserial   PRIMARY KEY,
    role            text        NOT NULL CHECK (role IN ('PRESS_MANAGEMENT_DEPARTMENT')),
    agency_id       uuid        NOT NULL REFERENCES agency (id),
    valid_from      date        NOT NULL,
    valid_to        date,
    document_number text        NOT NULL,
    document_date   date        NOT NULL,
    document_signer text        NOT NULL,
    recorded_at     timestamptz NOT NULL,
    recorded_by     text        NOT NULL,
    CONSTRAINT agency_role_range CHECK (valid_to IS NULL OR valid_to > valid_from),
    CONSTRAINT agency_role_one_holder EXCLUDE USING gist (role WITH =, daterange(valid_from, valid_to, '[)') WITH &&)
);
CREATE INDEX agency_role_agency ON agency_role (agency_id);
