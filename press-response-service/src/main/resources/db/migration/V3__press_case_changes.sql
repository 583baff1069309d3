-- A change counter for press_case, so that the case list can reuse the total it counted for a filter while
-- no case has changed since (docs/adr/0012-case-list-reads.md). Every transaction that inserts, updates or
-- deletes cases adds one, at commit time; TRUNCATE (tests) adds one too.
--
-- The trigger is a deferred constraint trigger: it runs when the transaction commits, after every row lock
-- the transaction takes, so the short lock on the counter row cannot close a deadlock cycle; a
-- transaction-local setting makes it update the counter once per transaction, however many rows it changed.

CREATE TABLE press_case_changes (
    id       smallint PRIMARY KEY CHECK (id = 1),
    version  bigint   NOT NULL
);
INSERT INTO press_case_changes (id, version) VALUES (1, 0);

CREATE FUNCTION press_case_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'TRUNCATE' OR current_setting('pressinfo.press_case_changed', true) IS DISTINCT FROM 'yes' THEN
        UPDATE press_case_changes SET version = version + 1 WHERE id = 1;
        PERFORM set_config('pressinfo.press_case_changed', 'yes', true);
    END IF;
    RETURN NULL;
END
$$;

CREATE CONSTRAINT TRIGGER press_case_changed AFTER INSERT OR UPDATE OR DELETE ON press_case
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION press_case_changed();
CREATE TRIGGER press_case_truncated AFTER TRUNCATE ON press_case
    FOR EACH STATEMENT EXECUTE FUNCTION press_case_changed();
