#include "web/home_page.h"

#include <algorithm>
#include <map>

#include "api/permissions.h"
#include "api/publications.h"
#include "checks/review.h"
#include "domain/as_of.h"
#include "domain/key_index.h"
#include "domain/programme.h"
#include "lang/plurals.h"
#include "web/api_answers.h"
#include "web/captions.h"
#include "web/home_pending.h"
#include "web/labels.h"
#include "web/scope.h"
#include "web/scoped_reads.h"

namespace vincula::web {
namespace {

using Tally = std::map<std::string, int>;
// Figures in the order they are shown (a programme's lines by number).
using Figures = std::vector<std::pair<std::string, int>>;

// A chart's data for vincula.js: {type, labels, datasets}; the same figures
// go to a table beside it, for those who do not see the chart.
template <class Counts>
nlohmann::json chart(std::string type, const std::string& label, const Counts& tally) {
    nlohmann::json labels = nlohmann::json::array();
    nlohmann::json values = nlohmann::json::array();
    for (const auto& [name, count] : tally) {
        labels.push_back(name);
        values.push_back(count);
    }
    return {{"type", std::move(type)},
            {"labels", labels},
            {"datasets", nlohmann::json::array({{{"label", label}, {"data", values}}})}};
}

template <class Counts>
nlohmann::json tally_rows(const Counts& tally) {
    nlohmann::json rows = nlohmann::json::array();
    for (const auto& [name, count] : tally) {
        rows.push_back({{"name", name}, {"count", std::to_string(count)}});
    }
    return rows;
}

template <class Counts>
nlohmann::json chart_view(std::string id, std::string title, std::string type,
                          const Counts& tally) {
    return {{"id", std::move(id)},
            {"title", title},
            {"data", chart(std::move(type), title, tally).dump()},
            {"rows", tally_rows(tally)},
            {"empty", tally.empty()}};
}

// «3. Seguimiento a la vinculación con el…»: a line of the programme as a
// chart's axis names it, short enough to read under a bar.
std::string line_label(const domain::ProgrammeLine& line) {
    constexpr std::size_t MOST = 40;
    return "Línea " + std::to_string(line.number) + ": " + shortened(line.title, MOST);
}

std::string percent(int part, int whole) {
    if (whole == 0) {
        return "—";
    }
    return std::to_string((part * 100 + whole / 2) / whole) + " %";
}

api::Response public_home(Request& request) {
    auto answer = api::list_publications(request.database, request.caller, {});
    nlohmann::json reports = nlohmann::json::array();
    auto body = body_of(answer);
    if (body.is_object() && body.contains("registros")) {
        for (const auto& publication : body["registros"]) {
            // One line per period: the version in force (older ones by API).
            if (!publication.value("in_force", false)) {
                continue;
            }
            auto commission = publication.value("commission", "");
            auto from = publication.value("from", "");
            auto to = publication.value("to", "");
            auto period = domain::Period::parse(from, to);
            if (!period) {
                continue;
            }
            auto base = "/api/v1/reports?commission=" + url_encode(commission) + "&from=" + from +
                        "&to=" + to + "&format=";
            reports.push_back({{"caption", commission + " · " + period_caption(*period)},
                               {"html", base + "html"},
                               {"pdf", base + "pdf"},
                               {"docx", base + "docx"}});
        }
    }
    return html_page(request, "Vinculación con organismos", "home_public",
                     {{"reports", reports}, {"empty", reports.empty()}});
}

}  // namespace

api::Response home(Request& request) {
    if (request.caller.is_public()) {
        return public_home(request);
    }
    // A juror's work is the works to score; the quarter's review is not theirs.
    if (request.caller.has_role(domain::Role::Juror)) {
        return redirect("/jurado");
    }
    auto [data, scope] = read_scope(request, request.database);
    if (!scope) {
        return html_page(request, "Inicio", "home_empty", nlohmann::json::object());
    }
    const auto& commission = *scope->commission;
    const auto& period = scope->period;
    // The review reads the quarter's scope, as the review's page does.
    auto findings = checks::review(data, commission, period);
    // Beyond the quarter's scope, the institute's figures: the convenios,
    // tallied by the store, and every contest open in the quarter with its
    // registrations.
    domain::ListQuery every_convenio;
    every_convenio.array = "convenios";
    auto by_status = request.database.tally(every_convenio, "status");
    auto signed_per_year = request.database.tally(every_convenio, "signed", 4);
    auto in_force_query = every_convenio;
    in_force_query.equal = {{"status", "vigente"}};
    auto first_counterparts = request.database.tally(in_force_query, "counterparts");
    data.contests = every_record(request.database, "contests").contests;
    data.registrations.clear();
    for (const auto& contest : data.contests) {
        if (period.overlaps(contest.registration_open, contest.registration_close)) {
            domain::append(
                data, records_where(request.database, "registrations", "contest", contest.key));
        }
    }
    nlohmann::json view{{"selector", scope->selector},
                        {"action", "/"},
                        {"commission", domain::commission_as_of(commission, period.to()).acronym},
                        {"charts", true}};

    // Sessions held and coming, agreements of the period.
    int held = 0;
    int coming = 0;
    std::vector<const domain::Session*> in_period;
    for (const auto& session : data.sessions) {
        if (session.commission != commission.key || !period.contains(session.date)) {
            continue;
        }
        if (session.status == domain::SessionStatus::Held) {
            ++held;
            in_period.push_back(&session);
        } else if (session.status == domain::SessionStatus::Scheduled) {
            ++coming;
        }
    }
    int agreements = 0;
    for (const auto& agreement : data.agreements) {
        agreements += std::any_of(in_period.begin(), in_period.end(), [&](const auto* session) {
            return agreement.session && *agreement.session == session->key;
        });
    }

    // Convenios: by status, by sector of the first counterpart, signed per year.
    auto counted = [&](const char* status) {
        auto found = by_status.find(status);
        return found == by_status.end() ? 0 : static_cast<int>(found->second);
    };
    int in_force = counted("vigente");
    int concluded = counted("concluido");
    int in_process = 0;
    for (const auto& [status, count] : by_status) {
        if (status != "vigente" && status != "concluido" && status != "cancelado") {
            in_process += static_cast<int>(count);
        }
    }
    Tally by_sector;
    for (const auto& [organization_key, count] : first_counterparts) {
        if (const auto* organization =
                domain::record_with_key(data.organizations, organization_key)) {
            by_sector[enum_label(domain::to_wire(organization->sector))] += static_cast<int>(count);
        }
    }
    Tally by_year;
    for (const auto& [year, count] : signed_per_year) {
        by_year[year] += static_cast<int>(count);
    }

    // Attendance by seat over the period's sessions.
    nlohmann::json attendance = nlohmann::json::array();
    for (const auto& seat : data.memberships) {
        if (seat.commission != commission.key) {
            continue;
        }
        // Over the sessions whose roll was taken: a session without its
        // list says nothing of who came (it is listed as pending instead).
        int expected = 0;
        int present = 0;
        for (const auto* session : in_period) {
            const domain::Attendance* roll = nullptr;
            for (const auto& candidate : data.attendance) {
                roll = candidate.session == session->key ? &candidate : roll;
            }
            if (!seat.valid_on(session->date) || roll == nullptr) {
                continue;
            }
            ++expected;
            if (std::find(roll->present.begin(), roll->present.end(), seat.key) !=
                roll->present.end()) {
                ++present;
            }
        }
        if (expected > 0) {
            attendance.push_back({{"name", member_name(data, seat)},
                                  {"role", enum_label(domain::to_wire(seat.role))},
                                  {"present", std::to_string(present)},
                                  {"expected", std::to_string(expected)},
                                  {"rate", percent(present, expected)}});
        }
    }

    // Activities per line of the year's programme, in the lines' order.
    std::map<int, std::pair<std::string, int>> per_line;
    for (const auto& activity : data.activities) {
        if (!period.contains(activity.date) || !activity.action) {
            continue;
        }
        for (const auto& programme : data.work_programmes) {
            if (programme.commission != commission.key) {
                continue;
            }
            for (const auto& line : programme.lines) {
                if (activity.action->starts_with(domain::line_key(programme.key, line.number) +
                                                 "/")) {
                    auto& [label, count] = per_line[line.number];
                    label = line_label(line);
                    ++count;
                }
            }
        }
    }

    Figures by_line;
    for (const auto& [number, figure] : per_line) {
        by_line.push_back(figure);
    }

    // Contest registrations by category, for contests open in the period.
    Tally by_category;
    for (const auto& contest : data.contests) {
        if (!period.overlaps(contest.registration_open, contest.registration_close)) {
            continue;
        }
        for (const auto& entry : data.registrations) {
            if (entry.contest == contest.key) {
                const auto* category = domain::category_of(contest, entry);
                ++by_category[category ? category->label : "Fuera de categoría"];
            }
        }
    }

    view["pending"] = pending_work(request, data, commission, period);
    auto errors = checks::count_of(findings, checks::Severity::Error);
    auto warnings = checks::count_of(findings, checks::Severity::Warning);

    view["figures"] = nlohmann::json::array({
        {{"value", std::to_string(held)}, {"label", lang::in_number(held, "sesión celebrada")}},
        {{"value", std::to_string(coming)},
         {"label", lang::in_number(coming, "sesión programada")}},
        {{"value", std::to_string(agreements)}, {"label", lang::in_number(agreements, "acuerdo")}},
        {{"value", std::to_string(in_force)},
         {"label", lang::in_number(in_force, "convenio vigente")}},
        {{"value", std::to_string(concluded)},
         {"label", lang::in_number(concluded, "convenio concluido")}},
        {{"value", std::to_string(in_process)},
         {"label", lang::in_number(in_process, "convenio en proceso")}},
    });
    view["findings"] = {{"errors", std::to_string(errors)},
                        {"warnings", std::to_string(warnings)},
                        {"errors_word", lang::in_number(errors, "error")},
                        {"warnings_word", lang::in_number(warnings, "aviso")},
                        {"none", findings.empty()},
                        {"href", "/revision?comision=" + url_encode(commission.key) +
                                     "&trimestre=" + scope->quarter}};
    view["attendance"] = attendance;
    view["no_attendance"] = attendance.empty();
    view["chart_list"] = nlohmann::json::array({
        chart_view("grafica-sector", "Convenios vigentes por sector", "doughnut", by_sector),
        chart_view("grafica-anio", "Convenios firmados por año", "bar", by_year),
        chart_view("grafica-lineas", "Actividades por línea del programa", "bar", by_line),
        chart_view("grafica-categorias", "Registros del concurso por categoría", "bar",
                   by_category),
    });
    return html_page(request, "Inicio", "home", view);
}

}  // namespace vincula::web
