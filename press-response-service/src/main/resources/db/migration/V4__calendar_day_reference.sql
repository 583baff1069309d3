-- One working-day calendar for the suite: reporting-service owns it and publishes every day it changes on
-- reporting.calendar.v1 (CalendarDayChanged); this service keeps a read model of it, filled by its consumer.
-- The former public_holiday table (nobody could edit it, and it had no worked Saturdays) goes away; the same
-- days, and the worked weekend days, arrive from the topic (reporting-service publishes its shipped defaults).
DROP TABLE public_holiday;

-- One row per day reporting-service has published. kind: DAY_OFF (a weekday not worked), WORKING_DAY (a weekend
-- day worked in exchange) or ORDINARY (the entry was removed; kept so that an older event cannot bring it back).
-- changed_at: when reporting-service recorded the change (an older event for the day is ignored).
CREATE TABLE calendar_day_reference (
    day         date        PRIMARY KEY,
    kind        text        NOT NULL CHECK (kind IN ('DAY_OFF', 'WORKING_DAY', 'ORDINARY')),
    name        text,
    source      text,
    changed_at  timestamptz NOT NULL,
    received_at timestamptz NOT NULL
);
