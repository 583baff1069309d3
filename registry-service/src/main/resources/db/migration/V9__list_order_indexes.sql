-- Indexes for the lists read with ListQuery (docs/adr/0020-list-reads.md): each list's order is one direction
-- throughout (newest first lists end with id descending), so that a cursor is one row comparison, and an index in
-- that order, behind the list's equality filter, answers both the page and the seek of the next one.

-- GET /api/v1/trainings: newest first.
DROP INDEX training_session_held_on;
CREATE INDEX training_session_held_on ON training_session (held_on DESC, created_at DESC, id DESC);

-- GET /api/v1/press-cards: by number (the primary key), also within one press agency.
DROP INDEX press_card_press_agency;
CREATE INDEX press_card_press_agency ON press_card (press_agency_id, number);

-- GET /api/v1/press-agencies: by name without accents.
CREATE INDEX press_agency_name_order ON press_agency (name_search, id);

-- GET /api/v1/agencies/{id}/authorizations: an agency's, newest first.
DROP INDEX spokesperson_authorization_agency;
CREATE INDEX spokesperson_authorization_agency ON spokesperson_authorization (agency_id, valid_from DESC, created_at DESC, id DESC);

-- GET /api/v1/agencies/{id}/spokespersons: an agency's, newest first (the exclusion constraint's index does not order).
CREATE INDEX spokesperson_agency ON spokesperson (agency_id, valid_from DESC, created_at DESC, id DESC);

-- GET /api/v1/agencies?on=DATE: the versions valid on the date, by code.
CREATE INDEX agency_version_code ON agency_version (code, agency_id);

-- GET /api/v1/reorganisations: latest effective date first.
DROP INDEX reorganisation_effective;
CREATE INDEX reorganisation_effective ON reorganisation (effective_date DESC, recorded_at DESC, id DESC);
