#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <utility>
#include <vector>

#include "common/result.h"
#include "domain/dataset.h"
#include "domain/period.h"

namespace vincula::domain {

// Checks records about to be added against everything already stored.
using AdditionCheck = std::function<common::FieldErrors(const Dataset& stored)>;

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

    // Adds `incoming` all or nothing: inside one write transaction, loads what
    // is stored, runs `check`, and writes only if it found no problem.
    virtual common::Outcome add(const Dataset& incoming, const AdditionCheck& check) = 0;

    // Number of records per array, in bundle order.
    virtual std::vector<std::pair<std::string, std::size_t>> counts() = 0;
};

// Imports a bundle's records into a store: validated together with what is
// already there, written in one transaction, nothing written on any error.
// Errors name fields by their place in `incoming` (`sessions[2].date`).
common::Outcome import_dataset(Store& store, const Dataset& incoming);

}  // namespace vincula::domain
