#pragma once

#include <map>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "domain/dataset.h"
#include "domain/period.h"
#include "report/model.h"

namespace vincula::report {

// What the assembly reads: the records, indexed by key, for one commission
// and one period, plus the counters the report numbers things with.
class Context {
public:
    Context(const domain::Dataset& data, const domain::Commission& commission,
            const domain::Period& period);

    const domain::Dataset& data() const { return m_data; }
    // The commission as it was at the end of the period (domain::as_of).
    const domain::Commission& commission() const { return m_commission; }
    const domain::Period& period() const { return m_period; }
    std::string institution_acronym() const;

    const domain::Session* session(const std::string& key) const;
    const domain::Person* person(const std::string& key) const;
    // An area as it was at the end of the period: its name and head then.
    const domain::Area* area(const std::string& key) const;
    const domain::Organization* organization(const std::string& key) const;
    const domain::Membership* membership(const std::string& key) const;
    const domain::Agreement* agreement(const std::string& code) const;

    // The commission's work programme for the year the period ends in.
    const domain::WorkProgramme* programme() const;
    // Its programmes for every year the period touches, oldest first: a
    // period from December to March reports December under December's.
    std::vector<const domain::WorkProgramme*> programmes() const;

    // The commission's sessions held within the period, by date.
    const std::vector<const domain::Session*>& sessions_in_period() const { return m_in_period; }
    // Those convened for a date in the period and cancelled, by date.
    const std::vector<const domain::Session*>& cancelled_in_period() const {
        return m_cancelled_in_period;
    }
    // «Décima primera sesión ordinaria» / «décima primera sesión ordinaria»;
    // in a period across a year, with the session's year («… de 2022»).
    std::string session_name(const domain::Session& session) const;
    std::string session_name_lower(const domain::Session& session) const;
    // «novena sesión ordinaria de 2020», whatever the period: a session
    // outside it is named with its year.
    std::string session_name_lower_with_year(const domain::Session& session) const;
    // «Décima primera»: the ordinal alone, as the seed's tables print it.
    std::string session_ordinal(const domain::Session& session) const;

    // «el cuarto trimestre de 2021» for a quarter, otherwise «el periodo del
    // 1 de enero al 30 de junio de 2021».
    std::string period_phrase() const;

    // Registers a footnote and returns the span that marks it.
    Span footnote(Text text);
    std::vector<Footnote> take_footnotes() { return std::move(m_footnotes); }

    // The next table number within a section («2.3»).
    std::string next_table_number(const std::string& section);

private:
    std::string year_if_needed(const domain::Session& session) const;

    const domain::Dataset& m_data;
    domain::Commission m_commission;
    domain::Period m_period;
    std::unordered_map<std::string, const domain::Session*> m_sessions;
    std::unordered_map<std::string, const domain::Person*> m_people;
    std::vector<domain::Area> m_areas_then;
    std::unordered_map<std::string, const domain::Area*> m_areas;
    std::unordered_map<std::string, const domain::Organization*> m_organizations;
    std::unordered_map<std::string, const domain::Membership*> m_memberships;
    std::unordered_map<std::string, const domain::Agreement*> m_agreements;
    std::vector<const domain::Session*> m_in_period;
    std::vector<const domain::Session*> m_cancelled_in_period;
    std::vector<Footnote> m_footnotes;
    std::map<std::string, int> m_tables;
};

}  // namespace vincula::report
