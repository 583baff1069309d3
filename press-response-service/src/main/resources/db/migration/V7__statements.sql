-- Statements (phát ngôn, cung cấp thông tin cho báo chí): every act of providing information to the press, in one of
-- the six forms of Decree 09/2017 Art. 4, linked to what it answers; public ones are served on the public feed.
CREATE TABLE statement (
    id                 uuid        PRIMARY KEY,
    agency_id          uuid        NOT NULL,
    agency_name        text        NOT NULL,
    form               text        NOT NULL CHECK (form IN ('PRESS_CONFERENCE', 'PORTAL_POSTING', 'INTERVIEW', 'WRITTEN_ANSWER',
                                                          'PRESS_BRIEFING', 'PUBLICATION_REQUEST')),
    title              text        NOT NULL,
    content            text        NOT NULL,
    spokesperson_name  text        NOT NULL,
    spokesperson_email text        NOT NULL,
    issued_at          timestamptz NOT NULL,
    press_agencies     text[]      NOT NULL DEFAULT '{}',
    inquiry_id         uuid        REFERENCES press_inquiry (id),
    incident_id        uuid,
    case_id            uuid        REFERENCES press_case (id),
    is_public          boolean     NOT NULL,
    recorded_at        timestamptz NOT NULL,
    recorded_by        text        NOT NULL,
    version            bigint      NOT NULL DEFAULT 0
);
CREATE INDEX statement_agency_issued ON statement (agency_id, issued_at DESC, id DESC);
CREATE INDEX statement_public_issued ON statement (issued_at DESC, id DESC) WHERE is_public;
CREATE INDEX statement_incident ON statement (incident_id) WHERE incident_id IS NOT NULL;
