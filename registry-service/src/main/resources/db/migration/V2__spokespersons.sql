-- Spokespersons (người phát ngôn), authorizations (người được ủy quyền phát ngôn), the audit trail and
-- the public directory. See docs/adr/0006-spokespersons-and-authorizations.md.
CREATE EXTENSION IF NOT EXISTS btree_gist;

-- Who changed what, when: one row per change of any registry entity, written by the service in the
-- transaction of the change. changes = {"field": {"from": …, "to": …}, …}.
CREATE TABLE audit_entry (
    id             bigserial   PRIMARY KEY,
    entity_type    text        NOT NULL,
    entity_id      uuid        NOT NULL,
    entity_version bigint      NOT NULL,
    action         text        NOT NULL,
    actor          text        NOT NULL,
    at             timestamptz NOT NULL,
    changes        jsonb       NOT NULL DEFAULT '{}'::jsonb
);
CREATE INDEX audit_entry_entity ON audit_entry (entity_type, entity_id, id);

-- The head (HEAD) or appointed spokesperson (APPOINTED) of an agency over [valid_from, valid_to):
-- valid_to is exclusive (the day a successor starts or a revocation takes effect), null while open.
-- Rows are never deleted; a new appointment supersedes the current one by ending it.
CREATE TABLE spokesperson (
    id                       uuid        PRIMARY KEY,
    agency_id                uuid        NOT NULL REFERENCES agency (id),
    kind                     text        NOT NULL CHECK (kind IN ('HEAD', 'APPOINTED')),
    full_name                text        NOT NULL,
    name_search              text        GENERATED ALWAYS AS (lower(f_unaccent(full_name))) STORED,
    title                    text        NOT NULL,
    phone                    text        NOT NULL,
    email                    text        NOT NULL,
    document_number          text        NOT NULL,
    document_date            date        NOT NULL,
    document_signer          text        NOT NULL,
    valid_from               date        NOT NULL,
    valid_to                 date,
    status                   text        NOT NULL CHECK (status IN ('ACTIVE', 'SUPERSEDED', 'REVOKED')),
    -- Deferred: the successor is inserted after its predecessor is closed, in the same transaction.
    superseded_by            uuid        REFERENCES spokesperson (id) DEFERRABLE INITIALLY DEFERRED,
    revocation_reason        text,
    revoked_at               timestamptz,
    revoked_by               text,
    department_notified_at   timestamptz,
    department_document      text,
    version                  bigint      NOT NULL,
    created_at               timestamptz NOT NULL,
    created_by               text        NOT NULL,
    updated_at               timestamptz NOT NULL,
    updated_by               text        NOT NULL,
    -- valid_to = valid_from only for an appointment revoked before it began (an empty range).
    CONSTRAINT spokesperson_range CHECK (valid_to IS NULL OR valid_to >= valid_from),
    -- At most one head-or-appointed spokesperson per agency on any day.
    CONSTRAINT spokesperson_one_at_a_time
        EXCLUDE USING gist (agency_id WITH =, daterange(valid_from, valid_to, '[)') WITH &&)
);
CREATE INDEX spokesperson_name_search ON spokesperson USING gin (name_search gin_trgm_ops);

-- An authorization to speak on one matter, valid from valid_from THROUGH valid_to (inclusive, the
-- end date the authorizing document states). ACTIVE → EXPIRED (by the expiry job once the day after
-- valid_to has begun in Asia/Ho_Chi_Minh) or ACTIVE → REVOKED.
CREATE TABLE spokesperson_authorization (
    id                 uuid        PRIMARY KEY,
    agency_id          uuid        NOT NULL REFERENCES agency (id),
    full_name          text        NOT NULL,
    name_search        text        GENERATED ALWAYS AS (lower(f_unaccent(full_name))) STORED,
    title              text        NOT NULL,
    phone              text        NOT NULL,
    email              text        NOT NULL,
    scope              text        NOT NULL CHECK (length(scope) BETWEEN 1 AND 1000),
    document_number    text        NOT NULL,
    document_date      date        NOT NULL,
    document_signer    text        NOT NULL,
    valid_from         date        NOT NULL,
    valid_to           date        NOT NULL,
    status             text        NOT NULL CHECK (status IN ('ACTIVE', 'EXPIRED', 'REVOKED')),
    revoked_from       date,
    revocation_reason  text,
    version            bigint      NOT NULL,
    created_at         timestamptz NOT NULL,
    created_by         text        NOT NULL,
    updated_at         timestamptz NOT NULL,
    updated_by         text        NOT NULL,
    CONSTRAINT spokesperson_authorization_range CHECK (valid_to >= valid_from)
);
CREATE INDEX spokesperson_authorization_agency ON spokesperson_authorization (agency_id, valid_from DESC);
-- The expiry job's search: active authorizations by end date.
CREATE INDEX spokesperson_authorization_due ON spokesperson_authorization (valid_to) WHERE status = 'ACTIVE';
CREATE INDEX spokesperson_authorization_name_search ON spokesperson_authorization USING gin (name_search gin_trgm_ops);

-- The public directory: every head-or-appointed spokesperson and every active authorization of the
-- active agencies, with
-- only public fields and one way to say "in force on :today": valid_from <= :today < ends_on
-- (ends_on exclusive, null when open-ended). Queried with today's date in Asia/Ho_Chi_Minh.
-- sort_rank lists an agency's spokesperson before its authorized persons.
CREATE VIEW public_directory_entry AS
SELECT s.id, s.agency_id, a.name AS agency_name, a.type_code AS agency_type, s.kind, s.full_name, s.name_search,
       s.title, s.phone, s.email, NULL::text AS scope, s.valid_from, s.valid_to AS ends_on, s.updated_at, 0 AS sort_rank
FROM spokesperson s JOIN agency a ON a.id = s.agency_id
WHERE a.status = 'ACTIVE'
UNION ALL
SELECT z.id, z.agency_id, a.name, a.type_code, 'AUTHORIZED', z.full_name, z.name_search,
       z.title, z.phone, z.email, z.scope, z.valid_from, z.valid_to + 1, z.updated_at, 1
FROM spokesperson_authorization z JOIN agency a ON a.id = z.agency_id
WHERE z.status = 'ACTIVE' AND a.status = 'ACTIVE';
