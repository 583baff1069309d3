-- Issue 16: which successor takes each predecessor's open work, the children a merge moves, and the agency tree
-- on a date.

-- The successor that takes a predecessor's open work (cases, inquiries, incidents, assignments): at most one per
-- predecessor and reorganisation; none when the work returns to the press management department. Reorganisations
-- recorded before gave it to the first successor (what AgencyReorganized.Link.heir() assumes for them).
ALTER TABLE reorganisation_link ADD COLUMN takes_work boolean NOT NULL DEFAULT false;
UPDATE reorganisation_link l SET takes_work = true
WHERE l.successor_id = (SELECT p.agency_id FROM reorganisation_participant p
                        WHERE p.reorganisation_id = l.reorganisation_id AND p.role = 'SUCCESSOR'
                        ORDER BY p.position LIMIT 1);
ALTER TABLE reorganisation_link ALTER COLUMN takes_work DROP DEFAULT;
CREATE UNIQUE INDEX reorganisation_link_one_heir ON reorganisation_link (reorganisation_id, predecessor_id) WHERE takes_work;

-- Active children of the predecessors that a merge (or a dissolution with one successor) moved under the successor.
CREATE TABLE reorganisation_moved_child (
    reorganisation_id uuid    NOT NULL REFERENCES reorganisation (id),
    agency_id         uuid    NOT NULL REFERENCES agency (id),
    position          integer NOT NULL,
    code              text    NOT NULL,
    name              text    NOT NULL,
    from_parent_id    uuid    NOT NULL REFERENCES agency (id),
    to_parent_id      uuid    NOT NULL REFERENCES agency (id),
    PRIMARY KEY (reorganisation_id, agency_id)
);
CREATE INDEX reorganisation_moved_child_agency ON reorganisation_moved_child (agency_id);

-- GET /api/v1/agencies?on=DATE filters and searches the versions valid on that date.
ALTER TABLE agency_version ADD COLUMN name_search text GENERATED ALWAYS AS (lower(f_unaccent(name))) STORED;
CREATE INDEX agency_version_valid ON agency_version (valid_from, valid_to);
CREATE INDEX agency_version_parent ON agency_version (parent_id);
