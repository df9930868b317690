-- Observations of the members to a session's draft minuta: who (the seat),
-- when, what, and whether the minuta took it in.
CREATE TABLE minutes_observations (
    id INTEGER PRIMARY KEY,
    key TEXT NOT NULL UNIQUE,
    session TEXT NOT NULL REFERENCES sessions(key),
    membership TEXT NOT NULL REFERENCES memberships(key),
    date TEXT NOT NULL,
    text TEXT NOT NULL,
    outcome TEXT NOT NULL
);
CREATE INDEX minutes_observations__by_session ON minutes_observations(session);
CREATE INDEX minutes_observations__by_membership ON minutes_observations(membership);
