#pragma once

// Small datasets for the review's unit tests (header only: not part of the
// library). consistent_quarter() is a fourth quarter with nothing to report;
// each test breaks one thing in it, or builds on it the case it needs.
#include <algorithm>
#include <string>
#include <utility>
#include <vector>

#include "checks/checks.h"
#include "checks/review.h"
#include "domain/dataset.h"

namespace vincula::checks::testing {

inline common::Date day(int year, unsigned month, unsigned day_of_month) {
    return common::Date::from_ymd(year, month, day_of_month);
}

inline domain::Period fourth_quarter() {
    return domain::Period::quarter("2021-Q4").value();
}

inline domain::Session session(std::string key, int number, common::Date date,
                               domain::SessionType type = domain::SessionType::Ordinary) {
    domain::Session made;
    made.key = std::move(key);
    made.commission = "CVOE";
    made.year = date.year();
    made.type = type;
    made.number = number;
    made.date = date;
    return made;
}

inline domain::Agreement agreement(std::string code, std::string session_key,
                                   domain::AgreementKind kind, std::string title = "Acuerdo") {
    domain::Agreement made;
    made.code = std::move(code);
    made.session = std::move(session_key);
    made.kind = kind;
    made.title = std::move(title);
    return made;
}

inline domain::Person person(std::string key, std::string name) {
    domain::Person made;
    made.key = std::move(key);
    made.name = std::move(name);
    return made;
}

inline domain::Membership seat(std::string key, std::string person, domain::MemberRole role,
                               common::Date from) {
    domain::Membership made;
    made.key = std::move(key);
    made.commission = "CVOE";
    made.person = std::move(person);
    made.role = role;
    made.from = from;
    return made;
}

// The CVOE from September to December 2021: the ninth to twelfth ordinary
// sessions, each approving its agenda and the previous session's minutes
// (CVOE/034/21 to CVOE/041/21), everyone present a member, and a work
// programme whose two actions have an activity and a stated reason.
inline domain::Dataset consistent_quarter() {
    using domain::AgreementKind;
    domain::Dataset data;
    domain::Commission commission;
    commission.key = "CVOE";
    commission.acronym = "CVOE";
    commission.name = "Comisión Permanente de Vinculación con Organismos Externos";
    data.commissions.push_back(commission);
    data.people.push_back(person("eer", "Erika Estrada Ruiz"));
    data.people.push_back(person("bvm", "Bernardo Valle Monroy"));
    data.memberships.push_back(
        seat("m-eer", "eer", domain::MemberRole::Presidency, day(2020, 10, 9)));
    data.memberships.push_back(seat("m-bvm", "bvm", domain::MemberRole::Member, day(2020, 10, 9)));
    data.sessions.push_back(session("o9", 9, day(2021, 9, 28)));
    data.sessions.push_back(session("o10", 10, day(2021, 10, 21)));
    data.sessions.push_back(session("o11", 11, day(2021, 11, 24)));
    data.sessions.push_back(session("o12", 12, day(2021, 12, 13)));
    const char* ordinals[] = {"octava", "novena", "décima", "décima primera"};
    int code = 34;
    for (int s = 0; s < 4; ++s) {
        const auto& held = data.sessions[static_cast<std::size_t>(s)];
        domain::Attendance roll;
        roll.session = held.key;
        roll.present = {"m-eer", "m-bvm"};
        data.attendance.push_back(roll);
        auto code_text = [](int number) { return "CVOE/0" + std::to_string(number) + "/21"; };
        data.agreements.push_back(agreement(code_text(code++), held.key, AgreementKind::Agenda));
        data.agreements.push_back(agreement(code_text(code++), held.key, AgreementKind::Minutes,
                                            std::string("Aprobación de la minuta de la ") +
                                                ordinals[s] + " sesión ordinaria de 2021"));
    }
    domain::WorkProgramme programme;
    programme.key = "pat-2021";
    programme.commission = "CVOE";
    programme.year = 2021;
    domain::ProgrammeLine line;
    line.number = 1;
    line.title = "Seguimiento al INE";
    for (auto [letter, text] : {std::pair{"A", "El seguimiento al convenio."},
                                std::pair{"B", "Las reuniones con la red."}}) {
        domain::ProgrammeAction action;
        action.letter = letter;
        action.text = text;
        line.actions.push_back(action);
    }
    programme.lines.push_back(line);
    data.work_programmes.push_back(programme);
    domain::Activity meeting;
    meeting.key = "a1";
    meeting.action = "pat-2021/1/A";
    meeting.kind = domain::ActivityKind::Meeting;
    meeting.date = day(2021, 10, 20);
    meeting.title = "Reunión de seguimiento";
    data.activities.push_back(meeting);
    domain::NoActivity reason;
    reason.action = "pat-2021/1/B";
    reason.from = day(2021, 10, 1);
    reason.to = day(2021, 12, 31);
    reason.reason = "La actividad se reportó en el tercer informe trimestral.";
    data.no_activity.push_back(reason);
    return data;
}

// Runs one rule's check alone on `data` for the CVOE.
template <class Check>
Findings run_check(Check check, const domain::Dataset& data,
                   const domain::Period& period = fourth_quarter()) {
    Context context(data, data.commissions.front(), period);
    Findings findings;
    check(context, findings);
    return findings;
}

inline Findings review_quarter(const domain::Dataset& data) {
    return review(data, data.commissions.front(), fourth_quarter());
}

inline std::vector<std::string> rules(const Findings& findings) {
    std::vector<std::string> out;
    for (const auto& finding : findings) {
        out.push_back(finding.rule);
    }
    return out;
}

inline const Finding* find_rule(const Findings& findings, const std::string& rule) {
    auto found = std::find_if(findings.begin(), findings.end(),
                              [&](const Finding& finding) { return finding.rule == rule; });
    return found == findings.end() ? nullptr : &*found;
}

}  // namespace vincula::checks::testing
