-- An agreement's series and year (CVOE/…/21) are read as a range of codes
-- that share a beginning, compared byte by byte whatever the database's
-- collation: the rule of its number reads those agreements, not them all.
CREATE INDEX agreements__code_bytes ON agreements (code COLLATE "C");
