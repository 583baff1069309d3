-- The effect of TestEventConsumer's handler: one row per successful handling, no uniqueness, so a
-- duplicate effect would show as a second row.
CREATE TABLE test_effect (
    id           bigserial PRIMARY KEY,
    event_id     text      NOT NULL,
    aggregate_id text      NOT NULL,
    text         text      NOT NULL,
    attempt      integer   NOT NULL
);
