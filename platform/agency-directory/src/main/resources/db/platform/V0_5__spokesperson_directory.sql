-- Read model of registry's spokesperson events (platform-agency-directory): who speaks for each agency.
-- One row per appointment (HEAD, APPOINTED) or authorization (AUTHORIZED); never deleted, so history
-- questions ("who was the spokesperson on 1 March?") can be answered.
CREATE TABLE spokesperson_reference (
    id          uuid        PRIMARY KEY,
    agency_id   uuid        NOT NULL,
    kind        text        NOT NULL CHECK (kind IN ('HEAD', 'APPOINTED', 'AUTHORIZED')),
    full_name   text        NOT NULL,
    title       text        NOT NULL,
    email       text        NOT NULL,
    phone       text        NOT NULL,
    scope       text,
    valid_from  date        NOT NULL,
    -- first day the person no longer speaks (exclusive); null while open-ended
    valid_until date,
    status      text        NOT NULL CHECK (status IN ('ACTIVE', 'SUPERSEDED', 'REVOKED', 'EXPIRED')),
    changed_at  timestamptz NOT NULL,
    received_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX spokesperson_reference_agency ON spokesperson_reference (agency_id, valid_from DESC);
CREATE INDEX spokesperson_reference_email ON spokesperson_reference (lower(email));
