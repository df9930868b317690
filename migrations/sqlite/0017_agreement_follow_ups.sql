-- The follow-up of agreements that order something: what they order, the
-- areas responsible (a list), the deadline, and their fulfilment.
CREATE TABLE agreement_follow_ups (
    id INTEGER PRIMARY KEY,
    agreement TEXT NOT NULL UNIQUE REFERENCES agreements(code),
    instruction TEXT,
    deadline TEXT,
    status TEXT NOT NULL,
    fulfilled_on TEXT,
    evidence TEXT
);
CREATE TABLE agreement_follow_ups__areas (
    owner_id INTEGER NOT NULL REFERENCES agreement_follow_ups(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    value TEXT NOT NULL REFERENCES areas(key),
    PRIMARY KEY (owner_id, position)
);
-- An area's follow-ups: what its page lists.
CREATE INDEX agreement_follow_ups__areas__by_value ON agreement_follow_ups__areas(value);
