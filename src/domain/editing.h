#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "common/field_error.h"
#include "domain/dataset.h"

// The rules of changing records one at a time (the API and the web forms),
// on top of the rules every record meets (validate.h).
namespace vincula::domain {

// Every problem `incoming` has together with what is stored; fields are
// named as within the record («date», «participants[1].person»), since a
// form or a request holds one record.
common::FieldErrors problems_of_new_record(const Dataset& stored, const Dataset& incoming);

// Sessions marked held («celebrada») but dated after `today`, the
// institute's day: what has not happened cannot have been held. One error
// per session on its status, named within the record («status») or, for a
// whole bundle, by its place («sessions[3].status»).
common::FieldErrors held_in_future(const Dataset& incoming, const common::Date& today,
                                   bool whole_bundle);

// Whether other records may name those of `array` (a person, a session, a
// work programme's lines and actions), so that removing one must ask who
// does; not a roll call, a progress report or a vote, which nothing names.
bool may_be_named(std::string_view array);
// What references to records of `array` are called (Refers::Nothing when
// none may be named; a work programme's are its parts, ProgrammeParts).
Refers identity_of(std::string_view array);
// Whether a reference of kind `refers` holding `value` names the record
// keyed `key` whose references are called `identity` (a programme is named
// through its lines and actions too: "pat-2021/6/A").
bool names_record(Refers identity, const std::string& key, Refers refers, const std::string& value);

// Records that refer to the record `key` of `array`, counted per array
// («convenio_progress»: 3), so a deletion can say who holds it.
std::map<std::string, std::size_t, std::less<>> referrers(const Dataset& stored,
                                                          std::string_view array,
                                                          const std::string& key);

// A line or an action of a work programme that a change drops: «pat-2021/3»
// for a line dropped whole, «pat-2021/2/F» for an action of a line kept.
struct DroppedPart {
    std::string key;
    bool line = false;
};
// The parts of the programmes in `before` that the same programmes in
// `after` no longer have.
std::vector<DroppedPart> dropped_parts(const Dataset& before, const Dataset& after);

// A programme changed from `before` into `after` may not drop a line or an
// action that stored records still name (an activity, a mailing, a
// reason for no activity…): one problem on «lines» for each, saying who.
common::FieldErrors dropped_parts_held(const Dataset& stored, const Dataset& before,
                                       const Dataset& after);

// The code the next agreement of `session` takes: the commission's acronym,
// one more than the highest number of its agreements that year, the year.
// Empty if the session is not stored.
std::optional<std::string> next_agreement_code(const Dataset& stored,
                                               const std::string& session_key);

}  // namespace vincula::domain
