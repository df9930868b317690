#pragma once

#include "domain/accounts.h"
#include "domain/store.h"

namespace vincula::domain {

// Whether opening may create and migrate the database.
enum class OpenMode { CreateOrUpgrade, ExistingOnly };

// One database holds the institute's records, its users and its audit log;
// each backend (SQLite, PostgreSQL) implements all of it.
class Database : public Store, public Accounts {};

}  // namespace vincula::domain
