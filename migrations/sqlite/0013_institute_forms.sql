-- How a commission writes its agreements' codes («OPLEV/CG{numero:3}/{año}»);
-- the IECM's pattern when empty.
ALTER TABLE commissions ADD COLUMN agreement_code_format TEXT;
-- A work programme's own title and abbreviation when not the IECM's.
ALTER TABLE work_programmes ADD COLUMN title TEXT;
ALTER TABLE work_programmes ADD COLUMN abbreviation TEXT;
-- The entity a contest's organizing institute serves, when not Mexico City.
ALTER TABLE contests ADD COLUMN home_entity TEXT;
-- A party's seat may name the person who represents the party beside it:
-- the seat's check is rebuilt (SQLite changes a constraint by building the
-- table anew; references are checked before the migration commits).
CREATE TABLE memberships_represented (
    id INTEGER PRIMARY KEY,
    key TEXT NOT NULL UNIQUE,
    commission TEXT NOT NULL REFERENCES commissions(key),
    person TEXT REFERENCES people(key),
    organization TEXT REFERENCES organizations(key),
    role TEXT NOT NULL,
    label TEXT,
    area TEXT REFERENCES areas(key),
    "from" TEXT NOT NULL,
    "to" TEXT,
    appointed_by TEXT,
    appointed_on TEXT,
    ratified_by TEXT,
    ratified_on TEXT,
    substitute_for TEXT REFERENCES memberships(key),
    CHECK (person IS NOT NULL OR organization IS NOT NULL),
    CHECK (person IS NULL OR organization IS NULL OR role = 'representacion_partido'),
    CHECK ("to" IS NULL OR "to" >= "from")
);
INSERT INTO memberships_represented
    SELECT id, key, commission, person, organization, role, label, area, "from", "to",
           appointed_by, appointed_on, ratified_by, ratified_on, substitute_for
    FROM memberships;
DROP TABLE memberships;
ALTER TABLE memberships_represented RENAME TO memberships;
CREATE INDEX memberships_by_commission ON memberships(commission, "from");
CREATE INDEX memberships__by_substitute_for ON "memberships"("substitute_for");
CREATE INDEX memberships__by_area ON "memberships"("area");
CREATE INDEX memberships__by_organization ON "memberships"("organization");
CREATE INDEX memberships__by_person ON "memberships"("person");
