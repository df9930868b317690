#pragma once

#include "domain/accounts.h"
#include "domain/publications.h"
#include "domain/store.h"

namespace vincula::domain {

// Whether opening may create and migrate the database.
enum class OpenMode { CreateOrUpgrade, ExistingOnly };

// One database holds the institute's records, its users, its audit log and
// the reports approved for publication; each backend (SQLite, PostgreSQL)
// implements all of it.
class Database : public Store, public Accounts, public Publications {};

}  // namespace vincula::domain
