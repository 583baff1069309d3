-- Automatic report requests of a periodic regime (RequestSchedule as JSON: targetTypes, leadDays); null = by hand only.
ALTER TABLE reporting_regime ADD COLUMN schedule jsonb;

-- The shipped annual regime asks every department and district by itself, 10 days before the 14 Dec cut-off.
UPDATE reporting_regime SET schedule = '{"targetTypes": ["DEPARTMENT", "DISTRICT"], "leadDays": 10}'
WHERE code = 'PRESS_WORK_ANNUAL';
