-- How a commission writes its agreements' codes («OPLEV/CG{numero:3}/{año}»);
-- the IECM's pattern when empty.
ALTER TABLE commissions ADD COLUMN agreement_code_format TEXT;
-- A work programme's own title and abbreviation when not the IECM's.
ALTER TABLE work_programmes ADD COLUMN title TEXT;
ALTER TABLE work_programmes ADD COLUMN abbreviation TEXT;
-- The entity a contest's organizing institute serves, when not Mexico City.
ALTER TABLE contests ADD COLUMN home_entity TEXT;
-- A party's seat may name the person who represents the party beside it.
ALTER TABLE memberships DROP CONSTRAINT memberships_check;
ALTER TABLE memberships ADD CONSTRAINT memberships_holder
    CHECK (person IS NOT NULL OR organization IS NOT NULL);
ALTER TABLE memberships ADD CONSTRAINT memberships_represented
    CHECK (person IS NULL OR organization IS NULL OR role = 'representacion_partido');
