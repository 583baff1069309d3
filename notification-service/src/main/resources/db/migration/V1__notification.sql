-- notification-service: routing rules, recipients, subscriptions, deliveries, in-app inbox, preferences
-- and the small read models of the daily digest.

-- Which kinds of recipient each event type goes to. Data, not code: press-admin edits it.
CREATE TABLE routing_rule (
    event_type     text NOT NULL,
    recipient_kind text NOT NULL CHECK (recipient_kind IN ('AGENCY', 'DEPARTMENT', 'SUBSCRIBERS')),
    PRIMARY KEY (event_type, recipient_kind)
);

INSERT INTO routing_rule (event_type, recipient_kind) VALUES
    ('vn.gov.pressinfo.reporting.ReportRequested.v1', 'AGENCY'),
    ('vn.gov.pressinfo.reporting.ReportRequested.v1', 'DEPARTMENT'),
    ('vn.gov.pressinfo.reporting.ReportDueSoon.v1', 'AGENCY'),
    ('vn.gov.pressinfo.reporting.ReportDueSoon.v1', 'DEPARTMENT'),
    ('vn.gov.pressinfo.reporting.ReportOverdue.v1', 'AGENCY'),
    ('vn.gov.pressinfo.reporting.ReportOverdue.v1', 'DEPARTMENT'),
    ('vn.gov.pressinfo.reporting.ReportReturned.v1', 'AGENCY'),
    ('vn.gov.pressinfo.reporting.ReportAccepted.v1', 'AGENCY'),
    ('vn.gov.pressinfo.press.FalseInfoFlagged.v1', 'AGENCY'),
    ('vn.gov.pressinfo.press.FalseInfoFlagged.v1', 'DEPARTMENT'),
    ('vn.gov.pressinfo.press.RebuttalSent.v1', 'DEPARTMENT'),
    ('vn.gov.pressinfo.press.CorrectionPublished.v1', 'DEPARTMENT'),
    ('vn.gov.pressinfo.press.CorrectionOverdue.v1', 'DEPARTMENT'),
    ('vn.gov.pressinfo.press.CaseEscalated.v1', 'DEPARTMENT'),
    ('vn.gov.pressinfo.registry.AuthorizationExpired.v1', 'AGENCY');

-- Every event type of the catalogue reaches the webhook subscribers of that type (agency snapshots
-- excepted: registry.agencies.v1 is the platform's agency directory, not a source of notices).
INSERT INTO routing_rule (event_type, recipient_kind)
SELECT t, 'SUBSCRIBERS' FROM unnest(ARRAY[
    'vn.gov.pressinfo.registry.SpokespersonAppointed.v1',
    'vn.gov.pressinfo.registry.SpokespersonRevoked.v1', 'vn.gov.pressinfo.registry.AuthorizationGranted.v1',
    'vn.gov.pressinfo.registry.AuthorizationExpired.v1', 'vn.gov.pressinfo.registry.AgencyReorganized.v1',
    'vn.gov.pressinfo.registry.RegulationRecorded.v1', 'vn.gov.pressinfo.registry.TrainingAttended.v1',
    'vn.gov.pressinfo.reporting.ReportRequested.v1', 'vn.gov.pressinfo.reporting.ReportDueSoon.v1',
    'vn.gov.pressinfo.reporting.ReportOverdue.v1', 'vn.gov.pressinfo.reporting.ReportSubmitted.v1',
    'vn.gov.pressinfo.reporting.ReportReturned.v1', 'vn.gov.pressinfo.reporting.ReportAccepted.v1',
    'vn.gov.pressinfo.press.PressItemDetected.v1', 'vn.gov.pressinfo.press.FalseInfoFlagged.v1',
    'vn.gov.pressinfo.press.RebuttalSent.v1', 'vn.gov.pressinfo.press.CorrectionPublished.v1',
    'vn.gov.pressinfo.press.CorrectionOverdue.v1', 'vn.gov.pressinfo.press.CaseEscalated.v1',
    'vn.gov.pressinfo.press.CaseClosed.v1']) AS t;

-- Officers of the press management department (phòng quản lý báo chí) who receive department notices.
-- While the table is empty, pressinfo.notification.department-emails applies.
CREATE TABLE department_recipient (
    id         uuid PRIMARY KEY,
    email      text NOT NULL,
    full_name  text,
    created_at timestamptz NOT NULL,
    created_by text NOT NULL
);
CREATE UNIQUE INDEX department_recipient_email ON department_recipient (lower(email));

-- Webhook subscriptions of other government systems.
CREATE TABLE subscription (
    id          uuid PRIMARY KEY,
    url         text NOT NULL,
    secret      text NOT NULL,
    description text,
    active      boolean NOT NULL,
    created_at  timestamptz NOT NULL,
    created_by  text NOT NULL,
    updated_at  timestamptz NOT NULL,
    version     integer NOT NULL
);
CREATE TABLE subscription_event_type (
    subscription_id uuid NOT NULL REFERENCES subscription (id) ON DELETE CASCADE,
    event_type      text NOT NULL,
    PRIMARY KEY (subscription_id, event_type)
);

-- One row per consumed event that produced notifications: the CloudEvent as received.
CREATE TABLE notification_event (
    event_id    text PRIMARY KEY,
    event_type  text NOT NULL,
    source      text NOT NULL,
    subject     text,
    event_time  timestamptz,
    data        text NOT NULL,
    received_at timestamptz NOT NULL
);

-- At most one delivery per (event, recipient, channel): the unique key makes duplicates, restarts and
-- replicas harmless.
CREATE TABLE delivery (
    id              uuid PRIMARY KEY,
    event_id        text NOT NULL REFERENCES notification_event (event_id),
    event_type      text NOT NULL,
    channel         text NOT NULL CHECK (channel IN ('EMAIL', 'WEBHOOK', 'INBOX')),
    recipient       text NOT NULL,
    recipient_kind  text NOT NULL,
    agency_id       uuid,
    status          text NOT NULL CHECK (status IN ('PENDING', 'SENDING', 'RETRYING', 'SENT', 'FAILED')),
    attempts        integer NOT NULL DEFAULT 0,
    next_attempt_at timestamptz NOT NULL,
    lease_until     timestamptz,
    last_error      text,
    created_at      timestamptz NOT NULL,
    updated_at      timestamptz NOT NULL,
    sent_at         timestamptz,
    CONSTRAINT delivery_once UNIQUE (event_id, recipient, channel)
);
CREATE INDEX delivery_due ON delivery (next_attempt_at) WHERE status IN ('PENDING', 'RETRYING', 'SENDING');
CREATE INDEX delivery_created ON delivery (created_at DESC, id);

CREATE TABLE delivery_attempt (
    id          bigserial PRIMARY KEY,
    delivery_id uuid NOT NULL REFERENCES delivery (id),
    attempt     integer NOT NULL,
    started_at  timestamptz NOT NULL,
    finished_at timestamptz NOT NULL,
    outcome     text NOT NULL CHECK (outcome IN ('SENT', 'RETRYING', 'FAILED')),
    error       text
);
CREATE INDEX delivery_attempt_delivery ON delivery_attempt (delivery_id, attempt);

-- The in-app inbox: an agency's items (agency_id set) or the department's (agency_id null).
CREATE TABLE inbox_item (
    id          uuid PRIMARY KEY,
    audience    text NOT NULL,
    agency_id   uuid,
    event_id    text NOT NULL,
    event_type  text NOT NULL,
    title       text NOT NULL,
    summary     text NOT NULL,
    created_at  timestamptz NOT NULL,
    read_at     timestamptz,
    read_by     text,
    CONSTRAINT inbox_item_once UNIQUE (event_id, audience)
);
CREATE INDEX inbox_item_audience ON inbox_item (audience, created_at DESC, id);

-- A recipient (an agency or the department) muted one channel for one event type.
CREATE TABLE preference (
    id         uuid PRIMARY KEY,
    audience   text NOT NULL,
    event_type text NOT NULL,
    channel    text NOT NULL CHECK (channel IN ('EMAIL', 'INBOX')),
    created_at timestamptz NOT NULL,
    created_by text NOT NULL,
    CONSTRAINT preference_once UNIQUE (audience, event_type, channel)
);

-- Read models of the daily digest, kept by the consumer.
CREATE TABLE overdue_assignment (
    assignment_id uuid PRIMARY KEY,
    agency_id     uuid NOT NULL,
    agency_name   text,
    reference     text,
    subject       text,
    due_date      date,
    detected_at   timestamptz
);
CREATE TABLE open_case (
    case_id           uuid PRIMARY KEY,
    agency_id         uuid,
    agency_name       text,
    outlet_name       text,
    title             text,
    url               text,
    verdict           text,
    response_due_date date,
    flagged_at        timestamptz
);
-- One digest per business day, whichever replica gets there first.
CREATE TABLE digest (
    digest_date date PRIMARY KEY,
    event_id    text NOT NULL,
    created_at  timestamptz NOT NULL,
    overdue_count integer NOT NULL,
    open_case_count integer NOT NULL
);
