#include "domain/editing.h"

#include <algorithm>
#include <limits>
#include <map>
#include <set>

#include "common/messages.h"
#include "domain/agreement_code.h"
#include "domain/agreement_code_format.h"
#include "domain/array_words.h"
#include "domain/as_of.h"
#include "domain/key_index.h"
#include "domain/references.h"
#include "domain/validate.h"
#include "lang/dates.h"

namespace vincula::domain {
namespace {

// "agreements[0].title" -> "title": the record is the request's only one.
void strip_record_prefix(common::FieldErrors& errors) {
    for (auto& error : errors) {
        auto bracket = error.field.find("[0]");
        if (bracket != std::string::npos && error.field.find('.') > bracket) {
            auto rest = error.field.substr(bracket + 3);
            error.field = rest.starts_with(".") ? rest.substr(1) : rest;
        }
    }
}

}  // namespace

common::FieldErrors held_in_future(const Dataset& incoming, const common::Date& today,
                                   bool whole_bundle) {
    common::FieldErrors errors;
    for (std::size_t i = 0; i < incoming.sessions.size(); ++i) {
        const auto& session = incoming.sessions[i];
        if (session.status == SessionStatus::Held && today < session.date) {
            auto field = whole_bundle
                             ? common::join_path(common::index_path("sessions", i), "status")
                             : std::string("status");
            errors.push_back(common::field_error(field, "celebrada_futura",
                                                 {lang::day_month_year(session.date)}));
        }
    }
    return errors;
}

common::FieldErrors problems_of_new_record(const Dataset& stored, const Dataset& incoming) {
    FirstNew first_new;
    for_each_array(stored, [&](ArrayInfo info, const auto& records) {
        first_new.emplace(std::string(info.name), records.size());
    });
    Dataset merged = stored;
    append(merged, incoming);
    auto problems = validate(merged, first_new);
    strip_record_prefix(problems);
    return problems;
}

// Whether a reference of kind `refers` to `value` names the record `key`
// of kind `identity`. A work programme is also named through its lines and
// actions ("pat-2021/6/A").
bool names_record(Refers identity, const std::string& key, Refers refers,
                  const std::string& value) {
    if (refers == identity) {
        return value == key;
    }
    bool programme_part = refers == Refers::Actions || refers == Refers::ProgrammeParts;
    return identity == Refers::ProgrammeParts && programme_part &&
           (value == key || value.starts_with(key + "/"));
}

// What references to records of `array` are called; Nothing when none may
// be named. A work programme is named through its lines and actions.
Refers identity_of(std::string_view array) {
    if (array == "work_programmes") {
        return Refers::ProgrammeParts;
    }
    Refers identity = Refers::Nothing;
    Dataset none;
    for_each_array(none, [&](ArrayInfo info, const auto&) {
        if (info.name == array) {
            identity = info.identity;
        }
    });
    return identity;
}

bool may_be_named(std::string_view array) {
    return identity_of(array) != Refers::Nothing;
}

std::map<std::string, std::size_t, std::less<>> referrers(const Dataset& stored,
                                                          std::string_view array,
                                                          const std::string& key) {
    auto identity = identity_of(array);
    std::map<std::string, std::size_t, std::less<>> counts;
    if (identity == Refers::Nothing) {
        return counts;
    }
    for_each_array(stored, [&](ArrayInfo info, const auto& records) {
        for (const auto& record : records) {
            bool names = false;
            for_each_reference(
                record, [&](Refers refers, const std::string& value, FieldSpec spec) {
                    names = names || (!spec.is_key && names_record(identity, key, refers, value));
                });
            if (names) {
                ++counts[std::string(info.name)];
            }
        }
    });
    return counts;
}

std::vector<DroppedPart> dropped_parts(const Dataset& before, const Dataset& after) {
    std::vector<DroppedPart> dropped;
    for (const auto& was : before.work_programmes) {
        const auto* now = record_with_key(after.work_programmes, was.key);
        if (now == nullptr) {
            continue;
        }
        for (const auto& line : was.lines) {
            auto kept = std::find_if(now->lines.begin(), now->lines.end(), [&](const auto& other) {
                return other.number == line.number;
            });
            if (kept == now->lines.end()) {
                dropped.push_back({line_key(was.key, line.number), true});
                continue;
            }
            for (const auto& action : line.actions) {
                if (std::none_of(
                        kept->actions.begin(), kept->actions.end(),
                        [&](const auto& other) { return other.letter == action.letter; })) {
                    dropped.push_back({action_key(was.key, line.number, action.letter), false});
                }
            }
        }
    }
    return dropped;
}

common::FieldErrors dropped_parts_held(const Dataset& stored, const Dataset& before,
                                       const Dataset& after) {
    common::FieldErrors problems;
    for (const auto& part : dropped_parts(before, after)) {
        auto holders = referrers(stored, "work_programmes", part.key);
        if (holders.empty()) {
            continue;
        }
        problems.push_back(common::field_error("lines",
                                               part.line ? "linea_referida" : "accion_referida",
                                               {part.key, counted_holders(holders)}));
    }
    return problems;
}

std::optional<std::string> next_agreement_code(const Dataset& stored,
                                               const std::string& session_key) {
    auto session = std::find_if(stored.sessions.begin(), stored.sessions.end(),
                                [&](const Session& s) { return s.key == session_key; });
    if (session == stored.sessions.end()) {
        return std::nullopt;
    }
    auto commission =
        std::find_if(stored.commissions.begin(), stored.commissions.end(),
                     [&](const Commission& c) { return c.key == session->commission; });
    if (commission == stored.commissions.end()) {
        return std::nullopt;
    }
    // Codes follow the order of the sessions: a session's agreements come
    // after those of earlier sessions and before those of later ones. A new
    // agreement takes the lowest number left free in its session's place (a
    // minuta recorded late), or else one more than the highest.
    std::map<std::string, common::Date, std::less<>> dates;
    for (const auto& other : stored.sessions) {
        dates.emplace(other.key, other.date);
    }
    int year = session->date.year();
    // The series as the commission wrote it on the session's date.
    auto then = commission_as_of(*commission, session->date);
    auto format = AgreementCodeFormat::of(then);
    const auto& acronym = then.acronym;
    int highest = 0;
    int after = 0;                                 // the last number of earlier sessions
    int before = std::numeric_limits<int>::max();  // the first of later sessions
    int own_first = std::numeric_limits<int>::max();
    std::set<int> taken;
    for (const auto& agreement : stored.agreements) {
        auto code = AgreementCode::create(agreement.code);
        if (!code || !format.matches(*code, acronym) || code->year() != year) {
            continue;
        }
        highest = std::max(highest, code->number());
        taken.insert(code->number());
        auto held = agreement.session ? dates.find(*agreement.session) : dates.end();
        if (held == dates.end()) {
            continue;
        }
        if (session->date < held->second) {
            before = std::min(before, code->number());
        } else if (held->second < session->date) {
            after = std::max(after, code->number());
        } else {
            own_first = std::min(own_first, code->number());
        }
    }
    // Numbers below the session's own first one belong to sessions that may
    // not be on record (the data begin mid-year): never offered.
    int start = own_first == std::numeric_limits<int>::max() ? after : std::max(after, own_first);
    for (int number = start + 1; number < before && number <= highest; ++number) {
        if (!taken.contains(number)) {
            return format.render(acronym, number, year);
        }
    }
    return format.render(acronym, highest + 1, year);
}

}  // namespace vincula::domain
