-- API tokens can expire and be revoked (revoking deletes the row: the hash
-- is gone at once); the day of last use is kept for their owners to judge.
-- A token is named by its rowid, never by its hash.
ALTER TABLE api_tokens ADD COLUMN expires_at TEXT;
ALTER TABLE api_tokens ADD COLUMN last_used_at TEXT;
