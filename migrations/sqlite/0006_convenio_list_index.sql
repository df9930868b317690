-- The registry of convenios is listed by status, newest signature first
-- (GET /api/v1/convenios?status=vigente&sort=-signed). The list sorts on
-- COALESCE(signed, '') so absent dates have a place in the order and a
-- cursor can name any row; only an index on that same expression lets
-- SQLite walk the rows in order instead of sorting every match. It also
-- serves every search by status alone, so it replaces convenios_by_status.
DROP INDEX convenios_by_status;
CREATE INDEX convenios_by_status_signed ON convenios(status, COALESCE(signed, ''));
