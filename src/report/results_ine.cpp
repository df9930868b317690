// Line 1 of the work programme: documents presented on an action, INE
// sessions followed (the Consejo General, and its commissions grouped by
// body) and the weekly SIVOPLE reports.
#include <algorithm>
#include <map>

#include "lang/dates.h"
#include "lang/gender.h"
#include "report/build_text.h"
#include "report/counting.h"
#include "report/results_scope.h"

namespace vincula::report {
namespace {

constexpr std::string_view COUNCIL = "Consejo General";

std::vector<const domain::ExternalSession*> followed(ActionScope& scope, bool council) {
    std::vector<const domain::ExternalSession*> sessions;
    for (const auto& session : scope.context.data().external_sessions) {
        if (session.action == scope.action && scope.context.period().contains(session.date) &&
            (session.body == COUNCIL) == council) {
            sessions.push_back(&session);
        }
    }
    return sessions;
}

Cell group_cell(const std::string& text, std::size_t rows) {
    auto cell = text_cell(text);
    cell.row_span = static_cast<int>(rows);
    return cell;
}

std::vector<Column> followed_columns() {
    return {{"No.", ColumnKind::Number, 8},
            {"Fecha", ColumnKind::Date, 37},
            {"Instancia electoral", ColumnKind::Text, 55}};
}

std::string organization_acronym(ActionScope& scope, const std::string& key) {
    const auto* organization = scope.context.organization(key);
    if (organization == nullptr) {
        return key;
    }
    return organization->acronym ? *organization->acronym : organization->name;
}

}  // namespace

BlockOutput documents_block(ActionScope& scope) {
    BlockOutput output;
    List list{ListStyle::Bullet, {}};
    for (const auto& document : scope.context.data().documents) {
        if (document.action != scope.action || !document.date ||
            !scope.context.period().contains(*document.date)) {
            continue;
        }
        bool feminine = document.kind == domain::DocumentKind::Note ||
                        document.kind == domain::DocumentKind::Proposal ||
                        document.kind == domain::DocumentKind::Minutes ||
                        document.kind == domain::DocumentKind::Strategy;
        list.items.push_back(ListItem{
            Text{plain(document.title + (feminine ? ", presentada el " : ", presentado el ") +
                       lang::long_date(*document.date) + ".")},
            {}});
    }
    if (!list.items.empty()) {
        output.body.emplace_back(std::move(list));
    }
    return output;
}

BlockOutput council_sessions_block(ActionScope& scope) {
    BlockOutput output;
    auto sessions = followed(scope, true);
    if (sessions.empty()) {
        return output;
    }
    std::stable_sort(sessions.begin(), sessions.end(),
                     [](const auto* a, const auto* b) { return a->date < b->date; });
    auto acronym = organization_acronym(scope, sessions.front()->organization);
    Table table{scope.context.next_table_number(scope.table_section),
                "Sesiones del Consejo General del " + acronym + " atendidas",
                followed_columns(),
                {},
                {}};
    long number = 0;
    for (const auto* session : sessions) {
        table.rows.push_back({number_cell(++number), date_cell(session->date),
                              number == 1
                                  ? group_cell("Sesión del Consejo General", sessions.size())
                                  : covered_cell()});
    }
    output.body.emplace_back(std::move(table));
    return output;
}

BlockOutput committee_sessions_block(ActionScope& scope) {
    BlockOutput output;
    auto sessions = followed(scope, false);
    if (sessions.empty()) {
        return output;
    }
    // Bodies in the order they first appear, each body's sessions by date.
    std::vector<std::string> bodies;
    std::map<std::string, std::vector<const domain::ExternalSession*>> by_body;
    for (const auto* session : sessions) {
        if (!by_body.contains(session->body)) {
            bodies.push_back(session->body);
        }
        by_body[session->body].push_back(session);
    }
    auto acronym = organization_acronym(scope, sessions.front()->organization);
    Table table{scope.context.next_table_number(scope.table_section),
                "Sesiones de las comisiones y otros órganos del " + acronym + " atendidas",
                followed_columns(),
                {},
                {}};
    long number = 0;
    for (const auto& body : bodies) {
        auto& group = by_body[body];
        std::stable_sort(group.begin(), group.end(),
                         [](const auto* a, const auto* b) { return a->date < b->date; });
        for (std::size_t i = 0; i < group.size(); ++i) {
            table.rows.push_back({number_cell(++number), date_cell(group[i]->date),
                                  i == 0 ? group_cell(body, group.size()) : covered_cell()});
        }
    }
    output.body.emplace_back(std::move(table));
    return output;
}

BlockOutput sivople_block(ActionScope& scope) {
    BlockOutput output;
    std::vector<const domain::SivopleReport*> reports;
    for (const auto& report : scope.context.data().sivople_reports) {
        if (report.action == scope.action && scope.context.period().contains(report.date)) {
            reports.push_back(&report);
        }
    }
    if (reports.empty()) {
        return output;
    }
    std::stable_sort(reports.begin(), reports.end(),
                     [](const auto* a, const auto* b) { return a->date < b->date; });
    output.lead.emplace_back(paragraph(
        "Respecto a la atención y recepción de solicitudes de información por parte de la "
        "autoridad nacional electoral, se realizaron " +
        quantity(static_cast<long>(reports.size()), lang::Gender::Masculine, "reporte",
                 "reportes") +
        ", que se remitieron a las personas consejeras electorales integrantes de la Comisión en "
        "las siguientes fechas:"));
    Table table{scope.context.next_table_number(scope.table_section),
                "Reportes del Sistema de Vinculación con los Organismos Públicos Locales "
                "Electorales (SIVOPLE)",
                {{"No.", ColumnKind::Number, 8},
                 {"Fecha", ColumnKind::Date, 37},
                 {"Actualización", ColumnKind::Text, 55}},
                {},
                {}};
    long number = 0;
    for (const auto* report : reports) {
        table.rows.push_back(
            {number_cell(++number), date_cell(report->date),
             number == 1 ? group_cell("Sistema de Vinculación con los Organismos Públicos Locales "
                                      "Electorales.",
                                      reports.size())
                         : covered_cell()});
    }
    output.body.emplace_back(std::move(table));
    return output;
}

}  // namespace vincula::report
