-- An agenda item keeps files of its own, its annexes, even when it presents
-- no document and adopts no agreement. Agenda items have no key: a file
-- names the item by the number the store gave it. SQLite changes a CHECK
-- only by rebuilding the table, columns in the same order.
CREATE TABLE record_files_rebuilt (
    id INTEGER PRIMARY KEY,
    owner_array TEXT NOT NULL
        CHECK (owner_array IN ('sessions', 'agenda_items', 'documents', 'convenios', 'agreements')),
    owner_key TEXT NOT NULL,
    name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    version INTEGER NOT NULL CHECK (version >= 1),
    purpose TEXT NOT NULL,
    media_type TEXT NOT NULL,
    size INTEGER NOT NULL CHECK (size >= 0),
    sha256 TEXT NOT NULL,
    added_by TEXT NOT NULL,
    added_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    content BLOB NOT NULL,
    UNIQUE (owner_array, owner_key, name, version)
);
INSERT INTO record_files_rebuilt SELECT * FROM record_files;
DROP TABLE record_files;
ALTER TABLE record_files_rebuilt RENAME TO record_files;
