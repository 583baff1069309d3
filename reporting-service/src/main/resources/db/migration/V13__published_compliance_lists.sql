-- Published compliance lists (issue 17): the period's commendation proposal (đề nghị khen thưởng) and the list of agencies
-- that did not perform well (danh sách chưa thực hiện tốt), as press-admin published them with the decision that adopts
-- them. Public once published. The agencies, the issuer (the press management department on the decision date, its code
-- and province committee) and the rule are snapshots: later renames, role changes or new scores do not change a list.
CREATE TABLE compliance_list (
    id                  uuid        PRIMARY KEY,
    period_label        text        NOT NULL,
    kind                text        NOT NULL CHECK (kind IN ('COMMENDATION', 'NOT_PERFORMING_WELL')),
    decision_number     text        NOT NULL,
    decision_date       date        NOT NULL,
    decision_signer     text        NOT NULL,
    issuer_id           uuid        NOT NULL,
    issuer_name         text        NOT NULL,
    issuer_code         text,
    province_committee  text        NOT NULL,
    -- the rule that derived the agencies from the scores; null when press-admin named them
    rule                text,
    agencies            jsonb       NOT NULL,
    agency_count        int         NOT NULL,
    published_at        timestamptz NOT NULL,
    published_by        text        NOT NULL,
    -- one list of each kind per period (publishing it again answers 409)
    UNIQUE (period_label, kind)
);
CREATE INDEX compliance_list_published ON compliance_list (published_at DESC, id);

-- Who did what to a list, when (the audit trail; PUBLISHED today).
CREATE TABLE compliance_list_audit (
    id       bigserial   PRIMARY KEY,
    list_id  uuid        NOT NULL REFERENCES compliance_list (id),
    action   text        NOT NULL,
    actor    text        NOT NULL,
    at       timestamptz NOT NULL,
    detail   jsonb       NOT NULL
);
CREATE INDEX compliance_list_audit_list ON compliance_list_audit (list_id, at);
