// Outreach: the #Vincula2IECM emissions, mailings to a network, the staff's
// account of each activity, executive notes on elections abroad.
#include <algorithm>
#include <map>

#include "lang/dates.h"
#include "lang/gender.h"
#include "lang/text.h"
#include "report/build_text.h"
#include "report/counting.h"
#include "report/prose.h"
#include "report/results_scope.h"

namespace vincula::report {
namespace {

bool in_scope(ActionScope& scope, const domain::Activity& activity) {
    return activity.action == scope.action &&
           scope.context.period().overlaps(activity.date,
                                           activity.end_date ? activity.end_date : activity.date);
}

std::vector<const domain::Activity*> activities_of(ActionScope& scope, bool dialogues) {
    std::vector<const domain::Activity*> found;
    for (const auto& activity : scope.context.data().activities) {
        if (in_scope(scope, activity) &&
            (activity.kind == domain::ActivityKind::Dialogue) == dialogues) {
            found.push_back(&activity);
        }
    }
    std::stable_sort(found.begin(), found.end(),
                     [](const auto* a, const auto* b) { return a->date < b->date; });
    return found;
}

std::string participant_line(ActionScope& scope, const domain::Participant& participant) {
    std::string name;
    if (participant.person) {
        const auto* person = scope.context.person(*participant.person);
        name = person ? person->name : *participant.person;
    } else if (participant.organization) {
        const auto* organization = scope.context.organization(*participant.organization);
        name = organization ? organization->name : *participant.organization;
    } else if (participant.text) {
        name = *participant.text;
    }
    return participant.role ? name + ", " + *participant.role + "." : name + ".";
}

}  // namespace

BlockOutput emissions_block(ActionScope& scope) {
    BlockOutput output;
    auto emissions = activities_of(scope, true);
    if (emissions.empty()) {
        return output;
    }
    Table table{scope.context.next_table_number(scope.table_section),
                "Emisiones y participantes",
                {{"Emisión", ColumnKind::Text, 30},
                 {"Fecha", ColumnKind::Date, 25},
                 {"Participantes", ColumnKind::Text, 45}},
                {},
                {}};
    for (const auto* emission : emissions) {
        Cell people;
        people.bulleted = true;
        for (const auto& participant : emission->participants) {
            people.lines.push_back(Text{plain(participant_line(scope, participant))});
        }
        table.rows.push_back({text_cell(emission->title), date_cell(emission->date), people});
    }
    output.body.emplace_back(std::move(table));
    return output;
}

BlockOutput mailings_block(ActionScope& scope) {
    BlockOutput output;
    std::vector<std::string> networks;
    std::map<std::string, std::vector<const domain::Mailing*>> by_network;
    for (const auto& mailing : scope.context.data().mailings) {
        if (mailing.action == scope.action && scope.context.period().contains(mailing.date)) {
            if (!by_network.contains(mailing.network)) {
                networks.push_back(mailing.network);
            }
            by_network[mailing.network].push_back(&mailing);
        }
    }
    for (const auto& key : networks) {
        const domain::Network* network = nullptr;
        for (const auto& candidate : scope.context.data().networks) {
            if (candidate.key == key) {
                network = &candidate;
            }
        }
        auto& mailings = by_network[key];
        std::stable_sort(mailings.begin(), mailings.end(),
                         [](const auto* a, const auto* b) { return a->date < b->date; });
        auto name = network ? network->name : key;
        // «la Red de Observación IECM», «la red Voto Chilango».
        auto the_network = (name.starts_with("Red ") ? "la " : "la red ") + name;
        std::string lead = "Durante " + scope.context.period_phrase();
        if (network && network->email) {
            lead += ", mediante el correo " + *network->email;
        }
        lead += ", se " + std::string(mailings.size() == 1 ? "envió " : "enviaron ") +
                quantity(static_cast<long>(mailings.size()), lang::Gender::Masculine,
                         "correo electrónico", "correos electrónicos") +
                " a " + the_network;
        if (network && network->purpose) {
            lead += " con la finalidad de " + *network->purpose;
        }
        output.lead.emplace_back(paragraph(lead + "."));
        Table table{scope.context.next_table_number(scope.table_section),
                    "Información difundida a " + the_network,
                    {{"No.", ColumnKind::Number, 8},
                     {"Fecha de envío", ColumnKind::Date, 32},
                     {"Información", ColumnKind::Text, 60}},
                    {},
                    {}};
        long number = 0;
        for (const auto* mailing : mailings) {
            table.rows.push_back(
                {number_cell(++number), date_cell(mailing->date), text_cell(mailing->info)});
        }
        output.body.emplace_back(std::move(table));
    }
    return output;
}

BlockOutput activities_block(ActionScope& scope) {
    BlockOutput output;
    for (const auto* activity : activities_of(scope, false)) {
        if (activity->description) {
            auto blocks = parse_prose(*activity->description);
            output.body.insert(output.body.end(), blocks.begin(), blocks.end());
            continue;
        }
        auto when = activity->end_date && *activity->end_date != activity->date
                        ? lang::long_date_range(activity->date, *activity->end_date)
                        : "el " + lang::long_date(activity->date);
        output.body.emplace_back(
            paragraph(lang::capitalize_first(when) + ": " + activity->title + "."));
    }
    return output;
}

BlockOutput election_notes_block(ActionScope& scope) {
    BlockOutput output;
    std::vector<const domain::ElectionNote*> notes;
    for (const auto& note : scope.context.data().election_notes) {
        if (note.action == scope.action && scope.context.period().contains(note.election_date)) {
            notes.push_back(&note);
        }
    }
    if (notes.empty()) {
        return output;
    }
    std::stable_sort(notes.begin(), notes.end(), [](const auto* a, const auto* b) {
        return a->election_date < b->election_date;
    });
    output.lead.emplace_back(
        paragraph("Se " + std::string(notes.size() == 1 ? "elaboró " : "elaboraron ") +
                  quantity(static_cast<long>(notes.size()), lang::Gender::Feminine,
                           "nota ejecutiva", "notas ejecutivas") +
                  " sobre elecciones celebradas en otros países, para conocimiento de las y los "
                  "integrantes del Consejo General."));
    Table table{scope.context.next_table_number(scope.table_section),
                "Notas ejecutivas sobre elecciones en otros países",
                {{"No.", ColumnKind::Number, 8},
                 {"Tipo de elección", ColumnKind::Text, 57},
                 {"Fecha de la elección", ColumnKind::Date, 35}},
                {},
                {}};
    long number = 0;
    for (const auto* note : notes) {
        table.rows.push_back(
            {number_cell(++number), text_cell(note->title), date_cell(note->election_date)});
    }
    output.body.emplace_back(std::move(table));
    return output;
}

}  // namespace vincula::report
