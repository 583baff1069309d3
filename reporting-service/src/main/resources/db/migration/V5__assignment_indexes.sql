-- Assignment indexes revisited with 1,000,000 assignments stored (bench/suite) and the overdue scan over
-- 100,000 open ones (bench/reporting/run).

-- One request's assignments in list order (due date, then agency name). Without it, a filter such as
-- state=OPEN or overdue=true made PostgreSQL walk assignment_open_due across every request and sort:
-- about 500 ms with 1,000,000 assignments stored, instead of a few ms.
CREATE INDEX assignment_request_order ON assignment (request_id, due_date DESC, agency_name, id);

-- The deadline job's once-only markers (overdue_noticed_at, due_soon_noticed_at) are no longer named by any
-- index, so marking a row is a HOT update (no index entry is written) when its page has room, which the
-- fill factor leaves. The job finds its candidates through assignment_open_due instead.
DROP INDEX assignment_overdue_scan;
DROP INDEX assignment_due_soon_scan;
-- assignment_agency (agency_id, request_id) serves the reorganisation mover as well.
DROP INDEX assignment_movable;
ALTER TABLE assignment SET (fillfactor = 80);
