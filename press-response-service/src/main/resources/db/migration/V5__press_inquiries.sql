-- Press inquiries (yêu cầu cung cấp thông tin của báo chí): a journalist asks an agency for information and
-- the agency answers, refuses on a legal ground, or transfers it to the competent agency, within a clock
-- counted in working days (docs/adr/0013-press-inquiry-clock.md).

CREATE TABLE press_inquiry (
    id                          uuid        PRIMARY KEY,
    agency_id                   uuid        NOT NULL,
    agency_name                 text        NOT NULL,
    press_agency_id             uuid,
    outlet_name                 text        NOT NULL,
    journalist_name             text        NOT NULL,
    press_card_number           text,
    press_card_status           text        NOT NULL,
    introduction_letter         text,
    channel                     text        NOT NULL,
    subject                     text        NOT NULL,
    questions                   text[]      NOT NULL CHECK (cardinality(questions) BETWEEN 1 AND 20),
    received_at                 timestamptz NOT NULL,
    state                       text        NOT NULL,
    assignee_email              text,
    assignee_name               text,
    -- The clock: working days counted after clock_start (the day of receipt, or of the transfer that brought
    -- the inquiry here), plus the working days spent waiting for a clarification.
    clock_start                 date        NOT NULL,
    paused_since                date,
    paused_working_days         integer     NOT NULL DEFAULT 0 CHECK (paused_working_days >= 0),
    due_date                    date        NOT NULL,
    very_overdue_date           date        NOT NULL,
    deadline_basis              text        NOT NULL,
    overdue_notified_at         timestamptz,
    very_overdue_notified_at    timestamptz,
    form                        text,
    answer                      text,
    responded_by_name           text,
    responded_by_email          text,
    responded_at                timestamptz,
    on_time                     boolean,
    transferred_to_agency_id    uuid,
    transferred_to_inquiry_id   uuid,
    transferred_from_inquiry_id uuid REFERENCES press_inquiry (id),
    closed_at                   timestamptz,
    registered_at               timestamptz NOT NULL,
    registered_by               text        NOT NULL,
    updated_at                  timestamptz NOT NULL,
    updated_by                  text        NOT NULL,
    version                     bigint      NOT NULL DEFAULT 0,
    search_text                 text GENERATED ALWAYS AS
        (lower(f_unaccent(subject || ' ' || outlet_name || ' ' || journalist_name))) STORED
);
CREATE INDEX press_inquiry_received ON press_inquiry (received_at DESC, id DESC);
CREATE INDEX press_inquiry_agency_received ON press_inquiry (agency_id, received_at DESC, id DESC);
CREATE INDEX press_inquiry_state ON press_inquiry (state, received_at DESC);
CREATE INDEX press_inquiry_search ON press_inquiry USING gin (search_text gin_trgm_ops);
-- The deadline scan: open inquiries whose notice of a level has not gone out yet.
CREATE INDEX press_inquiry_due ON press_inquiry (due_date)
    WHERE state IN ('RECEIVED', 'ASSIGNED') AND (overdue_notified_at IS NULL OR very_overdue_notified_at IS NULL);

-- Every step of an inquiry: who, when, why.
CREATE TABLE press_inquiry_transition (
    id          bigserial   PRIMARY KEY,
    inquiry_id  uuid        NOT NULL REFERENCES press_inquiry (id),
    action      text        NOT NULL,
    from_state  text,
    to_state    text        NOT NULL,
    actor       text        NOT NULL,
    at          timestamptz NOT NULL,
    note        text
);
CREATE INDEX press_inquiry_transition_inquiry ON press_inquiry_transition (inquiry_id, id);

-- A refusal: of the whole inquiry (question_no NULL) or of one question of a partial answer, with the legal
-- grounds it cites (codes of refusal_ground in force that day) and the reason.
CREATE TABLE press_inquiry_refusal (
    id           bigserial PRIMARY KEY,
    inquiry_id   uuid      NOT NULL REFERENCES press_inquiry (id),
    question_no  integer   CHECK (question_no >= 1),
    grounds      text[]    NOT NULL CHECK (cardinality(grounds) >= 1),
    reason       text      NOT NULL
);
CREATE INDEX press_inquiry_refusal_inquiry ON press_inquiry_refusal (inquiry_id);

-- The legal grounds on which an agency may refuse to provide information to the press, as dated data: the
-- Press Law 2016 (Art. 38(2)) until 30 June 2026, the Press Law 2025 from 1 July 2026.
CREATE TABLE refusal_ground (
    code            text NOT NULL,
    effective_from  date NOT NULL,
    effective_to    date,
    label           text NOT NULL,
    legal_basis     text NOT NULL,
    PRIMARY KEY (code, effective_from),
    CHECK (effective_to IS NULL OR effective_to >= effective_from)
);
INSERT INTO refusal_ground (code, effective_from, effective_to, label, legal_basis) VALUES
 ('STATE_SECRET', DATE '2017-01-01', DATE '2026-06-30',
  'Thông tin thuộc bí mật nhà nước, bí mật của Đảng', 'Luật Báo chí 2016, Điều 38 khoản 2 điểm a'),
 ('PRIVACY', DATE '2017-01-01', DATE '2026-06-30',
  'Bí mật đời tư của cá nhân và bí mật khác theo quy định của pháp luật', 'Luật Báo chí 2016, Điều 38 khoản 2 điểm a'),
 ('UNDER_INVESTIGATION', DATE '2017-01-01', DATE '2026-06-30',
  'Vụ án đang được điều tra hoặc chưa xét xử', 'Luật Báo chí 2016, Điều 38 khoản 2 điểm b'),
 ('INSPECTION_IN_PROGRESS', DATE '2017-01-01', DATE '2026-06-30',
  'Vụ việc đang trong quá trình thanh tra, chưa có kết luận chính thức', 'Luật Báo chí 2016, Điều 38 khoản 2 điểm c'),
 ('COMPLAINT_BEING_SETTLED', DATE '2017-01-01', DATE '2026-06-30',
  'Vấn đề đang trong quá trình giải quyết khiếu nại, tố cáo', 'Luật Báo chí 2016, Điều 38 khoản 2 điểm c'),
 ('INTER_AGENCY_DISPUTE', DATE '2017-01-01', DATE '2026-06-30',
  'Tranh chấp, mâu thuẫn giữa các cơ quan nhà nước đang được giải quyết, chưa được phép công bố', 'Luật Báo chí 2016, Điều 38 khoản 2 điểm c'),
 ('POLICY_DRAFT', DATE '2017-01-01', DATE '2026-06-30',
  'Văn bản chính sách, đề án đang trong quá trình soạn thảo', 'Luật Báo chí 2016, Điều 38 khoản 2 điểm d'),
 -- The Press Law 2025 makes providing information a duty and keeps these grounds; operators correct labels and
 -- the article reference with a new row when the implementing texts are published.
 ('STATE_SECRET', DATE '2026-07-01', NULL,
  'Thông tin thuộc bí mật nhà nước, bí mật của Đảng', 'Luật Báo chí 2025 (hiệu lực từ 01/7/2026), quy định về từ chối cung cấp thông tin cho báo chí'),
 ('PRIVACY', DATE '2026-07-01', NULL,
  'Bí mật cá nhân, bí mật gia đình và bí mật khác theo quy định của pháp luật', 'Luật Báo chí 2025 (hiệu lực từ 01/7/2026), quy định về từ chối cung cấp thông tin cho báo chí'),
 ('UNDER_INVESTIGATION', DATE '2026-07-01', NULL,
  'Vụ án đang được điều tra, truy tố hoặc chưa xét xử', 'Luật Báo chí 2025 (hiệu lực từ 01/7/2026), quy định về từ chối cung cấp thông tin cho báo chí'),
 ('INSPECTION_IN_PROGRESS', DATE '2026-07-01', NULL,
  'Vụ việc đang thanh tra, kiểm tra, chưa có kết luận chính thức', 'Luật Báo chí 2025 (hiệu lực từ 01/7/2026), quy định về từ chối cung cấp thông tin cho báo chí'),
 ('COMPLAINT_BEING_SETTLED', DATE '2026-07-01', NULL,
  'Vấn đề đang trong quá trình giải quyết khiếu nại, tố cáo', 'Luật Báo chí 2025 (hiệu lực từ 01/7/2026), quy định về từ chối cung cấp thông tin cho báo chí'),
 ('INTER_AGENCY_DISPUTE', DATE '2026-07-01', NULL,
  'Tranh chấp, mâu thuẫn giữa các cơ quan nhà nước đang được giải quyết, chưa có kết luận chính thức', 'Luật Báo chí 2025 (hiệu lực từ 01/7/2026), quy định về từ chối cung cấp thông tin cho báo chí'),
 ('POLICY_DRAFT', DATE '2026-07-01', NULL,
  'Văn bản chính sách, đề án đang trong quá trình soạn thảo, chưa được phép công bố', 'Luật Báo chí 2025 (hiệu lực từ 01/7/2026), quy định về từ chối cung cấp thông tin cho báo chí');

-- The inquiry clock as deadline rules (dated data with their legal basis, changed through /api/v1/deadline-rules):
-- an inquiry is OVERDUE after INQUIRY_ANSWER working days, VERY_OVERDUE after INQUIRY_VERY_OVERDUE.
INSERT INTO deadline_rule (id, kind, medium, amount, unit, effective_from, legal_basis, created_by, created_at) VALUES
 (gen_random_uuid(), 'INQUIRY_ANSWER', NULL, 5, 'WORKING_DAYS', DATE '2017-01-31',
  'Nghị định 09/2017/NĐ-CP về phát ngôn và cung cấp thông tin cho báo chí: mặc định của hệ thống, 5 ngày làm việc kể từ khi nhận yêu cầu', 'migration', now()),
 (gen_random_uuid(), 'INQUIRY_VERY_OVERDUE', NULL, 10, 'WORKING_DAYS', DATE '2017-01-31',
  'Nghị định 09/2017/NĐ-CP: mặc định của hệ thống, quá hạn nghiêm trọng sau 10 ngày làm việc kể từ khi nhận yêu cầu', 'migration', now()),
 (gen_random_uuid(), 'INQUIRY_ANSWER', NULL, 5, 'WORKING_DAYS', DATE '2026-07-01',
  'Luật Báo chí 2025 (hiệu lực từ 01/7/2026): cung cấp thông tin cho báo chí là nghĩa vụ; mặc định của hệ thống 5 ngày làm việc', 'migration', now()),
 (gen_random_uuid(), 'INQUIRY_VERY_OVERDUE', NULL, 10, 'WORKING_DAYS', DATE '2026-07-01',
  'Luật Báo chí 2025 (hiệu lực từ 01/7/2026): mặc định của hệ thống, quá hạn nghiêm trọng sau 10 ngày làm việc', 'migration', now());
