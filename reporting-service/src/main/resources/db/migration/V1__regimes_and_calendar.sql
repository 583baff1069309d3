-- Reporting regimes (chế độ báo cáo) as data: frequency, cut-off and deadline rules, template, recipients.
CREATE TABLE reporting_regime (
    id                     uuid        PRIMARY KEY,
    code                   text        NOT NULL UNIQUE,
    name                   text        NOT NULL,
    legal_basis            text        NOT NULL,
    frequency              text        NOT NULL CHECK (frequency IN ('MONTHLY', 'QUARTERLY', 'SIX_MONTHLY', 'ANNUAL', 'AD_HOC')),
    -- Decree 09/2019 Art. 12: data from the 15th of the month before the period to the 14th of its last month
    cutoff_start_day       integer     NOT NULL DEFAULT 15 CHECK (cutoff_start_day BETWEEN 1 AND 28),
    cutoff_end_day         integer     NOT NULL DEFAULT 14 CHECK (cutoff_end_day BETWEEN 1 AND 28),
    deadline_kind          text        NOT NULL CHECK (deadline_kind IN ('WORKING_DAYS_AFTER_CUTOFF', 'FIXED_DAY')),
    deadline_working_days  integer     CHECK (deadline_working_days BETWEEN 1 AND 60),
    deadline_fixed_day     integer     CHECK (deadline_fixed_day BETWEEN 1 AND 28),
    indicators             jsonb       NOT NULL,
    recipients             jsonb       NOT NULL,
    active                 boolean     NOT NULL DEFAULT true,
    version                bigint      NOT NULL DEFAULT 0,
    created_at             timestamptz NOT NULL,
    created_by             text        NOT NULL,
    updated_at             timestamptz NOT NULL,
    updated_by             text        NOT NULL
);

-- The annual press-work report (báo cáo công tác phát ngôn và cung cấp thông tin cho báo chí), with the
-- indicators seen in real reports (DOMAIN.md §2). Deadline: 3 working days after the 14 Dec cut-off.
INSERT INTO reporting_regime (id, code, name, legal_basis, frequency, cutoff_start_day, cutoff_end_day, deadline_kind,
        deadline_working_days, indicators, recipients, created_at, created_by, updated_at, updated_by)
VALUES ('5f1b7a52-0000-4000-8000-000000000001', 'PRESS_WORK_ANNUAL',
        'Báo cáo định kỳ hằng năm về công tác phát ngôn và cung cấp thông tin cho báo chí',
        'Nghị định 09/2017/NĐ-CP; Nghị định 09/2019/NĐ-CP Điều 12', 'ANNUAL', 15, 14, 'WORKING_DAYS_AFTER_CUTOFF', 3,
        '[{"key":"documentsProvided","label":"Số văn bản, tài liệu cung cấp cho báo chí theo yêu cầu","type":"INTEGER","required":true},
          {"key":"pressConferences","label":"Số cuộc họp báo đã tổ chức","type":"INTEGER","required":true},
          {"key":"pressReleases","label":"Số thông cáo báo chí đã phát hành","type":"INTEGER","required":true},
          {"key":"interviews","label":"Số cuộc trả lời phỏng vấn","type":"INTEGER","required":true},
          {"key":"portalNewsItems","label":"Số tin, bài đăng trên cổng/trang thông tin điện tử","type":"INTEGER","required":true},
          {"key":"portalDocuments","label":"Số văn bản đăng trên cổng/trang thông tin điện tử","type":"INTEGER","required":false},
          {"key":"citizenQuestionsOnTime","label":"Tỷ lệ câu hỏi của người dân được trả lời đúng hạn (%)","type":"PERCENTAGE","required":false},
          {"key":"falseInfoResponses","label":"Số văn bản phản hồi thông tin sai sự thật đã gửi","type":"INTEGER","required":true},
          {"key":"spokespersonTrained","label":"Người phát ngôn đã được tập huấn, bồi dưỡng","type":"BOOLEAN","required":true},
          {"key":"formsUsed","label":"Các hình thức phát ngôn và cung cấp thông tin đã thực hiện","type":"MULTI_CHOICE","required":false}]',
        '["Ủy ban nhân dân tỉnh", "Sở Văn hóa, Thể thao và Du lịch"]', now(), 'migration', now(), 'migration');

-- Working-day calendar (lịch ngày làm việc): exceptions to "Monday to Friday". DAY_OFF is a public holiday or a
-- compensatory/swapped day off on a weekday; WORKING_DAY is a Saturday or Sunday worked in exchange.
CREATE TABLE calendar_day (
    day         date        PRIMARY KEY,
    kind        text        NOT NULL CHECK (kind IN ('DAY_OFF', 'WORKING_DAY')),
    name        text        NOT NULL,
    source      text        NOT NULL,
    updated_at  timestamptz NOT NULL DEFAULT now(),
    updated_by  text        NOT NULL DEFAULT 'migration'
);
