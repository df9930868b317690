#pragma once

#include <map>
#include <string>
#include <string_view>

#include "common/field_error.h"
#include "domain/dataset.h"

namespace vincula::domain {

// Where the records under validation begin in each array: records before
// that index are already stored (valid, and never reported); those from it
// on are new, and errors name them by their index among the new ones, so a
// bundle's errors point into the bundle. An array not listed is all new.
using FirstNew = std::map<std::string, std::size_t, std::less<>>;

// Every rule of DOMAIN.md that a set of records must meet together: keys
// unique, references resolvable, session numbers unique, agreement codes in
// sequence, date ranges ordered, and each record's own field rules.
common::FieldErrors validate(const Dataset& data, const FirstNew& first_new = {});

// The new records' view used by the rules: whether record `index` of `array`
// is new, and its path (`sessions[2]`) if so.
class NewRecords {
public:
    explicit NewRecords(const FirstNew& first_new) : m_first_new(first_new) {}
    bool is_new(std::string_view array, std::size_t index) const;
    std::string path(std::string_view array, std::size_t index) const;

private:
    const FirstNew& m_first_new;
};

// Rules specific to one kind of record (defined in record_rules.cpp).
void check_record_rules(const Dataset& data, const NewRecords& fresh, common::FieldErrors& errors);

// Scores that fit the rubric, the juror and the work (contest_rules.cpp).
void check_contest_records(const Dataset& data, const NewRecords& fresh,
                           common::FieldErrors& errors);

// Date ranges in order (range_rules.cpp).
void check_range_rules(const Dataset& data, const NewRecords& fresh, common::FieldErrors& errors);

// A convenio baseline's stated figures that agree with each other: in force
// not more than signed, in force and concluded making the signed, each
// breakdown adding up to it without repeating a row (baseline_rules.cpp).
void check_baseline_rules(const Dataset& data, const NewRecords& fresh,
                          common::FieldErrors& errors);

// A recorded vote names voting seats of its commission on the session's
// date, each once, and a unanimous one names nobody (vote_rules.cpp).
void check_vote_rules(const Dataset& data, const NewRecords& fresh, common::FieldErrors& errors);

// A follow-up names the areas responsible, a fulfilment its date and
// evidence, and no date before the agreement (follow_up_rules.cpp).
void check_follow_up_rules(const Dataset& data, const NewRecords& fresh,
                           common::FieldErrors& errors);

// An observation to a minuta comes from a seat of the session's commission,
// after the session, and not to a cancelled one (observation_rules.cpp).
void check_observation_rules(const Dataset& data, const NewRecords& fresh,
                             common::FieldErrors& errors);

}  // namespace vincula::domain
