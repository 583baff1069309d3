-- Statements, incidents and periodic duties (press-response-service, docs/adr/0008-notifications.md):
-- an incident and an overdue initial statement reach the lead agency (its spokesperson by email, its officers in the
-- inbox) and the press management department; so does a missed periodic duty. The lead is the payload's agencyId;
-- coordinating agencies are not notified here.
INSERT INTO routing_rule (event_type, recipient_kind) VALUES
    ('vn.gov.pressinfo.press.IncidentRegistered.v1', 'AGENCY'),
    ('vn.gov.pressinfo.press.IncidentRegistered.v1', 'DEPARTMENT'),
    ('vn.gov.pressinfo.press.InitialStatementOverdue.v1', 'AGENCY'),
    ('vn.gov.pressinfo.press.InitialStatementOverdue.v1', 'DEPARTMENT'),
    ('vn.gov.pressinfo.press.PressDutyMissed.v1', 'AGENCY'),
    ('vn.gov.pressinfo.press.PressDutyMissed.v1', 'DEPARTMENT');

-- Like every catalogue type, the four reach the webhook subscribers of that type (a statement issued only them: the
-- agency spoke itself, and the portal feed syndicates public statements).
INSERT INTO routing_rule (event_type, recipient_kind)
SELECT t, 'SUBSCRIBERS' FROM unnest(ARRAY[
    'vn.gov.pressinfo.press.StatementIssued.v1', 'vn.gov.pressinfo.press.IncidentRegistered.v1',
    'vn.gov.pressinfo.press.InitialStatementOverdue.v1', 'vn.gov.pressinfo.press.PressDutyMissed.v1']) AS t;
