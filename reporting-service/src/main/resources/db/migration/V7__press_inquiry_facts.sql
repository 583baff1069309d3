-- Press inquiries (yêu cầu cung cấp thông tin của báo chí) answered or refused become press facts: they prefill the
-- annual report's inquiry indicators and score the "inquiries answered on time" compliance criterion.
ALTER TABLE press_fact ALTER COLUMN case_id DROP NOT NULL;
ALTER TABLE press_fact ADD COLUMN inquiry_id uuid;
-- PARTIALLY_ANSWERED: some questions were refused on legal grounds; the inquiry still counts as answered.
ALTER TABLE press_fact ADD COLUMN partial boolean;
ALTER TABLE press_fact DROP CONSTRAINT press_fact_kind_check;
ALTER TABLE press_fact ADD CONSTRAINT press_fact_kind_check
    CHECK (kind IN ('FALSE_INFO_FLAGGED', 'REBUTTAL_SENT', 'INQUIRY_ANSWERED', 'INQUIRY_REFUSED'));
ALTER TABLE press_fact ADD CONSTRAINT press_fact_subject_check
    CHECK (CASE WHEN kind IN ('INQUIRY_ANSWERED', 'INQUIRY_REFUSED') THEN inquiry_id IS NOT NULL AND on_time IS NOT NULL
                ELSE case_id IS NOT NULL END);

-- The shipped annual regime asks for the inquiries the agency answered (on time, late) and refused; optional, so
-- submissions that do not give them stay valid. Requests already issued keep the template they were issued with.
UPDATE reporting_regime
SET indicators = indicators || '[
      {"key":"inquiriesAnswered","label":"Số yêu cầu cung cấp thông tin của báo chí đã trả lời","type":"INTEGER","required":false},
      {"key":"inquiriesAnsweredOnTime","label":"Số yêu cầu cung cấp thông tin của báo chí đã trả lời đúng hạn","type":"INTEGER","required":false},
      {"key":"inquiriesAnsweredLate","label":"Số yêu cầu cung cấp thông tin của báo chí đã trả lời quá hạn","type":"INTEGER","required":false},
      {"key":"inquiriesRefused","label":"Số yêu cầu cung cấp thông tin của báo chí đã từ chối có căn cứ pháp luật","type":"INTEGER","required":false}
    ]'::jsonb,
    version = version + 1, updated_at = now(), updated_by = 'migration'
WHERE code = 'PRESS_WORK_ANNUAL';
