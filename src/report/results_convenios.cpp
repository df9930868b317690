// Line 2 of the work programme: convenios with progress in the period and
// the registry totals, accompaniment in negotiations, opinions of pertinence.
#include <algorithm>
#include <map>
#include <set>

#include "domain/naming.h"
#include "domain/progress_action.h"
#include "lang/gender.h"
#include "lang/text.h"
#include "report/build_text.h"
#include "report/counting.h"
#include "report/people_words.h"
#include "report/registry_sentence.h"
#include "report/results_scope.h"

namespace vincula::report {
namespace {

// «Federación Mexicana de Universitarias (FEMU)»; a dependency after its
// parent: «Universidad Nacional Autónoma de México (UNAM) Facultad de Psicología».
std::string organization_name(ActionScope& scope, const domain::Organization& organization) {
    auto name = organization.name;
    if (organization.acronym && name.find(*organization.acronym) == std::string::npos) {
        name += " (" + *organization.acronym + ")";
    }
    if (organization.parent) {
        if (const auto* parent = scope.context.organization(*organization.parent)) {
            if (name.find(parent->name) == std::string::npos) {
                name = organization_name(scope, *parent) + " " + name;
            }
        }
    }
    return name;
}

// «Instituto Nacional Electoral (INE) y Universidad…» for a table's cell;
// in a sentence each with its article («el Instituto… y la Universidad…»).
enum class Articles { Without, With };

std::string counterparts(ActionScope& scope, const domain::Convenio& convenio,
                         Articles articles = Articles::Without) {
    std::vector<std::string> names;
    for (const auto& key : convenio.counterparts) {
        const auto* organization = scope.context.organization(key);
        if (organization == nullptr) {
            continue;
        }
        auto name = organization_name(scope, *organization);
        names.push_back(articles == Articles::With ? domain::with_its_article(*organization, name)
                                                   : name);
    }
    return lang::join_list(names);
}

const domain::Convenio* convenio(ActionScope& scope, const std::string& key) {
    for (const auto& candidate : scope.context.data().convenios) {
        if (candidate.key == key) {
            return &candidate;
        }
    }
    return nullptr;
}

// «Décima, Décima primera y Décima segunda» when the sessions share a type;
// full names otherwise.
std::string session_list(ActionScope& scope, const std::vector<const domain::Session*>& sessions) {
    bool same_type = std::all_of(sessions.begin(), sessions.end(), [&](const auto* session) {
        return session->type == sessions.front()->type;
    });
    std::vector<std::string> names;
    for (const auto* session : sessions) {
        names.push_back(same_type ? scope.context.session_ordinal(*session)
                                  : scope.context.session_name(*session));
    }
    return lang::join_list(names);
}

// «ordinarias » when every session shares that type, for «las sesiones
// ordinarias décima, décima primera y décima segunda».
std::string session_types(const std::vector<const domain::Session*>& sessions) {
    for (const auto* session : sessions) {
        if (session->type != sessions.front()->type) {
            return "";
        }
    }
    return domain::session_type_plural(sessions.front()->type) + " ";
}

// Whether the action prints the registry figures although no convenio
// reported progress to it in the period: when none did to any action of its
// programme, the figures go once, under the programme's first action that
// follows convenios (domain::convenio_actions), so that they never drop out
// of the report for a quiet quarter.
bool holds_figures_without_progress(ActionScope& scope, const std::set<std::string>& in_period) {
    for (const auto* programme : scope.context.programmes()) {
        auto actions = domain::convenio_actions(scope.context.data(), *programme);
        if (actions.empty() || actions.front() != scope.action) {
            continue;
        }
        auto prefix = programme->key + "/";
        for (const auto& progress : scope.context.data().convenio_progress) {
            if (progress.action && progress.action->starts_with(prefix) &&
                in_period.contains(progress.session)) {
                return false;
            }
        }
        return true;
    }
    return false;
}

std::string registry_totals(ActionScope& scope) {
    return registry_sentence(scope.context.data(), scope.context.institution_acronym(),
                             scope.context.period().to());
}

}  // namespace

BlockOutput convenios_block(ActionScope& scope) {
    BlockOutput output;
    std::set<std::string> in_period;
    for (const auto* session : scope.context.sessions_in_period()) {
        in_period.insert(session->key);
    }
    std::vector<std::string> order;
    std::map<std::string, std::set<std::string>> sessions_of;
    for (const auto& progress : scope.context.data().convenio_progress) {
        if (progress.action != scope.action || !in_period.contains(progress.session)) {
            continue;
        }
        if (!sessions_of.contains(progress.convenio)) {
            order.push_back(progress.convenio);
        }
        sessions_of[progress.convenio].insert(progress.session);
    }
    if (order.empty()) {
        if (holds_figures_without_progress(scope, in_period)) {
            if (auto totals = registry_totals(scope); !totals.empty()) {
                output.lead.emplace_back(paragraph(totals));
                output.figures_only = true;
            }
        }
        return output;
    }
    auto number = scope.context.next_table_number(scope.table_section);
    std::vector<const domain::Session*> reported_in;
    for (const auto* session : scope.context.sessions_in_period()) {
        for (const auto& [key, sessions] : sessions_of) {
            if (sessions.contains(session->key)) {
                reported_in.push_back(session);
                break;
            }
        }
    }
    auto totals = registry_totals(scope);
    output.lead.emplace_back(paragraph(
        (totals.empty() ? "Durante " : totals + " Asimismo, durante ") +
        scope.context.period_phrase() +
        ", las diversas áreas del instituto reportaron avances en " +
        quantity(static_cast<long>(order.size()), lang::Gender::Masculine, "convenio",
                 "convenios") +
        " (tabla " + number + "), cuyas actividades fueron informadas pormenorizadamente en " +
        (reported_in.size() == 1 ? "la " + scope.context.session_name_lower(*reported_in.front())
                                 : "las sesiones " + session_types(reported_in) +
                                       lang::to_lower(session_list(scope, reported_in))) +
        "."));
    Table table{number,
                "Avance al cumplimiento de los compromisos adoptados en los convenios",
                {{"No.", ColumnKind::Number, 7},
                 {"Tipo de convenio", ColumnKind::Text, 28},
                 {"Contraparte", ColumnKind::Text, 35},
                 {"Sesión en la que se reportó", ColumnKind::Text, 30}},
                {},
                {}};
    long row = 0;
    for (const auto& key : order) {
        const auto* record = convenio(scope, key);
        if (record == nullptr) {
            continue;
        }
        std::vector<const domain::Session*> sessions;
        for (const auto* session : scope.context.sessions_in_period()) {
            if (sessions_of[key].contains(session->key)) {
                sessions.push_back(session);
            }
        }
        table.rows.push_back(
            {number_cell(++row), text_cell(std::string(domain::convenio_type_name(record->type))),
             text_cell(counterparts(scope, *record)), text_cell(session_list(scope, sessions))});
    }
    output.body.emplace_back(std::move(table));
    return output;
}

BlockOutput accompaniments_block(ActionScope& scope) {
    BlockOutput output;
    Table table{"",
                "Acompañamiento a áreas en la negociación y suscripción de convenios",
                {{"No.", ColumnKind::Number, 6},
                 {"Instrumento e institución", ColumnKind::Text, 30},
                 {"Objeto", ColumnKind::Text, 44},
                 {"Área responsable operativa", ColumnKind::Text, 20}},
                {},
                {}};
    long row = 0;
    for (const auto& accompaniment : scope.context.data().accompaniments) {
        if (accompaniment.action != scope.action ||
            !scope.context.period().overlaps(accompaniment.from, accompaniment.to)) {
            continue;
        }
        const auto* record = convenio(scope, accompaniment.convenio);
        if (record == nullptr) {
            continue;
        }
        auto instrument = record->title ? *record->title
                                        : std::string(domain::convenio_type_name(record->type)) +
                                              " entre el " + scope.context.institution_acronym() +
                                              " y " + counterparts(scope, *record, Articles::With);
        std::string area =
            accompaniment.area_label ? *accompaniment.area_label : accompaniment.area;
        if (!accompaniment.area_label) {
            if (const auto* found = scope.context.area(accompaniment.area)) {
                area = found->name;
            }
        }
        table.rows.push_back({number_cell(++row), text_cell(instrument),
                              text_cell(record->object.value_or("")), text_cell(area)});
    }
    if (!table.rows.empty()) {
        table.number = scope.context.next_table_number(scope.table_section);
        output.body.emplace_back(std::move(table));
    }
    return output;
}

BlockOutput opinions_block(ActionScope& scope) {
    BlockOutput output;
    const auto& period = scope.context.period();
    std::vector<const domain::PertinenceOpinion*> opinions;
    for (const auto& opinion : scope.context.data().pertinence_opinions) {
        bool in_period = opinion.date ? period.contains(*opinion.date)
                         : opinion.issued_from
                             ? period.overlaps(*opinion.issued_from, opinion.issued_to)
                             : false;
        if (opinion.action == scope.action && in_period) {
            opinions.push_back(&opinion);
        }
    }
    if (opinions.empty()) {
        return output;
    }
    output.lead.emplace_back(
        paragraph("Durante el periodo reportado se " +
                  std::string(opinions.size() == 1 ? "emitió " : "emitieron ") +
                  quantity(static_cast<long>(opinions.size()), lang::Gender::Feminine,
                           "opinión de pertinencia", "opiniones de pertinencia") +
                  "."));
    Table table{scope.context.next_table_number(scope.table_section),
                "Opiniones de pertinencia emitidas",
                {{"Número de opinión de pertinencia", ColumnKind::Text, 20},
                 {"Instrumento jurídico opinado", ColumnKind::Text, 45},
                 {"Área responsable operativa del instrumento", ColumnKind::Text, 23},
                 {"Sentido de la opinión", ColumnKind::Text, 12}},
                {},
                {}};
    for (const auto* opinion : opinions) {
        std::vector<std::string> areas;
        for (const auto& key : opinion->areas) {
            const auto* area = scope.context.area(key);
            areas.push_back(area ? area->name : key);
        }
        std::string sense = opinion->sense == domain::OpinionSense::Favourable ? "Favorable"
                            : opinion->sense == domain::OpinionSense::Unfavourable
                                ? "No favorable"
                                : "Con observaciones";
        table.rows.push_back({text_cell(opinion->number), text_cell(opinion->instrument),
                              text_cell(lang::join_list(areas)), text_cell(sense)});
    }
    output.body.emplace_back(std::move(table));
    return output;
}

}  // namespace vincula::report
