#include "report/follow_up_table.h"

#include "lang/dates.h"
#include "lang/numbers.h"
#include "lang/text.h"
#include "report/build_text.h"

namespace vincula::report {

using domain::FollowUpState;

std::string follow_up_tally(const std::vector<const domain::AgreementFollowUp*>& follow_ups,
                            const common::Date& day) {
    long fulfilled = 0;
    long open = 0;
    long overdue = 0;
    for (const auto* follow_up : follow_ups) {
        switch (domain::follow_up_state(*follow_up, day)) {
            case FollowUpState::Fulfilled:
                ++fulfilled;
                break;
            case FollowUpState::InProgress:
                ++open;
                break;
            case FollowUpState::Overdue:
                ++overdue;
                break;
        }
    }
    auto count = [](long n) { return lang::cardinal(n, lang::Gender::Masculine); };
    std::vector<std::string> parts;
    if (fulfilled > 0) {
        parts.push_back(count(fulfilled) + (fulfilled == 1 ? " se cumplió" : " se cumplieron"));
    }
    if (open > 0) {
        parts.push_back(count(open) + (open == 1 ? " está en proceso" : " están en proceso"));
    }
    if (overdue > 0) {
        parts.push_back(count(overdue) +
                        (overdue == 1 ? " venció sin cumplirse" : " vencieron sin cumplirse"));
    }
    return lang::join_list(parts);
}

Table follow_up_table(const Context& context,
                      const std::vector<const domain::AgreementFollowUp*>& follow_ups,
                      const common::Date& day, std::string number) {
    Table table{std::move(number),
                "Seguimiento de los acuerdos",
                {{"No.", ColumnKind::Number, 7},
                 {"Acuerdo", ColumnKind::Text, 16},
                 {"Lo que ordena", ColumnKind::Text, 23},
                 {"Áreas responsables", ColumnKind::Text, 16},
                 {"Plazo", ColumnKind::Date, 12},
                 {"Estado", ColumnKind::Text, 10},
                 {"Evidencia", ColumnKind::Text, 16}},
                {},
                {}};
    long row = 0;
    for (const auto* follow_up : follow_ups) {
        auto state = domain::follow_up_state(*follow_up, day);
        auto state_text = lang::capitalize_first(domain::follow_up_state_words(state));
        if (state == FollowUpState::Fulfilled && follow_up->fulfilled_on) {
            state_text += " el " + lang::long_date(*follow_up->fulfilled_on);
        }
        Text agreement{bold(follow_up->agreement)};
        for (const auto& candidate : context.data().agreements) {
            if (candidate.code == follow_up->agreement && !candidate.title.empty()) {
                agreement.push_back(plain(". " + candidate.title));
            }
        }
        std::vector<std::string> areas;
        for (const auto& key : follow_up->areas) {
            const auto* area = context.area(key);
            areas.push_back(area != nullptr ? area->name : key);
        }
        table.rows.push_back(
            {number_cell(++row), text_cell(agreement),
             text_cell(follow_up->instruction.value_or("")), text_cell(lang::join_list(areas)),
             follow_up->deadline ? date_cell(*follow_up->deadline) : text_cell("Sin plazo"),
             text_cell(state_text),
             text_cell(state == FollowUpState::Fulfilled ? follow_up->evidence.value_or("")
                                                         : std::string())});
    }
    return table;
}

}  // namespace vincula::report
