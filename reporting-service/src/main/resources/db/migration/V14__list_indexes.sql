-- Indexes for the lists read with ListQuery (docs/adr/0020-list-reads.md): each matches a list's filters and its
-- order, whose last key is unique, so that the page, the total of the same statement and a seek to an `after`
-- cursor are answered from the index.

-- Assignments: due date descending, then agency name and id ascending. A cursor needs one direction for all keys,
-- so the list orders by (DATE '9999-12-31' - due_date), which runs ascending as due_date descends; the overdue filter
-- is written on the same expression, so that it is an index bound too. Replaces assignment_request_order (same order
-- with due_date DESC, which a row comparison cannot seek in).
CREATE INDEX assignment_request_list ON assignment (request_id, (DATE '9999-12-31' - due_date), agency_name, id);
DROP INDEX assignment_request_order;
-- The open (and overdue) assignments across requests, in list order: the admin's "what is late" view.
CREATE INDEX assignment_open_list ON assignment ((DATE '9999-12-31' - due_date), agency_name, id) WHERE state = 'OPEN';

-- Report requests: issue date, creation time and id, all descending. Replaces report_request_issued (issued_on DESC,
-- id), which the list's order could not use.
CREATE INDEX report_request_list ON report_request (issued_on DESC, created_at DESC, id DESC);
DROP INDEX report_request_issued;

-- Published compliance lists: decision date, publication time and id, all descending.
CREATE INDEX compliance_list_list ON compliance_list (decision_date DESC, published_at DESC, id DESC);
