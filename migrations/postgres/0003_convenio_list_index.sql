-- The registry of convenios is listed by status, newest signature first
-- (GET /api/v1/convenios?status=vigente&sort=-signed). The list orders by
-- signed COLLATE "C" with absent dates last when descending and first when
-- ascending, then by id: this index holds exactly that order forwards and
-- its reverse backwards, so both directions read the page in order instead
-- of sorting every match. It also serves every search by status alone, so
-- it replaces convenios_by_status.
DROP INDEX convenios_by_status;
CREATE INDEX convenios_by_status_signed
    ON convenios(status, signed COLLATE "C" DESC NULLS LAST, id DESC);
