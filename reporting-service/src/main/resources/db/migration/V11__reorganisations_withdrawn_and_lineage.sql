-- Reorganisations (sắp xếp, tổ chức lại) across reporting (issue 16, docs/adr on reorganisations across services).

-- WITHDRAWN: a reorganisation ended the agency and no successor takes its report (rút yêu cầu). Final, never overdue,
-- never due soon, never counted as not submitted.
ALTER TABLE assignment DROP CONSTRAINT assignment_state_check;
ALTER TABLE assignment ADD CONSTRAINT assignment_state_check
    CHECK (state IN ('OPEN', 'SUBMITTED', 'RETURNED', 'RESUBMITTED', 'ACCEPTED', 'WITHDRAWN'));

-- Who took over from whom: one row per predecessor whose work and facts went to an heir (the successor that takes its
-- work), filled by the reorganisation mover. Facts that arrive later for a predecessor are recorded on its heir,
-- following the chain (A merged into B, B later into C: A's facts land on C).
CREATE TABLE agency_lineage (
    predecessor_id    uuid        PRIMARY KEY,
    heir_id           uuid        NOT NULL CHECK (heir_id <> predecessor_id),
    reorganisation_id uuid        NOT NULL,
    -- the legal basis number of the reorganisation, as histories quote it
    reference         text        NOT NULL,
    effective_date    date        NOT NULL,
    recorded_at       timestamptz NOT NULL
);
CREATE INDEX agency_lineage_heir ON agency_lineage (heir_id);

-- Facts recorded for a predecessor are remapped to its heir, so the successor's history, prefill and compliance include
-- them; original_agency_id keeps the agency the event named (null: the fact was never remapped).
ALTER TABLE press_fact ADD COLUMN original_agency_id uuid;
ALTER TABLE compliance_fact ADD COLUMN original_agency_id uuid;
