-- Press cards can be suspended (tạm đình chỉ) and revoked (thu hồi); revoked is final. status_reason is the
-- decision behind a suspension or revocation (null while ACTIVE, as in PressCardChanged); status_changed_*
-- say who made the last change and when (the recording of the card counts as the first).
ALTER TABLE press_card
    ADD COLUMN status            text        NOT NULL DEFAULT 'ACTIVE' CHECK (status IN ('ACTIVE', 'SUSPENDED', 'REVOKED')),
    ADD COLUMN status_reason     text,
    ADD COLUMN status_note       text,
    ADD COLUMN status_changed_at timestamptz,
    ADD COLUMN status_changed_by text;
UPDATE press_card SET status_changed_at = created_at, status_changed_by = created_by;
ALTER TABLE press_card
    ALTER COLUMN status DROP DEFAULT,
    ALTER COLUMN status_changed_at SET NOT NULL,
    ALTER COLUMN status_changed_by SET NOT NULL,
    ADD CONSTRAINT press_card_status_reason CHECK ((status = 'ACTIVE') = (status_reason IS NULL));

-- Every status change of a card, with its decision, who and when (reinstatements included, whose decision
-- the card itself does not keep).
CREATE TABLE press_card_status_change (
    id          bigserial   PRIMARY KEY,
    number      text        NOT NULL REFERENCES press_card (number),
    from_status text        NOT NULL,
    to_status   text        NOT NULL,
    decision    text        NOT NULL,
    note        text,
    changed_at  timestamptz NOT NULL,
    changed_by  text        NOT NULL
);
CREATE INDEX press_card_status_change_number ON press_card_status_change (number, id);

-- The cards recorded before PressCardChanged existed reach its consumers once: one outbox row per card,
-- as Outbox.publish would write it (payload as EventJson writes the record: ISO dates, UTC instants with Z
-- and fractions in groups of three digits, like Instant.toString).
INSERT INTO outbox_event (event_id, topic, event_key, event_type, source, subject, occurred_at, payload)
SELECT gen_random_uuid(), 'registry.spokespersons.v1', c.press_agency_id::text, 'vn.gov.pressinfo.registry.PressCardChanged.v1',
       '/pressinfo/registry-service', c.press_agency_id::text, c.created_at,
       '{"number":' || to_json(c.number)
           || ',"holderName":' || to_json(c.holder_name)
           || ',"pressAgencyId":' || to_json(c.press_agency_id::text)
           || ',"pressAgencyName":' || to_json(a.name)
           || ',"validUntil":' || to_json(to_char(c.valid_until, 'YYYY-MM-DD'))
           || ',"status":"ACTIVE","statusReason":null'
           || ',"changedBy":' || to_json(c.created_by)
           || ',"changedAt":"' || to_char(t.utc, 'YYYY-MM-DD"T"HH24:MI:SS')
           || CASE WHEN t.micros = 0 THEN '' WHEN t.micros % 1000 = 0 THEN '.' || to_char(t.utc, 'MS') ELSE '.' || to_char(t.utc, 'US') END
           || 'Z"}'
FROM press_card c
JOIN press_agency a ON a.id = c.press_agency_id
CROSS JOIN LATERAL (SELECT c.created_at AT TIME ZONE 'UTC' AS utc, extract(microseconds FROM c.created_at) % 1000000 AS micros) t
ORDER BY c.created_at, c.number;
