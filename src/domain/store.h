#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

#include "common/result.h"
#include "domain/dataset.h"
#include "domain/period.h"

namespace vincula::domain {

// A record's address: its array and its key. Records of arrays without a
// key field (attendance, progress, mailings…) are addressed by the number
// the store gave them, written in decimal.
struct RecordRef {
    std::string array;
    std::string key;
};

enum class SortOrder { Ascending, Descending };

// One page of one array's records: equality filters on scalar fields and
// lists of references (a record matches when the list holds the value), one
// sort field (empty: the order records were added), keyset pagination.
struct ListQuery {
    std::string array;
    std::vector<std::pair<std::string, std::string>> equal;  // field, value as stored
    std::string sort;
    SortOrder order = SortOrder::Ascending;
    std::size_t limit = 50;
    std::string after;  // `Page::next` of the previous page, opaque
    // Where records without a sort value go: before every text or date in
    // ascending order and after them in descending order, or, with this,
    // after them in ascending order too (deadlines, soonest first, those
    // without one last).
    bool absent_last = false;
};

struct Page {
    Dataset records;                // only the queried array is filled
    std::vector<std::int64_t> ids;  // the store's number of each record
    std::string next;               // empty on the last page
    // `after` was not a cursor this store gave for this query: the page is
    // empty, and the caller says so rather than starting over silently.
    bool unreadable_cursor = false;
};

// One entry of the audit log: who did what to which record, and the record
// before and after as JSON text (empty when it did not exist).
struct AuditEntry {
    std::string actor;   // a user's e-mail, or «sistema» for the command line
    std::string action;  // crear, modificar, eliminar, importar, usuario…
    std::string array;
    std::string key;
    std::string before;
    std::string after;
};

struct AuditRow {
    std::int64_t id = 0;
    std::string at;  // UTC, ISO 8601
    AuditEntry entry;
};

struct AuditQuery {
    std::string actor;
    std::string array;
    std::string key;
    std::string from;  // inclusive dates (AAAA-MM-DD), empty: open
    std::string to;
    std::size_t limit = 100;
    std::int64_t before_id = 0;  // 0: newest first from the end
};

// A record that replaces the stored one at `ref` (same key).
struct Replacement {
    RecordRef ref;
    Dataset record;  // exactly one record, in ref.array
};

// Everything one request, command or import changes, applied together with
// its audit entries in one transaction.
struct Write {
    Dataset inserted;
    std::vector<Replacement> replaced;
    std::vector<RecordRef> removed;
    std::vector<AuditEntry> audit;
};

// Decides a write from what is stored (without the records set aside for
// replacement or removal), inside the write transaction: what it saw is
// still true when the write is applied. Returns every problem, or the write.
using WritePlan = std::function<common::Result<Write>(const Dataset& stored)>;

// The same, also given the records set aside as they are stored now, read
// in the same transaction: a change builds on them rather than on what a
// request read before it (two changes of one record, each of one field,
// both land), and may refuse when they are no longer what the caller saw.
using ChangePlan =
    std::function<common::Result<Write>(const Dataset& stored, const Dataset& set_aside)>;

// The questions the rules of a change ask of what is stored, answered by
// the store inside the write transaction with indexed queries (records set
// aside for the change are not answered). See domain/neighbourhood.h.
class StoredRecords {
public:
    virtual ~StoredRecords() = default;
    // The record at `ref`; an empty dataset when there is none.
    virtual Dataset find(const RecordRef& ref) = 0;
    // Every record of `query.array` whose scalar fields equal `query.equal`
    // (its limit and cursor are ignored: all of them).
    virtual Dataset matching(const ListQuery& query) = 0;
    // Every record of `array` whose text field `field` begins with `prefix`
    // and whose value `keep` accepts: the agreements of one series and year
    // («CVOE/…/21»), whose codes share a beginning but not an end. The store
    // reads the values first, and only the kept records whole.
    virtual Dataset beginning_with(const std::string& array, const std::string& field,
                                   const std::string& prefix,
                                   const std::function<bool(const std::string&)>& keep) = 0;
    // Every record of `array` that names `key` in one of `fields` (its own
    // text fields or lists of references, not nested ones); with `beneath`,
    // also a key that begins with `key` and a slash (the lines and actions
    // of a work programme): who holds a record about to be removed.
    virtual Dataset naming(const std::string& array, const std::vector<std::string>& fields,
                           const std::string& key, bool beneath) = 0;
    // The records of `array` whose nested field `field` (kept as text) holds
    // `key` as a text value somewhere (with `beneath`, a text that begins
    // with it): candidates, a superset the caller looks into.
    virtual Dataset containing(const std::string& array, const std::string& field,
                               const std::string& key, bool beneath) = 0;
};

// What a change reads instead of everything: given the store's answers and
// the set-aside records as stored now, the records the plan is given as
// `stored`; std::nullopt to read everything.
using ChangeReads =
    std::function<std::optional<Dataset>(StoredRecords& stored, const Dataset& set_aside)>;

// The store could not get its turn to write within its wait (another
// process held the database longer than the busy timeout, retries
// included): nothing was written; the caller may try again shortly.
struct StoreBusy : std::runtime_error {
    using std::runtime_error::runtime_error;
};

// Held while a request's reads share one view of the store (see
// Store::read_snapshot); destroying it lets the store see newer writes.
class ReadSnapshot {
public:
    virtual ~ReadSnapshot() = default;
};

// Checks records about to be added against everything already stored.
// Where Vincula's records live. Implementations (SQLite, PostgreSQL) keep all
// SQL to themselves; the domain decides what is valid.
class Store {
public:
    virtual ~Store() = default;

    // Every stored record, each array in the order its records were added.
    virtual Dataset load() = 0;

    // What a report or a review of one commission over one period reads: the
    // commission's seats, sessions and agreements, the records dated within
    // the period, and the small tables they refer to (areas, people,
    // organizations, convenios, programmes). A superset of what they use, so
    // their result is the same as from load(); its cost follows the period,
    // not the size of the database. This default reads everything.
    virtual Dataset load_scope(const std::string& commission_key, const Period& period) {
        (void)commission_key;
        (void)period;
        return load();
    }

    // One record by its address (an empty dataset if there is none), with
    // its store number in `id`.
    virtual Dataset find(const RecordRef& ref, std::int64_t* id = nullptr) = 0;

    // One page of one array. Fields and sort must be scalar fields of the
    // array (the caller checks them against the record's description).
    virtual Page list(const ListQuery& query) = 0;

    // How many records of `query.array` its filters match (its sort, limit
    // and cursor are ignored), counted by the store without reading them.
    virtual std::size_t count(const ListQuery& query) = 0;
    // How many of those hold each value of `field`, tallied by the store:
    // a scalar field's value (its first `leading` characters when not 0:
    // the year of a date), or a list of references' first element.
    // Records without a value are not counted.
    virtual std::map<std::string, std::size_t> tally(const ListQuery& query,
                                                     const std::string& field,
                                                     std::size_t leading = 0) = 0;

    // Writes are serialised: inside one write transaction, loads what is
    // stored except `set_aside`, asks `plan` what to write, and applies it
    // with its audit entries, or nothing if the plan found problems. A
    // `set_aside` record that does not exist is reported as `registro_inexistente`.
    // Returns the store numbers given to the inserted records, in bundle
    // order. An audit entry whose key is empty, for an array whose records
    // have no key field, gets the number of the record inserted into that
    // array (the first such entry the first record, and so on).
    common::Result<std::vector<std::int64_t>> write(const std::vector<RecordRef>& set_aside,
                                                    const WritePlan& plan) {
        return write_change(set_aside,
                            [&](const Dataset& stored, const Dataset&) { return plan(stored); });
    }
    // `reads`, when given, says what the plan is given as `stored` (its
    // neighbourhood), so the write reads what it touches, not the database.
    virtual common::Result<std::vector<std::int64_t>> write_change(
        const std::vector<RecordRef>& set_aside, const ChangePlan& plan,
        const ChangeReads& reads = {}) = 0;

    // The reads made until the snapshot is destroyed see the store as the
    // first of them did, and cost less together: a request's reads (the
    // caller's token, then the record) share one SQLite read transaction
    // instead of one each. A write made meanwhile ends the snapshot first,
    // so it never keeps a write from seeing what is stored. By default it
    // holds nothing and each read stands alone.
    virtual std::unique_ptr<ReadSnapshot> read_snapshot() {
        return std::make_unique<ReadSnapshot>();
    }

    // The audit log, newest first.
    virtual std::vector<AuditRow> audit(const AuditQuery& query) = 0;

    // Number of records per array, in bundle order.
    virtual std::vector<std::pair<std::string, std::size_t>> counts() = 0;
};

// Imports a bundle's records into a store: validated together with what is
// already there, written in one transaction, nothing written on any error.
// Errors name fields by their place in `incoming` (`sessions[2].date`).
// `audit` is the one entry that records the import. `found`: problems the
// caller already found in `incoming` (rules that need today's date, fields
// that could not be read), reported together with the rest, all at once; a
// record with a field that could not be read is not judged by its other
// rules, which would read the blank left in its place.
common::Outcome import_dataset(Store& store, const Dataset& incoming,
                               AuditEntry audit = AuditEntry{"sistema", "importar", "", "", "", ""},
                               const common::FieldErrors& found = {});

}  // namespace vincula::domain
