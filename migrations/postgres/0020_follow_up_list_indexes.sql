-- «Acuerdos» lists the pending follow-ups soonest deadline first, those
-- without one last, and the fulfilled ones latest first, each a page at a
-- time (web/follow_up_pages.cpp). The list orders by the text byte by byte
-- (COLLATE "C") with absent values last, then by id: these indexes hold
-- exactly those orders, so a page is read in order instead of sorting every
-- follow-up of the status. They also count a status.
CREATE INDEX agreement_follow_ups_by_status_deadline
    ON agreement_follow_ups(status, deadline COLLATE "C" NULLS LAST, id);
CREATE INDEX agreement_follow_ups_by_status_fulfilled
    ON agreement_follow_ups(status, fulfilled_on COLLATE "C" DESC NULLS LAST, id DESC);
