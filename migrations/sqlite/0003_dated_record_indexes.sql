-- A report reads one period (Store::load_scope): the records it picks by
-- date are found through an index instead of a scan of every year.
CREATE INDEX activities_by_date ON activities(date);
CREATE INDEX documents_by_date ON documents(date);
CREATE INDEX external_sessions_by_date ON external_sessions(date);
CREATE INDEX sivople_reports_by_date ON sivople_reports(date);
CREATE INDEX election_notes_by_date ON election_notes(election_date);
CREATE INDEX mailings_by_date ON mailings(date);
CREATE INDEX pertinence_opinions_by_date ON pertinence_opinions(date);
