#include "checks/context.h"

#include <algorithm>

#include "common/field_error.h"
#include "domain/agreement_code_format.h"
#include "domain/naming.h"
#include "lang/dates.h"

namespace vincula::checks {

Context::Context(const domain::Dataset& data, const domain::Commission& commission,
                 const domain::Period& period)
    : m_data(data), m_commission(commission), m_period(period) {
    for (const auto& session : data.sessions) {
        if (session.commission == commission.key) {
            m_session_by_key.emplace(session.key, &session);
            m_sessions.push_back(&session);
        }
    }
    std::stable_sort(m_sessions.begin(), m_sessions.end(),
                     [](const auto* a, const auto* b) { return a->date < b->date; });
    for (const auto& programme : data.work_programmes) {
        if (programme.commission != commission.key || programme.year < period.from().year() ||
            programme.year > period.to().year()) {
            continue;
        }
        for (std::size_t l = 0; l < programme.lines.size(); ++l) {
            const auto& line = programme.lines[l];
            for (std::size_t a = 0; a < line.actions.size(); ++a) {
                const auto& action = line.actions[a];
                auto field = common::join_path(common::index_path("lines", l),
                                               common::index_path("actions", a));
                m_actions.push_back(
                    ProgrammedAction{domain::action_key(programme.key, line.number, action.letter),
                                     &programme, &line, &action, field});
            }
        }
    }
}

const domain::Session* Context::session(const std::string& key) const {
    auto found = m_session_by_key.find(key);
    return found == m_session_by_key.end() ? nullptr : found->second;
}

bool Context::owns(const domain::AgreementCode& code) const {
    return domain::issues_code(m_commission, code);
}

std::optional<common::Date> Context::agreement_date(const domain::Agreement& agreement) const {
    if (agreement.session) {
        if (const auto* held_in = session(*agreement.session)) {
            return held_in->date;
        }
    }
    if (agreement.date) {
        return agreement.date;
    }
    return agreement.held_in ? agreement.held_in->date : std::nullopt;
}

bool Context::is_commission_action(const std::string& key) const {
    return std::any_of(m_actions.begin(), m_actions.end(),
                       [&](const ProgrammedAction& action) { return action.key == key; });
}

bool Context::is_commission_programme_part(const std::string& key) const {
    return std::any_of(m_actions.begin(), m_actions.end(), [&](const ProgrammedAction& action) {
        const auto& programme = action.programme->key;
        return key == programme || (key.starts_with(programme) && key[programme.size()] == '/');
    });
}

bool Context::is_commission_contest(const domain::Contest& contest) const {
    if (contest.approved_by) {
        if (auto code = domain::AgreementCode::create(*contest.approved_by)) {
            return owns(*code);
        }
    }
    return only_commission();
}

bool Context::follows_convenios() const {
    if (only_commission()) {
        return true;
    }
    return std::any_of(m_data.convenio_progress.begin(), m_data.convenio_progress.end(),
                       [&](const auto& progress) { return session(progress.session) != nullptr; });
}

std::string Context::session_name(const domain::Session& session) const {
    return domain::lowercase_session_name(session, m_commission.ordinal_style);
}

std::string Context::session_phrase(const domain::Session& session) const {
    return session_name(session) + " (" + lang::long_date(session.date) + ")";
}

}  // namespace vincula::checks
