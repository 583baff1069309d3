-- Incidents (vụ việc đột xuất, bất thường) and periodic duties to inform the press (Decree 09/2017).

-- The lead agency's initial statement is due after a dated rule: 24 hours from the event becoming known by default.
INSERT INTO deadline_rule (id, kind, medium, amount, unit, effective_from, legal_basis, created_by, created_at) VALUES
 (gen_random_uuid(), 'INITIAL_STATEMENT', NULL, 24, 'HOURS', DATE '2017-01-31',
  'Nghị định 09/2017/NĐ-CP (Decree 09/2017): phát ngôn ban đầu về vụ việc đột xuất, bất thường chậm nhất 24 giờ kể từ khi xảy ra',
  'migration', now());

-- Per-agency overrides of the initial statement deadline, dated like the rules: the latest effective on the day the
-- event became known applies.
CREATE TABLE initial_statement_override (
    id              uuid        PRIMARY KEY,
    agency_id       uuid        NOT NULL,
    hours           integer     NOT NULL CHECK (hours BETWEEN 1 AND 720),
    effective_from  date        NOT NULL,
    legal_basis     text        NOT NULL,
    created_by      text        NOT NULL,
    created_at      timestamptz NOT NULL,
    CONSTRAINT initial_statement_override_unique UNIQUE (agency_id, effective_from)
);

CREATE TABLE incident (
    id                        uuid        PRIMARY KEY,
    summary                   text        NOT NULL,
    severity                  text        NOT NULL CHECK (severity IN ('SERIOUS', 'VERY_SERIOUS', 'ESPECIALLY_SERIOUS')),
    occurred_at               timestamptz NOT NULL,
    known_at                  timestamptz NOT NULL,
    lead_agency_id            uuid        NOT NULL,
    lead_agency_name          text        NOT NULL,
    coordinating_agency_ids   uuid[]      NOT NULL DEFAULT '{}',
    initial_statement_due_at  timestamptz NOT NULL,
    deadline_basis            text        NOT NULL,
    -- Marker of the once-only InitialStatementOverdue notice.
    overdue_notified_at       timestamptz,
    registered_at             timestamptz NOT NULL,
    registered_by             text        NOT NULL,
    version                   bigint      NOT NULL DEFAULT 0
);
CREATE INDEX incident_known ON incident (known_at DESC, id DESC);
CREATE INDEX incident_lead ON incident (lead_agency_id);
CREATE INDEX incident_coordinating ON incident USING gin (coordinating_agency_ids);
CREATE INDEX incident_unnoticed_due ON incident (initial_statement_due_at) WHERE overdue_notified_at IS NULL;

-- Periodic duties: who informs the press how often. A rule names one agency, or every active agency of a type of the
-- agency directory (e.g. PROVINCE, the provincial People's Committee).
CREATE TABLE press_duty (
    id              uuid        PRIMARY KEY,
    agency_id       uuid,
    agency_type     text,
    name            text        NOT NULL,
    frequency       text        NOT NULL CHECK (frequency IN ('MONTHLY', 'QUARTERLY')),
    forms           text[]      NOT NULL,
    min_count       integer     NOT NULL DEFAULT 1 CHECK (min_count > 0),
    effective_from  date        NOT NULL,
    effective_to    date,
    legal_basis     text        NOT NULL,
    created_by      text        NOT NULL,
    created_at      timestamptz NOT NULL,
    CONSTRAINT press_duty_target CHECK ((agency_id IS NULL) <> (agency_type IS NULL)),
    CONSTRAINT press_duty_dates CHECK (effective_to IS NULL OR effective_to >= effective_from)
);

-- One notice per duty, agency and closed period: inserted with ON CONFLICT DO NOTHING in the transaction of the
-- PressDutyMissed outbox row.
CREATE TABLE press_duty_notice (
    duty_id       uuid        NOT NULL REFERENCES press_duty (id),
    agency_id     uuid        NOT NULL,
    period_label  text        NOT NULL,
    noticed_at    timestamptz NOT NULL,
    PRIMARY KEY (duty_id, agency_id, period_label)
);

INSERT INTO press_duty (id, agency_id, agency_type, name, frequency, forms, min_count, effective_from, effective_to, legal_basis,
                        created_by, created_at) VALUES
 (gen_random_uuid(), NULL, 'PROVINCE', 'Ủy ban nhân dân tỉnh cung cấp thông tin định kỳ cho báo chí hằng tháng', 'MONTHLY',
  ARRAY['PRESS_CONFERENCE', 'PRESS_BRIEFING', 'WRITTEN_ANSWER', 'PORTAL_POSTING', 'INTERVIEW'], 1, DATE '2017-01-31', NULL,
  'Nghị định 09/2017/NĐ-CP: Ủy ban nhân dân cấp tỉnh phát ngôn và cung cấp thông tin định kỳ cho báo chí ít nhất mỗi tháng một lần',
  'migration', now()),
 (gen_random_uuid(), NULL, 'PROVINCE', 'Ủy ban nhân dân tỉnh tổ chức họp báo định kỳ hằng quý', 'QUARTERLY',
  ARRAY['PRESS_CONFERENCE'], 1, DATE '2017-01-31', NULL,
  'Nghị định 09/2017/NĐ-CP: Ủy ban nhân dân cấp tỉnh tổ chức họp báo định kỳ ít nhất mỗi quý một lần',
  'migration', now());
