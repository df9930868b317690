#pragma once

#include "domain/accounts.h"
#include "domain/entry_requests.h"
#include "domain/outbox.h"
#include "domain/publications.h"
#include "domain/record_files.h"
#include "domain/store.h"
#include "domain/work_files.h"

namespace vincula::domain {

// Whether opening may create and migrate the database.
enum class OpenMode { CreateOrUpgrade, ExistingOnly };

// One database holds the institute's records, its users, its audit log, the
// reports approved for publication, the contest works' files, the files of the record, the public's
// registrations awaiting their e-mail's confirmation and the mailings sent
// through its mail server; each backend (SQLite, PostgreSQL) implements all
// of it.
class Database : public Store,
                 public Accounts,
                 public Publications,
                 public WorkFiles,
                 public RecordFiles,
                 public EntryRequests,
                 public Outbox {};

}  // namespace vincula::domain
