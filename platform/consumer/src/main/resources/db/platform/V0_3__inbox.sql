-- Idempotent consumers (platform-inbox): one row per (consumer, event id), written in the same
-- transaction as the handler's effect, so an event's effect happens at most once.
CREATE TABLE inbox_message (
    consumer      text        NOT NULL,
    event_id      text        NOT NULL,
    event_type    text        NOT NULL,
    topic         text        NOT NULL,
    kafka_partition integer   NOT NULL,
    kafka_offset  bigint      NOT NULL,
    processed_at  timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (consumer, event_id)
);
CREATE INDEX inbox_message_processed_at ON inbox_message (processed_at);
