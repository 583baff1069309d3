-- Which agency types a regime's scheduled requests ask, as dated data with its legal source: the request of a period
-- asks the types valid on the period's last cut-off day (ReportingPeriod.end, e.g. 14 Dec 2025 for the annual 2025).
-- Read-only through the API (GET /api/v1/regimes); a regime without rows here asks its schedule's targetTypes.
CREATE TABLE regime_target_type (
    id           bigserial PRIMARY KEY,
    regime_id    uuid      NOT NULL REFERENCES reporting_regime (id),
    type_code    text      NOT NULL,
    -- null: since always / for good
    valid_from   date,
    valid_to     date,
    legal_source text      NOT NULL,
    CHECK (valid_from IS NULL OR valid_to IS NULL OR valid_from <= valid_to)
);
CREATE INDEX regime_target_type_regime ON regime_target_type (regime_id);

-- The shipped annual regime: provincial departments always; district committees until the district level ended on
-- 30 Jun 2025, commune committees from 1 Jul 2025 (two-level local government).
INSERT INTO regime_target_type (regime_id, type_code, valid_from, valid_to, legal_source) VALUES
    ('5f1b7a52-0000-4000-8000-000000000001', 'DEPARTMENT', NULL, NULL,
     'Nghị định 09/2017/NĐ-CP; Nghị định 09/2019/NĐ-CP Điều 12: các sở, ban, ngành cấp tỉnh báo cáo hằng năm'),
    ('5f1b7a52-0000-4000-8000-000000000001', 'DISTRICT', NULL, '2025-06-30',
     'Luật Tổ chức chính quyền địa phương số 72/2025/QH15, hiệu lực 01/7/2025'),
    ('5f1b7a52-0000-4000-8000-000000000001', 'COMMUNE', '2025-07-01', NULL,
     'Luật Tổ chức chính quyền địa phương số 72/2025/QH15, hiệu lực 01/7/2025');

-- The schedule's own list only applies to regimes without dated types; keep it true to today's law for readers.
UPDATE reporting_regime SET schedule = jsonb_set(schedule, '{targetTypes}', '["DEPARTMENT", "COMMUNE"]'),
    version = version + 1, updated_at = now(), updated_by = 'migration'
WHERE code = 'PRESS_WORK_ANNUAL' AND schedule IS NOT NULL;
