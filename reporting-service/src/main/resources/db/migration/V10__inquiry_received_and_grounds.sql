-- Inquiries received (PressInquiryReceived) and the legal grounds of refusals (codes and their wording in the law in force
-- that day, as press-response-service sent them) for the consolidation's "providing information" section.
ALTER TABLE press_fact ADD COLUMN grounds text[];
ALTER TABLE press_fact ADD COLUMN ground_labels text[];
ALTER TABLE press_fact DROP CONSTRAINT press_fact_kind_check;
ALTER TABLE press_fact ADD CONSTRAINT press_fact_kind_check
    CHECK (kind IN ('FALSE_INFO_FLAGGED', 'REBUTTAL_SENT', 'INQUIRY_RECEIVED', 'INQUIRY_ANSWERED', 'INQUIRY_REFUSED', 'INQUIRY_OVERDUE',
                    'STATEMENT_ISSUED', 'INCIDENT_REGISTERED', 'INITIAL_STATEMENT_OVERDUE', 'PRESS_DUTY_MISSED'));
ALTER TABLE press_fact DROP CONSTRAINT press_fact_subject_check;
ALTER TABLE press_fact ADD CONSTRAINT press_fact_subject_check
    CHECK (CASE WHEN kind IN ('INQUIRY_ANSWERED', 'INQUIRY_REFUSED', 'INQUIRY_OVERDUE') THEN inquiry_id IS NOT NULL AND on_time IS NOT NULL
                WHEN kind = 'INQUIRY_RECEIVED' THEN inquiry_id IS NOT NULL
                WHEN kind = 'STATEMENT_ISSUED' THEN statement_id IS NOT NULL AND form IS NOT NULL
                WHEN kind = 'INCIDENT_REGISTERED' THEN incident_id IS NOT NULL AND known_at IS NOT NULL AND due_at IS NOT NULL
                WHEN kind = 'INITIAL_STATEMENT_OVERDUE' THEN incident_id IS NOT NULL AND due_at IS NOT NULL
                WHEN kind = 'PRESS_DUTY_MISSED' THEN duty_id IS NOT NULL AND period_label IS NOT NULL
                ELSE case_id IS NOT NULL END);
