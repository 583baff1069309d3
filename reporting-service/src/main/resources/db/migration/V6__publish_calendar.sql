-- The working-day calendar is published on reporting.calendar.v1 (compacted, keyed by the ISO day): every PUT and
-- DELETE of /api/v1/calendar/holidays/{day} writes a CalendarDayChanged event to the outbox. The entries shipped
-- by V2 (and any recorded before this version) go out once here, one event per day, so that consumers
-- (press-response-service) have the whole calendar on first start. Same row and JSON as Outbox.publish writes:
-- camelCase fields, the day as an ISO date, changedAt as ISO-8601 UTC with 'Z'.
INSERT INTO outbox_event (event_id, topic, event_key, event_type, source, subject, occurred_at, payload, traceparent)
SELECT gen_random_uuid(),
       'reporting.calendar.v1',
       to_char(d.day, 'YYYY-MM-DD'),
       'vn.gov.pressinfo.reporting.CalendarDayChanged.v1',
       '/pressinfo/reporting-service',
       to_char(d.day, 'YYYY-MM-DD'),
       date_trunc('microseconds', d.updated_at),
       json_build_object(
           'day', to_char(d.day, 'YYYY-MM-DD'),
           'kind', d.kind,
           'name', d.name,
           'source', d.source,
           'changedBy', d.updated_by,
           'changedAt', to_char(d.updated_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'))::text,
       NULL
FROM calendar_day d
ORDER BY d.day;
