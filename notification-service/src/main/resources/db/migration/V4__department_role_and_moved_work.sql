-- Department recipients follow the role holder (docs/adr/0008-notifications.md, issue 16): an officer who receives
-- department notices belongs to an agency; department notices go to the recipients of the agency that holds the
-- PRESS_MANAGEMENT_DEPARTMENT role on the event's date (registry-service publishes the dated role). Rows recorded
-- before this migration have no agency: they keep receiving while no recipient is recorded for the holder.
ALTER TABLE department_recipient ADD COLUMN agency_id uuid;
-- An officer's address is recorded once per agency (the same address may serve the old and the new holder).
DROP INDEX department_recipient_email;
CREATE UNIQUE INDEX department_recipient_email
    ON department_recipient (COALESCE(agency_id, '00000000-0000-0000-0000-000000000000'::uuid), lower(email));
CREATE INDEX department_recipient_agency ON department_recipient (agency_id);

-- Which top-level field of the event data names the agency an AGENCY rule reaches; null: agencyIds (a list) or
-- agencyId, as before. Work moved by a reorganisation names the agency it now belongs to in toAgencyId.
ALTER TABLE routing_rule ADD COLUMN agency_field text;
ALTER TABLE routing_rule ADD CONSTRAINT routing_rule_agency_field_check CHECK (agency_field IS NULL OR recipient_kind = 'AGENCY');

-- Work moved by a reorganisation (sắp xếp tổ chức bộ máy):
-- * a press case, inquiry or incident moved to a successor reaches that agency (its spokesperson by email, its officers
--   in the inbox); one handed back because no successor takes it reaches the press management department, which must
--   reassign it (cần giao lại);
-- * an assignment moved to a successor reaches that agency (it now owes the report); a withdrawn one (the agency ended
--   and no successor takes its work) reaches the department, for information.
-- Like every catalogue type, both reach the webhook subscribers of that type.
INSERT INTO routing_rule (event_type, recipient_kind, when_field, when_value, agency_field) VALUES
    ('vn.gov.pressinfo.press.PressWorkMoved.v1', 'AGENCY', 'returnedToDepartment', 'false', 'toAgencyId'),
    ('vn.gov.pressinfo.press.PressWorkMoved.v1', 'DEPARTMENT', 'returnedToDepartment', 'true', NULL),
    ('vn.gov.pressinfo.press.PressWorkMoved.v1', 'SUBSCRIBERS', NULL, NULL, NULL),
    ('vn.gov.pressinfo.reporting.ReportAssignmentMoved.v1', 'AGENCY', 'outcome', 'MOVED', 'toAgencyId'),
    ('vn.gov.pressinfo.reporting.ReportAssignmentMoved.v1', 'DEPARTMENT', 'outcome', 'WITHDRAWN', NULL),
    ('vn.gov.pressinfo.reporting.ReportAssignmentMoved.v1', 'SUBSCRIBERS', NULL, NULL, NULL);
