-- Every column that refers to another table gets an index. SQLite does not
-- create them: without one, each insert into a referred table (with foreign
-- keys checked at commit) and each delete scans the referring table, which
-- made a 100 000-record import quadratic. src/storage/sqlite/schema_test.cpp
-- keeps this true for every table added later.

CREATE INDEX areas__by_head ON "areas"("head");
CREATE INDEX organizations__by_parent ON "organizations"("parent");
CREATE INDEX memberships__by_substitute_for ON "memberships"("substitute_for");
CREATE INDEX memberships__by_area ON "memberships"("area");
CREATE INDEX memberships__by_organization ON "memberships"("organization");
CREATE INDEX memberships__by_person ON "memberships"("person");
CREATE INDEX attendance__present__by_value ON "attendance__present"("value");
CREATE INDEX attendance__present__by_owner_id ON "attendance__present"("owner_id");
CREATE INDEX attendance__justified__by_value ON "attendance__justified"("value");
CREATE INDEX attendance__justified__by_owner_id ON "attendance__justified"("owner_id");
CREATE INDEX work_programmes__by_commission ON "work_programmes"("commission");
CREATE INDEX work_programmes__approved_by__by_value ON "work_programmes__approved_by"("value");
CREATE INDEX work_programmes__approved_by__by_owner_id ON "work_programmes__approved_by"("owner_id");
CREATE INDEX programme_lines__by_work_programme_id ON "programme_lines"("work_programme_id");
CREATE INDEX programme_actions__by_line_id ON "programme_actions"("line_id");
CREATE INDEX agenda_items__by_document ON "agenda_items"("document");
CREATE INDEX agenda_items__by_agreement ON "agenda_items"("agreement");
CREATE INDEX no_activity__by_action ON "no_activity"("action");
CREATE INDEX documents__by_action ON "documents"("action");
CREATE INDEX documents__by_area ON "documents"("area");
CREATE INDEX documents__by_series ON "documents"("series");
CREATE INDEX documents__by_approved_by ON "documents"("approved_by");
CREATE INDEX documents__presented_in__by_value ON "documents__presented_in"("value");
CREATE INDEX documents__presented_in__by_owner_id ON "documents__presented_in"("owner_id");
CREATE INDEX activities__by_action ON "activities"("action");
CREATE INDEX activities__areas__by_value ON "activities__areas"("value");
CREATE INDEX activities__areas__by_owner_id ON "activities__areas"("owner_id");
CREATE INDEX external_sessions__by_action ON "external_sessions"("action");
CREATE INDEX external_sessions__by_organization ON "external_sessions"("organization");
CREATE INDEX sivople_reports__by_action ON "sivople_reports"("action");
CREATE INDEX election_notes__by_action ON "election_notes"("action");
CREATE INDEX convenios__by_area ON "convenios"("area");
CREATE INDEX convenios__by_parent ON "convenios"("parent");
CREATE INDEX convenios__counterparts__by_value ON "convenios__counterparts"("value");
CREATE INDEX convenios__counterparts__by_owner_id ON "convenios__counterparts"("owner_id");
CREATE INDEX convenio_progress__by_area ON "convenio_progress"("area");
CREATE INDEX convenio_progress__by_session ON "convenio_progress"("session");
CREATE INDEX convenio_progress__by_convenio ON "convenio_progress"("convenio");
CREATE INDEX convenio_progress__by_action ON "convenio_progress"("action");
CREATE INDEX accompaniments__by_area ON "accompaniments"("area");
CREATE INDEX accompaniments__by_convenio ON "accompaniments"("convenio");
CREATE INDEX accompaniments__by_action ON "accompaniments"("action");
CREATE INDEX pertinence_opinions__by_convenio ON "pertinence_opinions"("convenio");
CREATE INDEX pertinence_opinions__by_action ON "pertinence_opinions"("action");
CREATE INDEX pertinence_opinions__areas__by_value ON "pertinence_opinions__areas"("value");
CREATE INDEX pertinence_opinions__areas__by_owner_id ON "pertinence_opinions__areas"("owner_id");
CREATE INDEX contacts__by_network ON "contacts"("network");
CREATE INDEX mailings__by_network ON "mailings"("network");
CREATE INDEX mailings__by_action ON "mailings"("action");
CREATE INDEX contests__by_approved_by ON "contests"("approved_by");
CREATE INDEX contests__by_action ON "contests"("action");
CREATE INDEX contests__amended_by__by_value ON "contests__amended_by"("value");
CREATE INDEX contests__amended_by__by_owner_id ON "contests__amended_by"("owner_id");
CREATE INDEX contests__co_organizers__by_value ON "contests__co_organizers"("value");
CREATE INDEX contests__co_organizers__by_owner_id ON "contests__co_organizers"("owner_id");
CREATE INDEX registrations__by_contest ON "registrations"("contest");
CREATE INDEX jurors__by_contest ON "jurors"("contest");
CREATE INDEX rubric__by_contest ON "rubric"("contest");
CREATE INDEX scores__by_registration ON "scores"("registration");
CREATE INDEX scores__by_juror ON "scores"("juror");
