-- A change notice names the table its statement wrote (one notice per table
-- and transaction: PostgreSQL sends equal notices of a transaction once).
-- A server's read cache then forgets only the answers read from the tables
-- another server changed (storage/postgres/change_listener.h); its own
-- commits still make it forget everything at once.
CREATE OR REPLACE FUNCTION vincula_notify_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('vincula_changes', TG_TABLE_NAME);
    RETURN NULL;
END
$$;
