-- Indexes for the public lists now read with ListQuery (docs/adr/0020-list-reads.md), whose `after` cursor seeks in
-- the list's order: each index follows a list's equality filter and then its order, ending with the id.

-- GET /api/v1/public/spokespersons: the directory view lists the entries of the active agencies by agency name, then
-- agency id; an agency's own entries (a few) are read by spokesperson_agency and spokesperson_authorization_agency.
CREATE INDEX agency_active_name ON agency (name, id) WHERE status = 'ACTIVE';

-- GET /api/v1/public/representative-offices: by press agency (press_agency_name_order), then province, address, id.
DROP INDEX representative_office_press_agency;
CREATE INDEX representative_office_press_agency ON representative_office (press_agency_id, province, address, id);

-- GET /api/v1/public/resident-reporters: by press agency (press_agency_name_order), then the folded name the view
-- orders by (full_name_sort), id.
DROP INDEX resident_reporter_press_agency;
CREATE INDEX resident_reporter_press_agency ON resident_reporter (press_agency_id, (lower(f_unaccent(full_name))), id);
