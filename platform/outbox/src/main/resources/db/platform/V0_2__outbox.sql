-- Transactional outbox (platform-outbox). Rows are inserted in the caller's transaction and
-- published by the relay in id order; see docs/adr/0001-outbox-relay.md.
CREATE TABLE outbox_event (
    id          bigserial   PRIMARY KEY,
    event_id    uuid        NOT NULL UNIQUE,
    topic       text        NOT NULL,
    event_key   text        NOT NULL,
    event_type  text        NOT NULL,
    source      text        NOT NULL,
    subject     text,
    occurred_at timestamptz NOT NULL,
    payload     text        NOT NULL,
    created_at  timestamptz NOT NULL DEFAULT now(),
    sent_at     timestamptz,
    attempts    integer     NOT NULL DEFAULT 0,
    last_error  text
);
CREATE INDEX outbox_event_unsent ON outbox_event (id) WHERE sent_at IS NULL;
CREATE INDEX outbox_event_sent ON outbox_event (sent_at) WHERE sent_at IS NOT NULL;

-- Wakes the relay as soon as the inserting transaction commits (NOTIFY is delivered at commit).
CREATE FUNCTION outbox_event_notify() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('outbox_event', '');
    RETURN NULL;
END $$;
CREATE TRIGGER outbox_event_notify AFTER INSERT ON outbox_event
    FOR EACH STATEMENT EXECUTE FUNCTION outbox_event_notify();
