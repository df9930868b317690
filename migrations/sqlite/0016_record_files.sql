-- The files of the record (expediente), apart from the records so that
-- reading records never reads them. Sending a name again keeps a new
-- version; nothing is replaced. `purpose` tells an annex staff attached
-- from a minuta frozen when its approval was recorded.
CREATE TABLE record_files (
    id INTEGER PRIMARY KEY,
    owner_array TEXT NOT NULL
        CHECK (owner_array IN ('sessions', 'documents', 'convenios', 'agreements')),
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
-- The session whose minuta an agreement approves, when the agreement says
-- so (else: the previous ordinary session's, by rule).
ALTER TABLE agreements ADD COLUMN minutes_of TEXT REFERENCES sessions(key);
CREATE INDEX agreements__by_minutes_of ON agreements(minutes_of);
