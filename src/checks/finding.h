#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace vincula::checks {

// An error makes the quarterly report wrong or incomplete and must be fixed
// before it is approved; an aviso («warning») is something a person should
// look at and may well be right.
enum class Severity { Error, Warning };

// «error», «aviso»: what staff read and what the JSON carries.
std::string_view severity_word(Severity severity);

// The record a finding is about, named as the bundle names it: the array,
// the record's key (an agreement's code, an attendance roll's session) and,
// when it helps, the field within the record (`date`, `present[2]`,
// `lines[3].actions[1]`). Bundle keys rather than positions, so the same
// reference works for a bundle, the database and the web pages. Records
// that have no key of their own are named by the references that identify
// them, joined by «/» (a convenio_progress row: «c-xoch-1/o10-2021»).
struct RecordRef {
    std::string array;
    std::string key;
    std::string field;

    bool operator==(const RecordRef&) const = default;
};

// Where a finding is fixed when editing the record it names is not the way:
// a record to add, and the values its form starts with (a missing minuta is
// fixed by adding the agreement that approves it to the session).
struct NewRecord {
    std::string array;
    std::vector<std::pair<std::string, std::string>> values;

    bool operator==(const NewRecord&) const = default;
};

// One result of the consistency review: how serious it is, the stable id of
// the rule (what tests and programs match on), and the Spanish sentence a
// member of staff reads.
struct Finding {
    Severity severity = Severity::Error;
    std::string rule;
    std::string message;
    RecordRef record;
    std::optional<NewRecord> fix;
};

using Findings = std::vector<Finding>;

std::size_t count_of(const Findings& findings, Severity severity);

}  // namespace vincula::checks
