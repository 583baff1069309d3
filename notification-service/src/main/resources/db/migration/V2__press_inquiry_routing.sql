-- A routing rule may hold only when a top-level field of the event's JSON data has a given value
-- (docs/adr/0008-notifications.md): e.g. a press inquiry overdue reaches the department only at VERY_OVERDUE.
-- Both null: the rule holds for every event of its type.
ALTER TABLE routing_rule ADD COLUMN when_field text;
ALTER TABLE routing_rule ADD COLUMN when_value text;
ALTER TABLE routing_rule ADD CONSTRAINT routing_rule_condition_check CHECK ((when_field IS NULL) = (when_value IS NULL));

-- Press inquiries (yêu cầu cung cấp thông tin của báo chí): a new inquiry and an overdue one reach the agency (its
-- spokesperson by email, its officers in the inbox); a very overdue one also the press management department.
INSERT INTO routing_rule (event_type, recipient_kind, when_field, when_value) VALUES
    ('vn.gov.pressinfo.press.PressInquiryReceived.v1', 'AGENCY', NULL, NULL),
    ('vn.gov.pressinfo.press.PressInquiryOverdue.v1', 'AGENCY', NULL, NULL),
    ('vn.gov.pressinfo.press.PressInquiryOverdue.v1', 'DEPARTMENT', 'level', 'VERY_OVERDUE');

-- Like every catalogue type, the five press-inquiry types reach the webhook subscribers of that type.
INSERT INTO routing_rule (event_type, recipient_kind)
SELECT t, 'SUBSCRIBERS' FROM unnest(ARRAY[
    'vn.gov.pressinfo.press.PressInquiryReceived.v1', 'vn.gov.pressinfo.press.PressInquiryAnswered.v1',
    'vn.gov.pressinfo.press.PressInquiryRefused.v1', 'vn.gov.pressinfo.press.PressInquiryTransferred.v1',
    'vn.gov.pressinfo.press.PressInquiryOverdue.v1']) AS t;
