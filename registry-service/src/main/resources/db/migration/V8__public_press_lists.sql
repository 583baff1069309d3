-- Issue 17: the province publishes the list of press agencies' representative offices and resident reporters in the
-- province (seed 004 §3c). The public endpoints read these views: only offices and reporters of press agencies that
-- operate (status ACTIVE; a suspended or closed press agency drops out of the lists), with public fields only. Whether a
-- reporter's accreditation is in force (valid_from <= day <= valid_to, valid_to inclusive and NULL for open-ended) is
-- decided by the query, for the day of the request. `search` folds what a reader may look for, as name_search does.
CREATE VIEW public_representative_office AS
SELECT o.id, o.press_agency_id, p.name AS press_agency_name, p.name_search AS press_agency_sort, p.medium,
       o.address, o.province, o.head, o.phone, o.email, o.licence_number, o.licence_date, o.licence_issuer,
       lower(f_unaccent(p.name || ' ' || o.head || ' ' || o.address || ' ' || o.province)) AS search
FROM representative_office o JOIN press_agency p ON p.id = o.press_agency_id
WHERE p.status = 'ACTIVE';

CREATE VIEW public_resident_reporter AS
SELECT r.id, r.press_agency_id, p.name AS press_agency_name, p.name_search AS press_agency_sort, p.medium,
       r.full_name, lower(f_unaccent(r.full_name)) AS full_name_sort, r.press_card_number, r.area, r.phone, r.email,
       r.valid_from, r.valid_to,
       lower(f_unaccent(p.name || ' ' || r.full_name || ' ' || r.area || ' ' || coalesce(r.press_card_number, ''))) AS search
FROM resident_reporter r JOIN press_agency p ON p.id = r.press_agency_id
WHERE p.status = 'ACTIVE';
