// Sessions are numbered per commission, year and type (the tenth ordinary
// session of 2021, the first extraordinary one). As with agreements, a gap
// is an error only when the missing sessions must fall inside the period.
#include <map>
#include <tuple>

#include "checks/catalogue.h"
#include "checks/checks.h"
#include "checks/numbering_gaps.h"
#include "domain/naming.h"
#include "lang/dates.h"
#include "lang/numbers.h"
#include "lang/text.h"

namespace vincula::checks {
namespace {

using SessionList = std::vector<const domain::Session*>;

lang::OrdinalStyle ordinal_style(const Context& context) {
    return context.commission().ordinal_style == domain::OrdinalStyleChoice::Traditional
               ? lang::OrdinalStyle::Traditional
               : lang::OrdinalStyle::Compound;
}

// «novena», «décima primera»: the ordinal alone, the noun understood.
std::string ordinal_word(const Context& context, int number) {
    if (number < 1 || number > 999) {
        return "número " + std::to_string(number);  // stored before numbers were bounded
    }
    return lang::ordinal(number, lang::Gender::Feminine, ordinal_style(context));
}

// «novena sesión ordinaria» for one; «ordinarias octava y novena» or
// «ordinarias primera a novena» for several, after «las sesiones».
std::string missing_sessions(const Context& context, domain::SessionType type,
                             const NumberingGap& gap) {
    std::string type_word(domain::session_type_word(type));
    if (gap.first_missing == gap.last_missing) {
        domain::Session missing;
        missing.type = type;
        missing.number = gap.first_missing;
        return context.session_name(missing);
    }
    auto separator = gap.last_missing == gap.first_missing + 1 ? " y " : " a ";
    return type_word + "s " + ordinal_word(context, gap.first_missing) + separator +
           ordinal_word(context, gap.last_missing);
}

// «décima (jueves 21 de octubre de 2021)».
std::string neighbour_phrase(const Context& context, const domain::Session& session) {
    return ordinal_word(context, session.number) + " (" + lang::long_date(session.date) + ")";
}

std::string jump_phrase(const Context& context, const SessionList& sessions,
                        const NumberingGap& gap, int year) {
    const auto& after = *sessions[gap.after];
    if (!gap.before) {
        return "la primera registrada de " + std::to_string(year) + " es la " +
               neighbour_phrase(context, after);
    }
    return "la numeración salta de la " + neighbour_phrase(context, *sessions[*gap.before]) +
           " a la " + neighbour_phrase(context, after);
}

RecordRef number_of(const domain::Session& session) {
    return RecordRef{"sessions", session.key, "number"};
}

void check_series(const Context& context, int year, domain::SessionType type,
                  const SessionList& sessions, Findings& findings) {
    std::vector<Numbered> numbered;
    for (std::size_t i = 0; i < sessions.size(); ++i) {
        numbered.push_back(Numbered{sessions[i]->number, sessions[i]->date, i});
    }
    for (const auto& group : repeated_numbers(numbered)) {
        bool touches_period = false;
        std::vector<std::string> keys;
        for (auto index : group) {
            touches_period = touches_period || context.in_period(sessions[index]->date);
            keys.push_back(sessions[index]->key);
        }
        if (touches_period) {
            const auto& repeated = *sessions[group[1]];
            findings.push_back(make_finding(
                "sesion_duplicada", number_of(repeated),
                {context.session_name(repeated), std::to_string(year),
                 lang::cardinal(static_cast<long>(group.size()), lang::Gender::Feminine),
                 lang::join_list(keys)}));
        }
    }
    for (const auto& gap : numbering_gaps(numbered, year)) {
        auto place = place_of(gap, context.period());
        if (place == GapPlace::OutsidePeriod) {
            continue;
        }
        long count = gap.last_missing - gap.first_missing + 1;
        auto id =
            place == GapPlace::InsidePeriod ? "sesiones_faltantes" : "sesiones_faltantes_posibles";
        findings.push_back(make_finding(by_number(id, count), number_of(*sessions[gap.after]),
                                        {missing_sessions(context, type, gap), std::to_string(year),
                                         jump_phrase(context, sessions, gap, year)}));
    }
}

}  // namespace

void check_session_numbering(const Context& context, Findings& findings) {
    std::map<std::tuple<int, domain::SessionType>, SessionList> series;
    for (const auto* session : context.sessions()) {
        // An installation session is no number of a series.
        if (session->type == domain::SessionType::Installation) {
            continue;
        }
        if (session->year >= context.period().from().year() &&
            session->year <= context.period().to().year() &&
            context.commission().numbers(*session)) {
            series[{session->year, session->type}].push_back(session);
        }
    }
    for (const auto& [year_and_type, sessions] : series) {
        auto [year, type] = year_and_type;
        check_series(context, year, type, sessions, findings);
    }
}

}  // namespace vincula::checks
