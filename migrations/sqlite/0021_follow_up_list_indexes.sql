-- «Acuerdos» lists the pending follow-ups soonest deadline first, those
-- without one last, and the fulfilled ones latest first, each a page at a
-- time (web/follow_up_pages.cpp). The list sorts on whether the value is
-- absent, then on COALESCE(value, ''), then on id: only an index on those
-- same expressions lets SQLite walk a page in order instead of sorting every
-- follow-up of the status (in a database of every electoral body, S32 of
-- bench/http/sizes, 45 000 of them on every load). They also count a status.
CREATE INDEX agreement_follow_ups_by_status_deadline
    ON agreement_follow_ups(status, (deadline IS NULL), COALESCE(deadline, ''));
CREATE INDEX agreement_follow_ups_by_status_fulfilled
    ON agreement_follow_ups(status, COALESCE(fulfilled_on, ''));
