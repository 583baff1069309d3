-- Indexes for the lists read with ListQuery (docs/adr/0020-list-reads.md): each list's order is now one direction
-- throughout (newest first, then id descending, so that a cursor is one row comparison), and an index in that order
-- answers both the page and the seek of the next one.

-- The inbox: by audience, newest first; unread=true gets its own partial index, small since items are read.
DROP INDEX inbox_item_audience;
CREATE INDEX inbox_item_audience ON inbox_item (audience, created_at DESC, id DESC);
CREATE INDEX inbox_item_audience_unread ON inbox_item (audience, created_at DESC, id DESC) WHERE read_at IS NULL;

-- The delivery log: newest first, and by status (FAILED ones) and by recipient, its usual filters; event id is
-- answered by delivery_once (event_id, recipient, channel).
DROP INDEX delivery_created;
CREATE INDEX delivery_created ON delivery (created_at DESC, id DESC);
CREATE INDEX delivery_status_created ON delivery (status, created_at DESC, id DESC);
CREATE INDEX delivery_recipient_created ON delivery (recipient, created_at DESC, id DESC);
