-- What a quarter's scope looks up, by index rather than by reading the
-- table (storage/schema/scope_filters.cpp): the convenios still marked in
-- force after their validity ended, and the documents presented over a
-- span or covering exactly the period. In a database of every electoral
-- body (bench/http/sizes, S32) each was a scan of 200 000 convenios or
-- 100 000 documents on every report.
CREATE INDEX convenios_by_status_valid_to ON convenios(status, valid_to);
CREATE INDEX documents_by_presented_from ON documents(presented_from);
CREATE INDEX documents_by_covers_from ON documents(covers_from);
