-- Report requests (công văn yêu cầu báo cáo) and one assignment per target agency.
CREATE TABLE report_request (
    id               uuid        PRIMARY KEY,
    reference        text        NOT NULL,
    issued_on        date        NOT NULL,
    subject          text        NOT NULL,
    subject_search   text        GENERATED ALWAYS AS (lower(f_unaccent(reference || ' ' || subject))) STORED,
    regime_id        uuid        REFERENCES reporting_regime (id),
    regime_code      text,
    period_label     text,
    period_start     date,
    period_end       date,
    due_date         date        NOT NULL,
    indicators       jsonb       NOT NULL,
    assignment_count integer     NOT NULL,
    created_at       timestamptz NOT NULL,
    created_by       text        NOT NULL
);
CREATE INDEX report_request_issued ON report_request (issued_on DESC, id);
-- A regime's period is requested once, even when the generator runs on several replicas.
CREATE UNIQUE INDEX report_request_regime_period ON report_request (regime_id, period_label)
    WHERE regime_id IS NOT NULL AND period_label IS NOT NULL;

CREATE TABLE assignment (
    id                  uuid        PRIMARY KEY,
    request_id          uuid        NOT NULL REFERENCES report_request (id),
    agency_id           uuid        NOT NULL,
    agency_name         text        NOT NULL,
    agency_name_search  text        GENERATED ALWAYS AS (lower(f_unaccent(agency_name))) STORED,
    agency_type         text        NOT NULL,
    state               text        NOT NULL CHECK (state IN ('OPEN', 'SUBMITTED', 'RETURNED', 'RESUBMITTED', 'ACCEPTED')),
    due_date            date        NOT NULL,
    late                boolean     NOT NULL DEFAULT false,
    revision            integer     NOT NULL DEFAULT 0,
    draft               jsonb,
    submitted           jsonb,
    submitted_at        timestamptz,
    submitted_by        text,
    -- once-only markers of the deadline job: set in the statement that publishes the event
    due_soon_noticed_at timestamptz,
    overdue_noticed_at  timestamptz,
    version             bigint      NOT NULL DEFAULT 0,
    updated_at          timestamptz NOT NULL,
    UNIQUE (request_id, agency_id)
);
CREATE INDEX assignment_agency ON assignment (agency_id, request_id);
CREATE INDEX assignment_overdue_scan ON assignment (due_date) WHERE state = 'OPEN' AND overdue_noticed_at IS NULL;
CREATE INDEX assignment_due_soon_scan ON assignment (due_date) WHERE state = 'OPEN' AND due_soon_noticed_at IS NULL;
CREATE INDEX assignment_open_due ON assignment (due_date) WHERE state = 'OPEN';
CREATE INDEX assignment_movable ON assignment (agency_id) WHERE state IN ('OPEN', 'RETURNED');

-- Every state change of an assignment: who, when, why (creation, submissions, returns, acceptance, moves).
CREATE TABLE assignment_transition (
    id            bigserial   PRIMARY KEY,
    assignment_id uuid        NOT NULL REFERENCES assignment (id),
    from_state    text,
    to_state      text        NOT NULL,
    actor         text        NOT NULL,
    at            timestamptz NOT NULL,
    note          text
);
CREATE INDEX assignment_transition_assignment ON assignment_transition (assignment_id, id);

-- Facts from other services' events, for the draft prefill and the compliance score.
CREATE TABLE press_fact (
    event_id     uuid        PRIMARY KEY,
    kind         text        NOT NULL CHECK (kind IN ('FALSE_INFO_FLAGGED', 'REBUTTAL_SENT')),
    case_id      uuid        NOT NULL,
    agency_id    uuid        NOT NULL,
    on_time      boolean,
    occurred_on  date        NOT NULL,
    occurred_at  timestamptz NOT NULL
);
CREATE INDEX press_fact_agency ON press_fact (agency_id, kind, occurred_on);

CREATE TABLE compliance_fact (
    event_id     uuid        PRIMARY KEY,
    kind         text        NOT NULL CHECK (kind IN ('REGULATION_RECORDED', 'TRAINING_ATTENDED')),
    agency_id    uuid        NOT NULL,
    effective_on date        NOT NULL,
    right_person boolean     NOT NULL DEFAULT true,
    recorded_at  timestamptz NOT NULL
);
CREATE INDEX compliance_fact_agency ON compliance_fact (agency_id, kind, effective_on);
