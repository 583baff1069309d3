-- Trace context of the transaction that wrote the event (docs/adr/0010-tracing.md): a W3C traceparent,
-- null when tracing was off or no span was current. The relay passes it on as the ce_traceparent and
-- traceparent Kafka headers.
ALTER TABLE outbox_event ADD COLUMN traceparent text;
