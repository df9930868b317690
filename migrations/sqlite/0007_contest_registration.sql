-- Public registration to contests, jurors' assignments and the works' files.
ALTER TABLE contests ADD COLUMN theme TEXT;
ALTER TABLE contests ADD COLUMN registration_close_time TEXT;
ALTER TABLE contests ADD COLUMN extensions TEXT;
ALTER TABLE contests ADD COLUMN max_minutes INTEGER;
ALTER TABLE contests ADD COLUMN results_published INTEGER NOT NULL DEFAULT 0;

ALTER TABLE registrations ADD COLUMN folio TEXT;
ALTER TABLE registrations ADD COLUMN email TEXT;
ALTER TABLE registrations ADD COLUMN privacy_accepted INTEGER NOT NULL DEFAULT 0;
ALTER TABLE registrations ADD COLUMN place INTEGER;
-- The folio is what the entrant keeps: two entries never share one.
CREATE UNIQUE INDEX registrations_by_folio ON registrations(folio) WHERE folio IS NOT NULL;

-- Jurors come after registrations in a bundle: the check waits for the commit.
CREATE TABLE registrations__jurors (
    owner_id INTEGER NOT NULL REFERENCES registrations(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    value TEXT NOT NULL REFERENCES jurors(key) DEFERRABLE INITIALLY DEFERRED,
    PRIMARY KEY (owner_id, position)
);
CREATE INDEX registrations__jurors__by_value ON registrations__jurors(value);

-- A work's uploaded file, kept apart from the record so that reading the
-- records never reads the videos. Written before the registration that
-- names it; a file no registration names is never shown.
CREATE TABLE work_files (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    media_type TEXT NOT NULL,
    size INTEGER NOT NULL,
    content BLOB NOT NULL
);
