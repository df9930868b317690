-- Every committed change tells every Vincula server at once: each table
-- sends a notice on the channel vincula_changes after any statement that
-- writes it, and PostgreSQL delivers the notices of a transaction when it
-- commits (none if it rolls back; several of one transaction arrive as one).
-- A server keeps the answers of its most repeated reads until it hears one
-- (storage/postgres/change_listener.h). A table added later needs the same
-- trigger: the storage tests fail for a table without it.
CREATE FUNCTION vincula_notify_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('vincula_changes', '');
    RETURN NULL;
END
$$;

DO $$
DECLARE
    written record;
BEGIN
    FOR written IN SELECT tablename FROM pg_tables WHERE schemaname = current_schema() LOOP
        EXECUTE format(
            'CREATE TRIGGER vincula_change_notice AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE '
            'ON %I FOR EACH STATEMENT EXECUTE FUNCTION vincula_notify_change()',
            written.tablename);
    END LOOP;
END
$$;
