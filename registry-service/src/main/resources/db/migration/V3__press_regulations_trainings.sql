-- Issue 3 (press slice): spokesperson regulations, trainings, press agencies with their representative
-- offices and resident reporters, press cards. History of the editable records (regulations, press
-- agencies) is kept in per-entity revision tables: one full snapshot per version, appended, never edited.

-- Spokesperson regulations (quy chế phát ngôn): an agency's decision adopting its rules.
CREATE TABLE spokesperson_regulation (
    id              uuid        PRIMARY KEY,
    agency_id       uuid        NOT NULL REFERENCES agency (id),
    decision_number text        NOT NULL,
    decision_date   date        NOT NULL,
    issuer          text        NOT NULL,
    document_url    text        NOT NULL CHECK (document_url ~* '^https?://'),
    effective_from  date        NOT NULL,
    note            text,
    version         bigint      NOT NULL,
    created_at      timestamptz NOT NULL,
    created_by      text        NOT NULL,
    updated_at      timestamptz NOT NULL,
    updated_by      text        NOT NULL,
    CONSTRAINT regulation_effective_after_decision CHECK (effective_from >= decision_date)
);
CREATE INDEX spokesperson_regulation_agency ON spokesperson_regulation (agency_id, effective_from DESC);

CREATE TABLE regulation_revision (
    id                 bigserial   PRIMARY KEY,
    regulation_id      uuid        NOT NULL REFERENCES spokesperson_regulation (id),
    regulation_version bigint      NOT NULL,
    decision_number    text        NOT NULL,
    decision_date      date        NOT NULL,
    issuer             text        NOT NULL,
    document_url       text        NOT NULL,
    effective_from     date        NOT NULL,
    note               text,
    recorded_at        timestamptz NOT NULL,
    recorded_by        text        NOT NULL,
    reason             text,
    CONSTRAINT regulation_revision_unique UNIQUE (regulation_id, regulation_version)
);

-- Trainings (tập huấn, bồi dưỡng) and who attended them for which agency.
CREATE TABLE training_session (
    id          uuid        PRIMARY KEY,
    title       text        NOT NULL,
    held_on     date        NOT NULL,
    organizer   text        NOT NULL,
    location    text        NOT NULL,
    description text,
    created_at  timestamptz NOT NULL,
    created_by  text        NOT NULL
);
CREATE INDEX training_session_held_on ON training_session (held_on DESC);

CREATE TABLE training_attendance (
    id              uuid        PRIMARY KEY,
    training_id     uuid        NOT NULL REFERENCES training_session (id),
    agency_id       uuid        NOT NULL REFERENCES agency (id),
    full_name       text        NOT NULL,
    -- the same person is the same folded name within one agency ("Nguyễn Văn A" = "nguyen van a")
    full_name_key   text        GENERATED ALWAYS AS (lower(f_unaccent(full_name))) STORED,
    title           text        NOT NULL,
    attended_as     text        NOT NULL CHECK (attended_as IN ('SPOKESPERSON', 'SUBSTITUTE')),
    recorded_at     timestamptz NOT NULL,
    recorded_by     text        NOT NULL,
    CONSTRAINT training_attendance_person_once UNIQUE (training_id, agency_id, full_name_key)
);
-- an agency has one spokesperson: only one attendee per session can attend as the spokesperson
CREATE UNIQUE INDEX training_attendance_one_spokesperson ON training_attendance (training_id, agency_id)
    WHERE attended_as = 'SPOKESPERSON';
CREATE INDEX training_attendance_agency ON training_attendance (agency_id);

-- Press agencies (cơ quan báo chí).
CREATE TABLE press_agency (
    id             uuid        PRIMARY KEY,
    name           text        NOT NULL,
    name_search    text        GENERATED ALWAYS AS (lower(f_unaccent(name))) STORED,
    medium         text        NOT NULL CHECK (medium IN ('ONLINE', 'PRINT', 'RADIO', 'TV', 'MAGAZINE')),
    governing_body text        NOT NULL,
    licence_number text        NOT NULL,
    licence_date   date        NOT NULL,
    licence_issuer text        NOT NULL,
    website        text        CHECK (website IS NULL OR website ~* '^https?://'),
    status         text        NOT NULL CHECK (status IN ('ACTIVE', 'SUSPENDED', 'CLOSED')),
    version        bigint      NOT NULL,
    created_at     timestamptz NOT NULL,
    created_by     text        NOT NULL,
    updated_at     timestamptz NOT NULL,
    updated_by     text        NOT NULL
);
CREATE INDEX press_agency_name_search ON press_agency USING gin (name_search gin_trgm_ops);
CREATE INDEX press_agency_medium ON press_agency (medium);

CREATE TABLE press_agency_revision (
    id                   bigserial   PRIMARY KEY,
    press_agency_id      uuid        NOT NULL REFERENCES press_agency (id),
    press_agency_version bigint      NOT NULL,
    name                 text        NOT NULL,
    medium               text        NOT NULL,
    governing_body       text        NOT NULL,
    licence_number       text        NOT NULL,
    licence_date         date        NOT NULL,
    licence_issuer       text        NOT NULL,
    website              text,
    status               text        NOT NULL,
    recorded_at          timestamptz NOT NULL,
    recorded_by          text        NOT NULL,
    reason               text,
    CONSTRAINT press_agency_revision_unique UNIQUE (press_agency_id, press_agency_version)
);

-- Representative offices (văn phòng đại diện) of press agencies in the province.
CREATE TABLE representative_office (
    id              uuid        PRIMARY KEY,
    press_agency_id uuid        NOT NULL REFERENCES press_agency (id),
    address         text        NOT NULL,
    province        text        NOT NULL,
    head            text        NOT NULL,
    phone           text        NOT NULL,
    email           text        NOT NULL,
    licence_number  text        NOT NULL,
    licence_date    date        NOT NULL,
    licence_issuer  text        NOT NULL,
    created_at      timestamptz NOT NULL,
    created_by      text        NOT NULL
);
CREATE INDEX representative_office_press_agency ON representative_office (press_agency_id);

-- Resident reporters (phóng viên thường trú) of press agencies in the province.
CREATE TABLE resident_reporter (
    id                uuid        PRIMARY KEY,
    press_agency_id   uuid        NOT NULL REFERENCES press_agency (id),
    full_name         text        NOT NULL,
    press_card_number text,
    area              text        NOT NULL,
    phone             text        NOT NULL,
    email             text        NOT NULL,
    valid_from        date        NOT NULL,
    valid_to          date,
    created_at        timestamptz NOT NULL,
    created_by        text        NOT NULL,
    CONSTRAINT resident_reporter_range CHECK (valid_to IS NULL OR valid_to >= valid_from)
);
CREATE INDEX resident_reporter_press_agency ON resident_reporter (press_agency_id);

-- Press cards (thẻ nhà báo): the number is the key, stored upper case.
CREATE TABLE press_card (
    number          text        PRIMARY KEY CHECK (number = upper(number) AND length(number) <= 50),
    holder_name     text        NOT NULL,
    holder_search   text        GENERATED ALWAYS AS (lower(f_unaccent(holder_name))) STORED,
    press_agency_id uuid        NOT NULL REFERENCES press_agency (id),
    valid_until     date        NOT NULL,
    created_at      timestamptz NOT NULL,
    created_by      text        NOT NULL
);
CREATE INDEX press_card_press_agency ON press_card (press_agency_id);
CREATE INDEX press_card_holder_search ON press_card USING gin (holder_search gin_trgm_ops);
