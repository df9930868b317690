// Rules that involve more than one field of a record, or several records.
#include <algorithm>
#include <map>
#include <set>
#include <tuple>
#include <unordered_map>

#include "common/messages.h"
#include "domain/agreement_code.h"
#include "domain/agreement_code_format.h"
#include "domain/as_of.h"
#include "domain/key_index.h"
#include "domain/naming.h"
#include "domain/validate.h"

namespace vincula::domain {
namespace {

using common::Date;
using common::field_error;
using common::FieldErrors;
using common::join_path;

void check_range(const std::string& path, const Date& from, const std::optional<Date>& to,
                 std::string_view to_field, FieldErrors& errors) {
    if (to && *to < from) {
        errors.push_back(field_error(join_path(path, std::string(to_field)), "rango_fechas",
                                     {to->to_iso(), from.to_iso()}));
    }
}

// A one-session substitute covers another seat of its own commission.
void check_substitute(const Dataset& data, const Membership& membership, const std::string& path,
                      FieldErrors& errors) {
    if (!membership.substitute_for) {
        return;
    }
    const auto& covered_key = *membership.substitute_for;
    auto field = join_path(path, "substitute_for");
    if (covered_key == membership.key) {
        errors.push_back(
            field_error(field, "suplencia_misma_comision", {covered_key, "es el mismo lugar"}));
        return;
    }
    auto covered = std::find_if(data.memberships.begin(), data.memberships.end(),
                                [&](const Membership& seat) { return seat.key == covered_key; });
    if (covered != data.memberships.end() && covered->commission != membership.commission) {
        errors.push_back(field_error(field, "suplencia_misma_comision",
                                     {covered_key, "es de la comisión " + covered->commission}));
    }
}

void check_memberships(const Dataset& data, const NewRecords& fresh, FieldErrors& errors) {
    for (std::size_t i = 0; i < data.memberships.size(); ++i) {
        if (!fresh.is_new("memberships", i)) {
            continue;
        }
        const auto& membership = data.memberships[i];
        auto path = fresh.path("memberships", i);
        // A party's seat names the party and, when known, who represents
        // it; every other seat, one person or one organization.
        bool both = membership.person && membership.organization;
        bool neither = !membership.person && !membership.organization;
        if (neither || (both && membership.role != MemberRole::PartyRepresentation)) {
            errors.push_back(field_error(join_path(path, "person"), "persona_u_organizacion"));
        }
        check_range(path, membership.from, membership.to, "to", errors);
        check_substitute(data, membership, path, errors);
    }
}

void check_people(const Dataset& data, const NewRecords& fresh, FieldErrors& errors) {
    for (std::size_t i = 0; i < data.people.size(); ++i) {
        const auto& person = data.people[i];
        if (!fresh.is_new("people", i) || !person.surnames) {
            continue;
        }
        // The report shortens the name to its surnames: they must be its end.
        const auto& name = person.name;
        const auto& surnames = *person.surnames;
        bool ends_name =
            surnames.size() < name.size() &&
            name.compare(name.size() - surnames.size(), surnames.size(), surnames) == 0 &&
            name[name.size() - surnames.size() - 1] == ' ';
        if (!ends_name) {
            errors.push_back(field_error(join_path(fresh.path("people", i), "surnames"),
                                         "apellidos_del_nombre", {surnames, name}));
        }
    }
}

void check_commissions(const Dataset& data, const NewRecords& fresh, FieldErrors& errors) {
    for (std::size_t i = 0; i < data.commissions.size(); ++i) {
        if (!fresh.is_new("commissions", i)) {
            continue;
        }
        const auto& commission = data.commissions[i];
        auto path = fresh.path("commissions", i);
        auto check_pattern = [&](const std::optional<std::string>& pattern,
                                 const std::string& field) {
            if (!pattern) {
                return;
            }
            if (auto format = AgreementCodeFormat::create(*pattern, field); !format) {
                errors.push_back(format.error().front());
            }
        };
        check_pattern(commission.agreement_code_format, join_path(path, "agreement_code_format"));
        for (std::size_t j = 0; j < commission.history.size(); ++j) {
            check_pattern(
                commission.history[j].agreement_code_format,
                join_path(path, "history[" + std::to_string(j) + "].agreement_code_format"));
        }
    }
}

void check_sessions(const Dataset& data, const NewRecords& fresh, FieldErrors& errors) {
    auto commissions = records_by_key(data.commissions);
    std::map<std::tuple<std::string, int, SessionType, int>, const Session*> seen;
    for (std::size_t i = 0; i < data.sessions.size(); ++i) {
        const auto& session = data.sessions[i];
        auto commission = commissions.find(session.commission);
        // A cancelled session that releases its number shares it with the
        // session held in its place.
        bool numbered = commission == commissions.end() || commission->second->numbers(session);
        auto [it, inserted] = numbered ? seen.emplace(std::tuple{session.commission, session.year,
                                                                 session.type, session.number},
                                                      &session)
                                       : std::pair{seen.end(), true};
        if (!fresh.is_new("sessions", i)) {
            continue;
        }
        auto path = fresh.path("sessions", i);
        if (session.date.year() != session.year) {
            errors.push_back(field_error(join_path(path, "date"), "sesion_en_su_anio",
                                         {session.date.to_iso(), std::to_string(session.year)}));
        }
        if (!inserted) {
            auto style = commission == commissions.end() ? OrdinalStyleChoice::Compound
                                                         : commission->second->ordinal_style;
            errors.push_back(
                field_error(join_path(path, "number"), "numero_sesion_unico",
                            {lowercase_session_name(session, style), std::to_string(session.year),
                             session.commission, it->second->key}));
        }
    }
}

void check_attendance(const Dataset& data, const NewRecords& fresh, FieldErrors& errors) {
    auto sessions = records_by_key(data.sessions);
    auto memberships = records_by_key(data.memberships);
    for (std::size_t i = 0; i < data.attendance.size(); ++i) {
        if (!fresh.is_new("attendance", i)) {
            continue;
        }
        const auto& roll = data.attendance[i];
        auto session = sessions.find(roll.session);
        if (session == sessions.end()) {
            continue;  // reported as a dangling reference
        }
        auto check = [&](const std::vector<std::string>& keys, const char* field) {
            for (std::size_t k = 0; k < keys.size(); ++k) {
                auto membership = memberships.find(keys[k]);
                if (membership == memberships.end()) {
                    continue;
                }
                const auto& seat = *membership->second;
                if (seat.commission != session->second->commission ||
                    !seat.valid_on(session->second->date)) {
                    errors.push_back(field_error(
                        common::index_path(join_path(fresh.path("attendance", i), field), k),
                        "asistente_esperado",
                        {keys[k], session->second->commission, session->second->date.to_iso()}));
                }
            }
        };
        check(roll.present, "present");
        check(roll.justified, "justified");
    }
}

void check_agenda(const Dataset& data, const NewRecords& fresh, FieldErrors& errors) {
    std::set<std::pair<std::string, int>> seen;
    for (std::size_t i = 0; i < data.agenda_items.size(); ++i) {
        const auto& item = data.agenda_items[i];
        bool inserted = seen.emplace(item.session, item.order).second;
        if (!inserted && fresh.is_new("agenda_items", i)) {
            errors.push_back(field_error(join_path(fresh.path("agenda_items", i), "order"),
                                         "orden_unico",
                                         {std::to_string(item.order), item.session}));
        }
    }
}

struct NumberedAgreement {
    int number;
    Date date;
    std::size_t index;
};

// Two agreements conflict when the one with the larger number was adopted
// on an earlier date. Blames, one at a time, the new agreement with the most
// conflicts (the one out of place, not the neighbours it displaced), until
// none is left; capped so a scrambled year cannot cost quadratic time twice.
void blame_out_of_sequence(const Dataset& data, const std::vector<NumberedAgreement>& entries,
                           const NewRecords& fresh, FieldErrors& errors) {
    auto conflict = [](const NumberedAgreement& a, const NumberedAgreement& b) {
        return (a.number < b.number && b.date < a.date) || (b.number < a.number && a.date < b.date);
    };
    std::vector<bool> active(entries.size(), true);
    constexpr int MAX_BLAMES = 50;
    for (int blame = 0; blame < MAX_BLAMES; ++blame) {
        std::size_t worst = entries.size();
        std::size_t worst_count = 0;
        std::size_t partner = 0;
        for (std::size_t i = 0; i < entries.size(); ++i) {
            if (!active[i] || !fresh.is_new("agreements", entries[i].index)) {
                continue;
            }
            std::size_t count = 0;
            std::size_t some_partner = 0;
            for (std::size_t j = 0; j < entries.size(); ++j) {
                if (active[j] && conflict(entries[i], entries[j])) {
                    ++count;
                    some_partner = j;
                }
            }
            if (count > 0 && count >= worst_count) {
                worst = i;
                worst_count = count;
                partner = some_partner;
            }
        }
        if (worst == entries.size()) {
            return;
        }
        active[worst] = false;
        const auto& blamed = entries[worst];
        const auto& other = entries[partner];
        errors.push_back(field_error(join_path(fresh.path("agreements", blamed.index), "code"),
                                     "acuerdo_en_secuencia",
                                     {data.agreements[blamed.index].code, blamed.date.to_iso(),
                                      data.agreements[other.index].code, other.date.to_iso()}));
    }
}

// Agreement numbers follow the order of sessions within a commission's year:
// a later session cannot carry a smaller number than an earlier one.
void check_agreements(const Dataset& data, const NewRecords& fresh, FieldErrors& errors) {
    auto sessions = records_by_key(data.sessions);
    auto commissions = records_by_key(data.commissions);
    std::map<std::pair<std::string, int>, std::vector<NumberedAgreement>> by_commission_year;
    for (std::size_t i = 0; i < data.agreements.size(); ++i) {
        const auto& agreement = data.agreements[i];
        auto code = AgreementCode::create(agreement.code);
        if (!code) {
            continue;  // reported by the field rules
        }
        auto path = fresh.path("agreements", i);
        std::optional<Date> date = agreement.date;
        if (agreement.session) {
            auto session = sessions.find(*agreement.session);
            if (session != sessions.end()) {
                date = session->second->date;
                auto commission = commissions.find(session->second->commission);
                if (fresh.is_new("agreements", i) && commission != commissions.end()) {
                    // The code is written as the commission wrote it then,
                    // under the acronym it had on the session's date.
                    auto then = commission_as_of(*commission->second, *date);
                    auto format = AgreementCodeFormat::of(then);
                    const auto& acronym = then.acronym;
                    if (!format.matches(*code, acronym)) {
                        errors.push_back(field_error(
                            join_path(path, "code"), "acuerdo_comision",
                            {agreement.code, format.render(acronym, code->number(), code->year()),
                             acronym}));
                    }
                }
            }
        }
        if (!date) {
            continue;
        }
        if (fresh.is_new("agreements", i) && date->year() != code->year()) {
            errors.push_back(field_error(
                join_path(path, "code"), "acuerdo_anio",
                {agreement.code, std::to_string(code->year()), std::to_string(date->year())}));
            continue;
        }
        by_commission_year[{code->prefix(), code->year()}].push_back(
            NumberedAgreement{code->number(), *date, i});
    }
    for (auto& [commission_year, entries] : by_commission_year) {
        blame_out_of_sequence(data, entries, fresh, errors);
    }
}

void check_programmes(const Dataset& data, const NewRecords& fresh, FieldErrors& errors) {
    for (std::size_t i = 0; i < data.work_programmes.size(); ++i) {
        if (!fresh.is_new("work_programmes", i)) {
            continue;
        }
        const auto& programme = data.work_programmes[i];
        auto path = fresh.path("work_programmes", i);
        std::set<int> numbers;
        for (std::size_t l = 0; l < programme.lines.size(); ++l) {
            const auto& line = programme.lines[l];
            auto line_path = common::index_path(join_path(path, "lines"), l);
            if (!numbers.insert(line.number).second) {
                errors.push_back(field_error(join_path(line_path, "number"), "linea_unica",
                                             {std::to_string(line.number)}));
            }
            std::set<std::string> letters;
            for (std::size_t a = 0; a < line.actions.size(); ++a) {
                const auto& letter = line.actions[a].letter;
                auto letter_path =
                    join_path(common::index_path(join_path(line_path, "actions"), a), "letter");
                if (letter.size() != 1 || letter[0] < 'A' || letter[0] > 'Z') {
                    errors.push_back(field_error(letter_path, "letra_valida", {letter}));
                } else if (!letters.insert(letter).second) {
                    errors.push_back(field_error(letter_path, "letra_unica", {letter}));
                }
            }
        }
    }
}

void check_activities(const Dataset& data, const NewRecords& fresh, FieldErrors& errors) {
    for (std::size_t i = 0; i < data.activities.size(); ++i) {
        if (!fresh.is_new("activities", i)) {
            continue;
        }
        const auto& activity = data.activities[i];
        auto path = fresh.path("activities", i);
        check_range(path, activity.date, activity.end_date, "end_date", errors);
        for (std::size_t p = 0; p < activity.participants.size(); ++p) {
            const auto& who = activity.participants[p];
            int kinds =
                who.person.has_value() + who.organization.has_value() + who.text.has_value();
            if (kinds != 1) {
                errors.push_back(field_error(common::index_path(join_path(path, "participants"), p),
                                             "participante_un_tipo"));
            }
        }
    }
}

void check_contests(const Dataset& data, const NewRecords& fresh, FieldErrors& errors) {
    for (std::size_t i = 0; i < data.contests.size(); ++i) {
        if (!fresh.is_new("contests", i)) {
            continue;
        }
        const auto& contest = data.contests[i];
        auto path = fresh.path("contests", i);
        check_range(path, contest.registration_open, contest.registration_close,
                    "registration_close", errors);
        for (std::size_t c = 0; c < contest.categories.size(); ++c) {
            const auto& category = contest.categories[c];
            if (category.min_age > category.max_age) {
                errors.push_back(field_error(
                    join_path(common::index_path(join_path(path, "categories"), c), "max_age"),
                    "categoria_edades",
                    {std::to_string(category.min_age), std::to_string(category.max_age)}));
            }
        }
    }
}

}  // namespace

void check_record_rules(const Dataset& data, const NewRecords& fresh, FieldErrors& errors) {
    check_people(data, fresh, errors);
    check_commissions(data, fresh, errors);
    check_memberships(data, fresh, errors);
    check_sessions(data, fresh, errors);
    check_attendance(data, fresh, errors);
    check_agenda(data, fresh, errors);
    check_agreements(data, fresh, errors);
    check_programmes(data, fresh, errors);
    check_activities(data, fresh, errors);
    check_contests(data, fresh, errors);
    check_contest_records(data, fresh, errors);
    check_range_rules(data, fresh, errors);
    check_baseline_rules(data, fresh, errors);
    check_vote_rules(data, fresh, errors);
    check_follow_up_rules(data, fresh, errors);
    check_observation_rules(data, fresh, errors);
}

}  // namespace vincula::domain
