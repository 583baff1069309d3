-- Shared by every service (platform-web): accent-insensitive search and Idempotency-Key replay.

CREATE EXTENSION IF NOT EXISTS unaccent;

-- unaccent() is only STABLE (its dictionary could change); this wrapper pins the dictionary so it
-- can be used in generated columns and indexes.
CREATE OR REPLACE FUNCTION f_unaccent(text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
AS $$ SELECT public.unaccent('public.unaccent'::regdictionary, $1) $$;

CREATE TABLE idempotency_key (
    scope          text        NOT NULL,
    idem_key       text        NOT NULL,
    request_hash   text        NOT NULL,
    status         integer,
    content_type   text,
    location       text,
    etag           text,
    response_body  text,
    created_at     timestamptz NOT NULL DEFAULT now(),
    completed_at   timestamptz,
    PRIMARY KEY (scope, idem_key)
);
CREATE INDEX idempotency_key_created_at ON idempotency_key (created_at);
