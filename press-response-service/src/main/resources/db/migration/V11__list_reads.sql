-- The lists read with ListQuery (docs/adr/0020-list-reads.md).

-- The case list no longer keeps pages and totals per change version (docs/adr/0012-case-list-reads.md, superseded
-- in part): nothing reads press_case_changes any more. Its triggers go, so that a transaction that changes cases no
-- longer updates the one counter row at commit (which made concurrent case writes queue on that row's lock); the
-- table stays, with its last version, as no migration here destroys data.
DROP TRIGGER press_case_changed ON press_case;
DROP TRIGGER press_case_truncated ON press_case;
DROP FUNCTION press_case_changed();

-- Statements of every agency, newest first (the authenticated list without an agency filter); an agency's are read
-- by statement_agency_issued, the public feed's by statement_public_issued.
CREATE INDEX statement_issued ON statement (issued_at DESC, id DESC);

-- Inquiries in one state, newest first: the list's order ends with id, for its cursor.
CREATE INDEX press_inquiry_state_received ON press_inquiry (state, received_at DESC, id DESC);
DROP INDEX press_inquiry_state;
