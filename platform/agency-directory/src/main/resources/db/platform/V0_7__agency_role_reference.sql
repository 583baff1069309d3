-- Read model of registry's dated agency roles (platform-agency-directory), from AgencyRoleChanged: every term of
-- each role, replaced whole by a newer event. Answers "who was the press management department on this date".
CREATE TABLE agency_role_reference (
    role            text        NOT NULL,
    agency_id       uuid        NOT NULL,
    agency_code     text        NOT NULL,
    agency_name     text        NOT NULL,
    valid_from      date        NOT NULL,
    valid_to        date,
    document_number text,
    changed_at      timestamptz NOT NULL,
    PRIMARY KEY (role, valid_from)
);
