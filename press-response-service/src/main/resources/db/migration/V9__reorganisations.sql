-- Reorganisations (sắp xếp tổ chức lại): open work of an agency that ends moves to the successor that takes it; where
-- no successor does, it goes back to the press management department, flagged until press-admin gives it to another
-- agency ("chờ Sở giao lại").
ALTER TABLE press_case ADD COLUMN awaiting_reassignment boolean NOT NULL DEFAULT false;
ALTER TABLE press_inquiry ADD COLUMN awaiting_reassignment boolean NOT NULL DEFAULT false;
ALTER TABLE incident ADD COLUMN awaiting_reassignment boolean NOT NULL DEFAULT false;

-- The lists filter on the flag (awaitingReassignment=true): few rows, so partial indexes in each list's order.
CREATE INDEX press_case_awaiting_reassignment ON press_case (detected_at DESC, id DESC) WHERE awaiting_reassignment;
CREATE INDEX press_inquiry_awaiting_reassignment ON press_inquiry (received_at DESC, id DESC) WHERE awaiting_reassignment;
CREATE INDEX incident_awaiting_reassignment ON incident (known_at DESC, id DESC) WHERE awaiting_reassignment;

-- The history of an incident (it has no states): moves by reorganisation and reassignments, who, when, why.
CREATE TABLE incident_transition (
    id           bigserial   PRIMARY KEY,
    incident_id  uuid        NOT NULL REFERENCES incident (id),
    action       text        NOT NULL,
    actor        text        NOT NULL,
    at           timestamptz NOT NULL,
    note         text
);
CREATE INDEX incident_transition_incident ON incident_transition (incident_id, id);
