-- False-information cases (vụ việc thông tin sai sự thật), their transitions, rebuttals and corrections.

CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE TABLE press_case (
    id                         uuid        PRIMARY KEY,
    outlet_name                text        NOT NULL,
    outlet_id                  uuid,
    medium                     text        NOT NULL,
    url                        text        NOT NULL,
    normalized_url             text        NOT NULL,
    title                      text        NOT NULL,
    published_at               timestamptz NOT NULL,
    excerpt                    text,
    concerned_agency_id        uuid        NOT NULL,
    responsible_agency_id      uuid        NOT NULL,
    responsible_agency_name    text        NOT NULL,
    topic                      text        NOT NULL,
    sensitivity                text        NOT NULL,
    source                     text        NOT NULL,
    state                      text        NOT NULL,
    verification_due_date      date        NOT NULL,
    verdict                    text,
    verdict_reasoning          text,
    evidence_links             text[],
    verdict_at                 timestamptz,
    verdict_by                 text,
    remedy_due_date            date,
    remedy_report              text,
    response_due_date          date,
    correction_due_at          timestamptz,
    overdue_notified_at        timestamptz,
    escalation                 text,
    escalation_note            text,
    outcome                    text,
    closed_at                  timestamptz,
    detected_at                timestamptz NOT NULL,
    detected_by                text        NOT NULL,
    updated_at                 timestamptz NOT NULL,
    updated_by                 text        NOT NULL,
    version                    bigint      NOT NULL DEFAULT 0,
    search_text                text GENERATED ALWAYS AS (lower(f_unaccent(title || ' ' || outlet_name))) STORED,
    CONSTRAINT press_case_normalized_url_unique UNIQUE (normalized_url)
);
-- The list: newest first (detected_at DESC, id DESC, as the query orders), optionally of one agency, state, medium, topic or verdict; search by title/outlet.
CREATE INDEX press_case_detected ON press_case (detected_at DESC, id DESC);
CREATE INDEX press_case_agency_detected ON press_case (responsible_agency_id, detected_at DESC, id DESC);
CREATE INDEX press_case_state_detected ON press_case (state, detected_at DESC, id DESC);
CREATE INDEX press_case_medium_detected ON press_case (medium, detected_at DESC, id DESC);
CREATE INDEX press_case_topic_detected ON press_case (topic, detected_at DESC, id DESC);
CREATE INDEX press_case_verdict ON press_case (verdict) WHERE verdict IS NOT NULL;
CREATE INDEX press_case_search ON press_case USING gin (search_text gin_trgm_ops);
-- The overdue job's scan: cases awaiting a correction whose deadline may have passed.
CREATE INDEX press_case_awaiting_correction ON press_case (correction_due_at)
    WHERE state = 'AWAITING_CORRECTION' AND overdue_notified_at IS NULL;

-- Every state change and reassignment of a case: who, when, why.
CREATE TABLE case_transition (
    id          bigserial   PRIMARY KEY,
    case_id     uuid        NOT NULL REFERENCES press_case (id),
    action      text        NOT NULL,
    from_state  text,
    to_state    text        NOT NULL,
    actor       text        NOT NULL,
    at          timestamptz NOT NULL,
    note        text
);
CREATE INDEX case_transition_case ON case_transition (case_id, id);

-- The rebuttal letter (văn bản phản hồi) of a case: drafted, approved, sent.
CREATE TABLE rebuttal (
    id                   uuid        PRIMARY KEY,
    case_id              uuid        NOT NULL UNIQUE REFERENCES press_case (id),
    status               text        NOT NULL,
    content              text        NOT NULL,
    correct_information  text        NOT NULL,
    drafted_by           text        NOT NULL,
    drafted_at           timestamptz NOT NULL,
    approved_by          text,
    approved_at          timestamptz,
    approval_note        text,
    channel              text,
    document_number      text,
    recipient            text,
    copy_to              text[],
    sent_at              timestamptz,
    sent_by              text,
    on_time              boolean,
    version              bigint      NOT NULL DEFAULT 0
);
-- The public feed: sent rebuttals, newest first.
CREATE INDEX rebuttal_sent ON rebuttal (sent_at DESC, id DESC) WHERE status = 'SENT';

-- The correction (cải chính) the press agency published, with the checks of the Press Law.
CREATE TABLE correction (
    id                           uuid        PRIMARY KEY,
    case_id                      uuid        NOT NULL UNIQUE REFERENCES press_case (id),
    url                          text        NOT NULL,
    published_on                 date        NOT NULL,
    names_corrected_work         boolean     NOT NULL,
    same_position_and_typeface   boolean     NOT NULL,
    kept_online_seven_days       boolean,
    original_removed             boolean,
    compliant                    boolean     NOT NULL,
    on_time                      boolean     NOT NULL,
    note                         text,
    recorded_by                  text        NOT NULL,
    recorded_at                  timestamptz NOT NULL
);
