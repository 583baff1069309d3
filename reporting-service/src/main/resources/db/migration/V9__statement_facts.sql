-- Statements, incidents and periodic duties from press-response-service become press facts (docs/adr/0009):
-- statements (phát ngôn, cung cấp thông tin) prefill the report indicators "press conferences held", "press
-- releases issued", "interviews given" and "documents provided on request" and give the consolidation the figures the
-- suite recorded beside what the agencies declared; incidents (vụ việc đột xuất, bất thường) and their overdue initial
-- statements, and missed periodic duties, score the compliance criteria "initial statements on time" and "periodic
-- duties met".
ALTER TABLE press_fact ADD COLUMN statement_id uuid;
-- The form of providing information of a statement (Decree 09/2017 Art. 4), as press-response-service codes it.
ALTER TABLE press_fact ADD COLUMN form text;
ALTER TABLE press_fact ADD COLUMN incident_id uuid;
-- An incident: when it became known and when the lead's initial statement is due.
ALTER TABLE press_fact ADD COLUMN known_at timestamptz;
ALTER TABLE press_fact ADD COLUMN due_at timestamptz;
-- A missed periodic duty: the duty rule and the closed period (e.g. 2026-11, 2026-Q3); occurred_on is its last day.
ALTER TABLE press_fact ADD COLUMN duty_id uuid;
ALTER TABLE press_fact ADD COLUMN period_label text;

ALTER TABLE press_fact DROP CONSTRAINT press_fact_kind_check;
ALTER TABLE press_fact ADD CONSTRAINT press_fact_kind_check
    CHECK (kind IN ('FALSE_INFO_FLAGGED', 'REBUTTAL_SENT', 'INQUIRY_ANSWERED', 'INQUIRY_REFUSED', 'INQUIRY_OVERDUE',
                    'STATEMENT_ISSUED', 'INCIDENT_REGISTERED', 'INITIAL_STATEMENT_OVERDUE', 'PRESS_DUTY_MISSED'));
ALTER TABLE press_fact ADD CONSTRAINT press_fact_form_check
    CHECK (form IS NULL OR form IN ('PRESS_CONFERENCE', 'PORTAL_POSTING', 'INTERVIEW', 'WRITTEN_ANSWER', 'PRESS_BRIEFING',
                                    'PUBLICATION_REQUEST'));
ALTER TABLE press_fact DROP CONSTRAINT press_fact_subject_check;
ALTER TABLE press_fact ADD CONSTRAINT press_fact_subject_check
    CHECK (CASE WHEN kind IN ('INQUIRY_ANSWERED', 'INQUIRY_REFUSED', 'INQUIRY_OVERDUE') THEN inquiry_id IS NOT NULL AND on_time IS NOT NULL
                WHEN kind = 'STATEMENT_ISSUED' THEN statement_id IS NOT NULL AND form IS NOT NULL
                WHEN kind = 'INCIDENT_REGISTERED' THEN incident_id IS NOT NULL AND known_at IS NOT NULL AND due_at IS NOT NULL
                WHEN kind = 'INITIAL_STATEMENT_OVERDUE' THEN incident_id IS NOT NULL AND due_at IS NOT NULL
                WHEN kind = 'PRESS_DUTY_MISSED' THEN duty_id IS NOT NULL AND period_label IS NOT NULL
                ELSE case_id IS NOT NULL END);
-- The initial statement check looks up an incident's overdue fact and its lead's statements.
CREATE INDEX press_fact_incident ON press_fact (incident_id, kind) WHERE incident_id IS NOT NULL;
