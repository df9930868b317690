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
    const domain::Commission& commission() const { return m_commission; }
    const domain::Period& period() const { return m_period; }
    std::string institution_acronym() const;

    const domain::Session* session(const std::string& key) const;
    const domain::Person* person(const std::string& key) const;
    const domain::Area* area(const std::string& key) const;
    const domain::Organization* organization(const std::string& key) const;
    const domain::Membership* membership(const std::string& key) const;
    const domain::Agreement* agreement(const std::string& code) const;

    // The commission's work programme for the year the period ends in.
    const domain::WorkProgramme* programme() const;

    // The commission's sessions held within the period, by date.
    const std::vector<const domain::Session*>& sessions_in_period() const { return m_in_period; }
    // «Décima primera sesión ordinaria» / «décima primera sesión ordinaria».
    std::string session_name(const domain::Session& session) const;
    std::string session_name_lower(const domain::Session& session) const;
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
    const domain::Dataset& m_data;
    const domain::Commission& m_commission;
    domain::Period m_period;
    std::unordered_map<std::string, const domain::Session*> m_sessions;
    std::unordered_map<std::string, const domain::Person*> m_people;
    std::unordered_map<std::string, const domain::Area*> m_areas;
    std::unordered_map<std::string, const domain::Organization*> m_organizations;
    std::unordered_map<std::string, const domain::Membership*> m_memberships;
    std::unordered_map<std::string, const domain::Agreement*> m_agreements;
    std::vector<const domain::Session*> m_in_period;
    std::vector<Footnote> m_footnotes;
    std::map<std::string, int> m_tables;
};

}  // namespace vincula::report
