#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/dataset.h"
#include "domain/store.h"

// What a change of a few records must be checked against, asked of the
// store instead of read whole: the cost of a write follows the records it
// touches, not the size of the database.
namespace vincula::domain {

// The stored records the rules of validate() read about `incoming` (the new
// or changed records of one request): any with the same key, those the
// incoming records refer to and, in turn, those these refer to; and, for
// rules that compare a record with others of its kind, those others (the
// sessions of a commission's year, for their numbers; the items of a
// session's agenda, for their order; the agreements of an agreement's
// series and year, for its number). A superset, so that validate() of it
// and `incoming` says of `incoming` what it says beside every stored record,
// and an agreement's next code and the settling of codes read the same.
//
// Empty (std::nullopt) when `incoming` changes the institution, whose
// rules this does not know how to ask for: the caller reads everything.
std::optional<Dataset> neighbourhood(StoredRecords& stored, const Dataset& incoming);

// What changing `current` (one stored record) into `changed` is checked
// against: the neighbourhood of both and, when the change drops lines or
// actions of a work programme, every stored record that names them (as
// for a removal). std::nullopt as neighbourhood() says.
std::optional<Dataset> change_neighbourhood(StoredRecords& stored, const Dataset& changed,
                                            const Dataset& current);

// What removing `current` (one stored record of `array`) is checked against:
// what it names (the caller's limits read it: an area removes progress only
// on its own convenios) and, when records of `array` may be named, every
// stored record that names it (StoredRecords::naming, field by field, and
// StoredRecords::containing for references nested in a record, such as an
// activity's participants), so referrers() finds the same holders as beside
// everything. Empty (std::nullopt) when its rules read more than the
// neighbourhood, or nested records kept apart may name it (a programme's
// lines): the caller reads everything.
std::optional<Dataset> removal_neighbourhood(StoredRecords& stored, std::string_view array,
                                             const Dataset& current);

// How a store answers StoredRecords::matching with its own paged list:
// every record `list` gives for `query`, page after page, but those
// `skipped` says (by array and store number: the records set aside).
Dataset every_page(ListQuery query, const std::function<Page(const ListQuery&)>& list,
                   const std::function<bool(const std::string& array, std::int64_t id)>& skipped);

// Appends to `into` the records of `page` (of `array`) but those `skipped`
// says.
void append_unskipped(
    Dataset& into, const std::string& array, Page& page,
    const std::function<bool(const std::string& array, std::int64_t id)>& skipped);

// Where the record a reference names may be: its array and key or, for a
// programme's line or action, each key that may be its programme's.
std::vector<RecordRef> addresses_named(Refers refers, const std::string& key);

// Whether neighbourhood() knows the rules of records of `array`.
bool asks_for_neighbourhood(std::string_view array);

// What a write reads when its plan judges nothing stored (an entry of the
// audit log alone, records replaced as the caller already read them):
// nothing.
ChangeReads reads_nothing();

}  // namespace vincula::domain
