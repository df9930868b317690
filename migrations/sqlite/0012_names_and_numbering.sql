-- A person's surnames when the name alone does not show them, and the
-- article an organization's name takes in a sentence.
ALTER TABLE people ADD COLUMN surnames TEXT;
ALTER TABLE organizations ADD COLUMN article TEXT;
-- Whether a cancelled session keeps its number or releases it.
ALTER TABLE commissions ADD COLUMN cancelled_sessions TEXT;
-- A cancelled session may release its number to the session held in its
-- place, so the number is no longer unique by itself: the rule lives in
-- the domain (record_rules, the commission's cancelled_sessions). SQLite
-- drops a constraint by building the table anew.
CREATE TABLE sessions_renumbered (
    id INTEGER PRIMARY KEY,
    key TEXT NOT NULL UNIQUE,
    commission TEXT NOT NULL REFERENCES commissions(key),
    year INTEGER NOT NULL,
    type TEXT NOT NULL,
    number INTEGER NOT NULL,
    date TEXT NOT NULL,
    time TEXT,
    modality TEXT NOT NULL,
    status TEXT NOT NULL
);
INSERT INTO sessions_renumbered (id, key, commission, year, type, number, date, time, modality, status)
    SELECT id, key, commission, year, type, number, date, time, modality, status FROM sessions;
DROP TABLE sessions;
ALTER TABLE sessions_renumbered RENAME TO sessions;
CREATE INDEX sessions_by_date ON sessions(commission, date);
CREATE INDEX sessions_by_number ON sessions(commission, year, type, number);
