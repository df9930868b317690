-- A person's surnames when the name alone does not show them, and the
-- article an organization's name takes in a sentence.
ALTER TABLE people ADD COLUMN surnames TEXT;
ALTER TABLE organizations ADD COLUMN article TEXT;
-- Whether a cancelled session keeps its number or releases it.
ALTER TABLE commissions ADD COLUMN cancelled_sessions TEXT;
-- A cancelled session may release its number to the session held in its
-- place, so the number is no longer unique by itself: the rule lives in
-- the domain (record_rules, the commission's cancelled_sessions).
ALTER TABLE sessions DROP CONSTRAINT sessions_commission_year_type_number_key;
CREATE INDEX sessions_by_number ON sessions(commission, year, type, number);
