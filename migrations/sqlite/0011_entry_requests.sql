-- A contest registration sent by the public waits here until the link
-- mailed to its address is opened (domain/entry_requests.h). Rows stay two
-- days, used or not, so that the hourly bound per address counts them all.
CREATE TABLE entry_requests (
    token_hash TEXT PRIMARY KEY,
    contest TEXT NOT NULL,
    fields TEXT NOT NULL,
    address TEXT NOT NULL,
    created_ms INTEGER NOT NULL,
    used_ms INTEGER
);
CREATE INDEX entry_requests_by_address ON entry_requests(address, created_ms);
CREATE INDEX entry_requests_by_age ON entry_requests(created_ms);
