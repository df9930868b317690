-- Where a session is held, when it was convened, and when it opened and
-- closed: the convocatoria and the minutes print them, and the review
-- checks the notice the convocatoria gave.
ALTER TABLE sessions ADD COLUMN place TEXT;
ALTER TABLE sessions ADD COLUMN link TEXT;
ALTER TABLE sessions ADD COLUMN convened_on TEXT;
ALTER TABLE sessions ADD COLUMN convened_at TEXT;
ALTER TABLE sessions ADD COLUMN opened_at TEXT;
ALTER TABLE sessions ADD COLUMN closed_at TEXT;
-- Who presents an agenda item, and what the minutes say was discussed.
ALTER TABLE agenda_items ADD COLUMN presenter TEXT REFERENCES areas(key);
ALTER TABLE agenda_items ADD COLUMN summary TEXT;
CREATE INDEX agenda_items__by_presenter ON agenda_items(presenter);
-- A commission's voting rules: which seats vote (a JSON list of roles),
-- its quorum, the majority that approves, and the notice it requires.
ALTER TABLE commissions ADD COLUMN voting_roles TEXT;
ALTER TABLE commissions ADD COLUMN quorum INTEGER CHECK (quorum >= 1);
ALTER TABLE commissions ADD COLUMN majority TEXT;
ALTER TABLE commissions ADD COLUMN notice_hours_ordinary INTEGER CHECK (notice_hours_ordinary >= 0);
ALTER TABLE commissions ADD COLUMN notice_hours_extraordinary INTEGER
    CHECK (notice_hours_extraordinary >= 0);
-- How the voting seats voted an agreement: by name in three lists, or
-- unanimously. One vote per agreement.
CREATE TABLE votes (
    id INTEGER PRIMARY KEY,
    agreement TEXT NOT NULL UNIQUE REFERENCES agreements(code),
    unanimous INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE votes__in_favour (
    owner_id INTEGER NOT NULL REFERENCES votes(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    value TEXT NOT NULL REFERENCES memberships(key),
    PRIMARY KEY (owner_id, position)
);
CREATE INDEX votes__in_favour__by_value ON votes__in_favour(value);
CREATE TABLE votes__against (
    owner_id INTEGER NOT NULL REFERENCES votes(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    value TEXT NOT NULL REFERENCES memberships(key),
    PRIMARY KEY (owner_id, position)
);
CREATE INDEX votes__against__by_value ON votes__against(value);
CREATE TABLE votes__abstaining (
    owner_id INTEGER NOT NULL REFERENCES votes(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    value TEXT NOT NULL REFERENCES memberships(key),
    PRIMARY KEY (owner_id, position)
);
CREATE INDEX votes__abstaining__by_value ON votes__abstaining(value);
-- Votos particulares, concurrentes and razonados.
CREATE TABLE vote_opinions (
    id INTEGER PRIMARY KEY,
    key TEXT NOT NULL UNIQUE,
    agreement TEXT NOT NULL REFERENCES agreements(code),
    membership TEXT NOT NULL REFERENCES memberships(key),
    kind TEXT NOT NULL,
    text TEXT
);
CREATE INDEX vote_opinions__by_agreement ON vote_opinions(agreement);
CREATE INDEX vote_opinions__by_membership ON vote_opinions(membership);
