-- A contest registration sent by the public waits here until the link
-- mailed to its address is opened (domain/entry_requests.h). Rows stay two
-- days, used or not, so that the hourly bound per address counts them all;
-- the file uploaded in parts waits here too until the entry is registered.
CREATE TABLE entry_requests (
    token_hash TEXT PRIMARY KEY,
    contest TEXT NOT NULL,
    fields TEXT NOT NULL,
    address TEXT NOT NULL,
    created_ms INTEGER NOT NULL,
    used_ms INTEGER,
    -- The work's file as it arrives in parts, once the link is opened.
    upload_name TEXT,
    upload BLOB,
    upload_size INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX entry_requests_by_address ON entry_requests(address, created_ms);
CREATE INDEX entry_requests_by_age ON entry_requests(created_ms);
