-- Read model of registry's PressCardChanged events (registry.spokespersons.v1): each press card (thẻ nhà báo)
-- as it last stood, so that a journalist's card can be checked when a press inquiry comes in. One row per
-- card; an event older (changed_at) than the row is ignored.
CREATE TABLE press_card_reference (
    number            text        PRIMARY KEY,
    holder_name       text        NOT NULL,
    press_agency_id   uuid        NOT NULL,
    press_agency_name text        NOT NULL,
    valid_until       date        NOT NULL,
    status            text        NOT NULL CHECK (status IN ('ACTIVE', 'SUSPENDED', 'REVOKED')),
    status_reason     text,
    changed_at        timestamptz NOT NULL,
    received_at       timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX press_card_reference_press_agency ON press_card_reference (press_agency_id);
