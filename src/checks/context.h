#pragma once

#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "domain/agreement_code.h"
#include "domain/dataset.h"
#include "domain/period.h"

namespace vincula::checks {

// A programmed action of one of the commission's work programmes, with its
// place in the bundle («lines[3].actions[1]») and in the report («4 B)»).
struct ProgrammedAction {
    std::string key;  // pat-2021/4/B
    const domain::WorkProgramme* programme = nullptr;
    const domain::ProgrammeLine* line = nullptr;
    const domain::ProgrammeAction* action = nullptr;
    std::string field;  // lines[3].actions[1]
};

// What the review of one commission over one period looks at, worked out
// once: the commission's sessions, its programmed actions, and how to name
// them in Spanish. Every check reads the dataset through it so that no
// check reports on another commission's records.
class Context {
public:
    Context(const domain::Dataset& data, const domain::Commission& commission,
            const domain::Period& period);

    const domain::Dataset& data() const { return m_data; }
    const domain::Commission& commission() const { return m_commission; }
    const domain::Period& period() const { return m_period; }
    bool in_period(const common::Date& date) const { return m_period.contains(date); }

    // The commission's session with this key; null for another commission's.
    const domain::Session* session(const std::string& key) const;
    // Every session of the commission, in date order.
    const std::vector<const domain::Session*>& sessions() const { return m_sessions; }

    // Whether an agreement code is the commission's (its acronym).
    bool owns(const domain::AgreementCode& code) const;
    // The date of an agreement: its session's, or its own for agreements cited
    // without a session.
    std::optional<common::Date> agreement_date(const domain::Agreement& agreement) const;

    // The actions of the commission's work programmes for the years the
    // period touches, in programme order.
    const std::vector<ProgrammedAction>& actions() const { return m_actions; }
    bool is_commission_action(const std::string& key) const;
    // Whether a programme part ("pat-2021", "pat-2021/2", "pat-2021/2/C")
    // belongs to one of those programmes.
    bool is_commission_programme_part(const std::string& key) const;
    // A contest is the commission's when its approving agreement is; with a
    // single commission every contest is.
    bool is_commission_contest(const domain::Contest& contest) const;

    // Institute-wide records (convenios, people, organizations) have no
    // commission of their own. They are this commission's concern when it is
    // the only one, or (convenios) when progress on them is reported to it.
    bool only_commission() const { return m_data.commissions.size() <= 1; }
    bool follows_convenios() const;

    // «décima sesión ordinaria», in the commission's ordinal style.
    std::string session_name(const domain::Session& session) const;
    // «décima sesión ordinaria (jueves 21 de octubre de 2021)».
    std::string session_phrase(const domain::Session& session) const;

private:
    const domain::Dataset& m_data;
    const domain::Commission& m_commission;
    const domain::Period& m_period;
    std::unordered_map<std::string, const domain::Session*> m_session_by_key;
    std::vector<const domain::Session*> m_sessions;
    std::vector<ProgrammedAction> m_actions;
};

}  // namespace vincula::checks
