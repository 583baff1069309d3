-- Deadlines are data: each rule applies from its effective date until a newer rule of the same kind (and
-- medium) takes over, so a legal change is a new row, never a code change. Units: WORKING_DAYS (weekends and
-- public holidays skipped), CALENDAR_DAYS, HOURS.

CREATE TABLE deadline_rule (
    id              uuid        PRIMARY KEY,
    kind            text        NOT NULL,   -- VERIFICATION, REMEDY, RESPONSE, CORRECTION
    medium          text,                   -- CORRECTION rules only: the outlet's medium
    amount          integer     NOT NULL CHECK (amount > 0),
    unit            text        NOT NULL,
    effective_from  date        NOT NULL,
    legal_basis     text        NOT NULL,
    created_by      text        NOT NULL,
    created_at      timestamptz NOT NULL,
    CONSTRAINT deadline_rule_unique UNIQUE NULLS NOT DISTINCT (kind, medium, effective_from)
);

INSERT INTO deadline_rule (id, kind, medium, amount, unit, effective_from, legal_basis, created_by, created_at) VALUES
 (gen_random_uuid(), 'VERIFICATION', NULL, 5, 'WORKING_DAYS', DATE '2017-01-31',
  'Nghị định 09/2017/NĐ-CP (Decree 09/2017) on spokespersons and information to the press', 'migration', now()),
 (gen_random_uuid(), 'REMEDY', NULL, 20, 'WORKING_DAYS', DATE '2017-01-31',
  'Nghị định 09/2017/NĐ-CP (Decree 09/2017): the agency remedies the issue raised and reports back', 'migration', now()),
 (gen_random_uuid(), 'RESPONSE', NULL, 5, 'WORKING_DAYS', DATE '2017-01-31',
  'Nghị định 09/2017/NĐ-CP (Decree 09/2017): written response to the press agency', 'migration', now()),
 (gen_random_uuid(), 'CORRECTION', 'ONLINE', 24, 'HOURS', DATE '2017-01-01',
  'Luật Báo chí 2016 (Press Law 2016), Art. 42: online press corrects immediately (24 hours operationally)', 'migration', now()),
 (gen_random_uuid(), 'CORRECTION', 'PRINT', 2, 'CALENDAR_DAYS', DATE '2017-01-01',
  'Luật Báo chí 2016 (Press Law 2016), Art. 42', 'migration', now()),
 (gen_random_uuid(), 'CORRECTION', 'RADIO', 2, 'CALENDAR_DAYS', DATE '2017-01-01',
  'Luật Báo chí 2016 (Press Law 2016), Art. 42', 'migration', now()),
 (gen_random_uuid(), 'CORRECTION', 'TELEVISION', 2, 'CALENDAR_DAYS', DATE '2017-01-01',
  'Luật Báo chí 2016 (Press Law 2016), Art. 42', 'migration', now()),
 (gen_random_uuid(), 'CORRECTION', 'MAGAZINE', 30, 'CALENDAR_DAYS', DATE '2017-01-01',
  'Luật Báo chí 2016 (Press Law 2016), Art. 42: the next issue; configured default, change with a new rule', 'migration', now()),
 (gen_random_uuid(), 'CORRECTION', 'SOCIAL', 24, 'HOURS', DATE '2017-01-01',
  'Configured default for social media pages (not a press agency medium), change with a new rule', 'migration', now()),
 -- The Press Law 2025 takes over on 2026-07-01; same figures until operators record otherwise.
 (gen_random_uuid(), 'CORRECTION', 'ONLINE', 24, 'HOURS', DATE '2026-07-01',
  'Luật Báo chí 2025 (Press Law 2025), in force from 2026-07-01', 'migration', now()),
 (gen_random_uuid(), 'CORRECTION', 'PRINT', 2, 'CALENDAR_DAYS', DATE '2026-07-01',
  'Luật Báo chí 2025 (Press Law 2025), in force from 2026-07-01', 'migration', now()),
 (gen_random_uuid(), 'CORRECTION', 'RADIO', 2, 'CALENDAR_DAYS', DATE '2026-07-01',
  'Luật Báo chí 2025 (Press Law 2025), in force from 2026-07-01', 'migration', now()),
 (gen_random_uuid(), 'CORRECTION', 'TELEVISION', 2, 'CALENDAR_DAYS', DATE '2026-07-01',
  'Luật Báo chí 2025 (Press Law 2025), in force from 2026-07-01', 'migration', now());

-- Public holidays (ngày nghỉ lễ, Tết) on which no working day counts, besides Saturdays and Sundays.
-- Defaults for 2025-2027 as announced (2027 Tết and Hùng Kings' day by the lunar calendar); operators
-- add or remove days when the government announces swaps.
CREATE TABLE public_holiday (
    day   date PRIMARY KEY,
    name  text NOT NULL
);

INSERT INTO public_holiday (day, name) VALUES
 (DATE '2025-01-01', 'Tết Dương lịch'),
 (DATE '2025-01-25', 'Tết Nguyên đán'), (DATE '2025-01-26', 'Tết Nguyên đán'), (DATE '2025-01-27', 'Tết Nguyên đán'),
 (DATE '2025-01-28', 'Tết Nguyên đán'), (DATE '2025-01-29', 'Tết Nguyên đán'), (DATE '2025-01-30', 'Tết Nguyên đán'),
 (DATE '2025-01-31', 'Tết Nguyên đán'), (DATE '2025-02-01', 'Tết Nguyên đán'), (DATE '2025-02-02', 'Tết Nguyên đán'),
 (DATE '2025-04-07', 'Giỗ Tổ Hùng Vương'),
 (DATE '2025-04-30', 'Ngày Giải phóng miền Nam'), (DATE '2025-05-01', 'Quốc tế Lao động'),
 (DATE '2025-09-01', 'Quốc khánh'), (DATE '2025-09-02', 'Quốc khánh'),
 (DATE '2026-01-01', 'Tết Dương lịch'),
 (DATE '2026-02-14', 'Tết Nguyên đán'), (DATE '2026-02-15', 'Tết Nguyên đán'), (DATE '2026-02-16', 'Tết Nguyên đán'),
 (DATE '2026-02-17', 'Tết Nguyên đán'), (DATE '2026-02-18', 'Tết Nguyên đán'), (DATE '2026-02-19', 'Tết Nguyên đán'),
 (DATE '2026-02-20', 'Tết Nguyên đán'), (DATE '2026-02-21', 'Tết Nguyên đán'), (DATE '2026-02-22', 'Tết Nguyên đán'),
 (DATE '2026-04-27', 'Giỗ Tổ Hùng Vương (nghỉ bù)'),
 (DATE '2026-04-30', 'Ngày Giải phóng miền Nam'), (DATE '2026-05-01', 'Quốc tế Lao động'),
 (DATE '2026-09-01', 'Quốc khánh'), (DATE '2026-09-02', 'Quốc khánh'),
 (DATE '2027-01-01', 'Tết Dương lịch'),
 (DATE '2027-02-05', 'Tết Nguyên đán'), (DATE '2027-02-06', 'Tết Nguyên đán'), (DATE '2027-02-07', 'Tết Nguyên đán'),
 (DATE '2027-02-08', 'Tết Nguyên đán'), (DATE '2027-02-09', 'Tết Nguyên đán'), (DATE '2027-02-10', 'Tết Nguyên đán'),
 (DATE '2027-04-16', 'Giỗ Tổ Hùng Vương'),
 (DATE '2027-04-30', 'Ngày Giải phóng miền Nam'), (DATE '2027-05-03', 'Quốc tế Lao động (nghỉ bù)'),
 (DATE '2027-09-02', 'Quốc khánh'), (DATE '2027-09-03', 'Quốc khánh');
