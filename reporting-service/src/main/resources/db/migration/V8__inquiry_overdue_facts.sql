-- An inquiry that went OVERDUE is a fact too: an agency that leaves journalists unanswered must not score the
-- "inquiries answered on time" criterion as if it had had no inquiry (docs/adr/0009).
ALTER TABLE press_fact DROP CONSTRAINT press_fact_kind_check;
ALTER TABLE press_fact ADD CONSTRAINT press_fact_kind_check
    CHECK (kind IN ('FALSE_INFO_FLAGGED', 'REBUTTAL_SENT', 'INQUIRY_ANSWERED', 'INQUIRY_REFUSED', 'INQUIRY_OVERDUE'));
ALTER TABLE press_fact DROP CONSTRAINT press_fact_subject_check;
ALTER TABLE press_fact ADD CONSTRAINT press_fact_subject_check
    CHECK (CASE WHEN kind IN ('INQUIRY_ANSWERED', 'INQUIRY_REFUSED', 'INQUIRY_OVERDUE') THEN inquiry_id IS NOT NULL AND on_time IS NOT NULL
                ELSE case_id IS NOT NULL END);
