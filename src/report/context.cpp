#include "report/context.h"

#include <algorithm>

#include "domain/as_of.h"
#include "domain/naming.h"
#include "lang/dates.h"
#include "lang/numbers.h"
#include "lang/text.h"

namespace vincula::report {
namespace {

template <class T>
void index_by_key(const std::vector<T>& records, std::unordered_map<std::string, const T*>& index) {
    for (const auto& record : records) {
        index.emplace(record.key, &record);
    }
}

template <class Map>
auto find_in(const Map& map, const std::string& key) -> typename Map::mapped_type {
    auto found = map.find(key);
    return found == map.end() ? nullptr : found->second;
}

lang::OrdinalStyle ordinal_style(const domain::Commission& commission) {
    return commission.ordinal_style == domain::OrdinalStyleChoice::Traditional
               ? lang::OrdinalStyle::Traditional
               : lang::OrdinalStyle::Compound;
}

}  // namespace

Context::Context(const domain::Dataset& data, const domain::Commission& commission,
                 const domain::Period& period)
    : m_data(data),
      m_commission(domain::commission_as_of(commission, period.to())),
      m_period(period) {
    index_by_key(data.sessions, m_sessions);
    index_by_key(data.people, m_people);
    m_areas_then.reserve(data.areas.size());
    for (const auto& area : data.areas) {
        m_areas_then.push_back(domain::area_as_of(area, period.to()));
    }
    index_by_key(m_areas_then, m_areas);
    index_by_key(data.organizations, m_organizations);
    index_by_key(data.memberships, m_memberships);
    for (const auto& agreement : data.agreements) {
        m_agreements.emplace(agreement.code, &agreement);
    }
    for (const auto& session : data.sessions) {
        if (session.commission != commission.key || !period.contains(session.date)) {
            continue;
        }
        if (session.status == domain::SessionStatus::Held) {
            m_in_period.push_back(&session);
        } else if (session.status == domain::SessionStatus::Cancelled) {
            m_cancelled_in_period.push_back(&session);
        }
    }
    for (auto* sessions : {&m_in_period, &m_cancelled_in_period}) {
        std::stable_sort(sessions->begin(), sessions->end(),
                         [](const auto* a, const auto* b) { return a->date < b->date; });
    }
}

std::string Context::institution_acronym() const {
    return m_data.institution ? m_data.institution->acronym : std::string("Instituto");
}

const domain::Session* Context::session(const std::string& key) const {
    return find_in(m_sessions, key);
}
const domain::Person* Context::person(const std::string& key) const {
    return find_in(m_people, key);
}
const domain::Area* Context::area(const std::string& key) const {
    return find_in(m_areas, key);
}
const domain::Organization* Context::organization(const std::string& key) const {
    return find_in(m_organizations, key);
}
const domain::Membership* Context::membership(const std::string& key) const {
    return find_in(m_memberships, key);
}
const domain::Agreement* Context::agreement(const std::string& code) const {
    return find_in(m_agreements, code);
}

const domain::WorkProgramme* Context::programme() const {
    for (const auto& programme : m_data.work_programmes) {
        if (programme.commission == m_commission.key && programme.year == m_period.to().year()) {
            return &programme;
        }
    }
    return nullptr;
}

std::vector<const domain::WorkProgramme*> Context::programmes() const {
    std::vector<const domain::WorkProgramme*> found;
    for (int year = m_period.from().year(); year <= m_period.to().year(); ++year) {
        for (const auto& programme : m_data.work_programmes) {
            if (programme.commission == m_commission.key && programme.year == year) {
                found.push_back(&programme);
            }
        }
    }
    return found;
}

std::string Context::session_name(const domain::Session& session) const {
    return domain::session_name(session, m_commission.ordinal_style) + year_if_needed(session);
}

std::string Context::session_name_lower(const domain::Session& session) const {
    return domain::lowercase_session_name(session, m_commission.ordinal_style) +
           year_if_needed(session);
}

std::string Context::session_name_lower_with_year(const domain::Session& session) const {
    return domain::lowercase_session_name(session, m_commission.ordinal_style) + " de " +
           std::to_string(session.year);
}

std::string Context::year_if_needed(const domain::Session& session) const {
    // Numbers start again each year: in a period across two, «la primera
    // sesión ordinaria» would name two sessions.
    bool across_years = m_period.from().year() != m_period.to().year();
    return across_years && session.year > 0 ? " de " + std::to_string(session.year) : "";
}

std::string Context::session_ordinal(const domain::Session& session) const {
    if (session.number < 1 || session.number > 999) {
        return "Número " + std::to_string(session.number);  // see domain::session_name
    }
    return lang::capitalize_first(lang::ordinal(session.number, lang::Gender::Feminine,
                                                ordinal_style(m_commission),
                                                lang::Position::BeforeNoun));
}

std::string Context::period_phrase() const {
    if (auto quarter = m_period.quarter_number()) {
        return "el " +
               lang::ordinal(*quarter, lang::Gender::Masculine, lang::OrdinalStyle::Compound,
                             lang::Position::BeforeNoun) +
               " trimestre de " + std::to_string(m_period.from().year());
    }
    return "el periodo " + lang::period_span(m_period.from(), m_period.to());
}

Span Context::footnote(Text text) {
    int number = static_cast<int>(m_footnotes.size()) + 1;
    m_footnotes.push_back(Footnote{number, std::move(text)});
    return Span{"", Emphasis::None, number};
}

std::string Context::next_table_number(const std::string& section) {
    return section + "." + std::to_string(++m_tables[section]);
}

}  // namespace vincula::report
