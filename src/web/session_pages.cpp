#include "web/session_pages.h"

#include <algorithm>
#include <charconv>
#include <map>
#include <string_view>
#include <utility>

#include "api/minutes_approval.h"
#include "api/permissions.h"
#include "api/session_paperwork.h"
#include "checks/review.h"
#include "domain/follow_ups.h"
#include "domain/key_index.h"
#include "domain/minutes.h"
#include "domain/naming.h"
#include "domain/voting.h"
#include "lang/dates.h"
#include "lang/text.h"
#include "web/api_answers.h"
#include "web/captions.h"
#include "web/downloads.h"
#include "web/finding_links.h"
#include "web/follow_up_pages.h"
#include "web/labels.h"
#include "web/record_file_pages.h"
#include "web/record_form.h"

namespace vincula::web {
namespace {

bool may_capture(const Request& request) {
    return api::may(request.caller, api::Operation::Write, "sessions");
}

nlohmann::json choices(std::string_view field_name, std::string_view array,
                       std::string_view chosen) {
    nlohmann::json options = nlohmann::json::array();
    for (const auto& field : form_fields(array)) {
        if (field.name == field_name) {
            for (const auto& choice : field.choices) {
                options.push_back({{"value", choice},
                                   {"caption", enum_label(choice)},
                                   {"selected", choice == chosen}});
            }
        }
    }
    return options;
}

// The records of a session that keep files: the session, its agenda items
// (by the number the store gave them), its agreements and the documents
// presented in it.
std::vector<FileOwner> session_file_owners(domain::Store& store, const domain::Dataset& data,
                                           const std::string& key) {
    std::vector<FileOwner> owners{{"sessions", key, "La sesión"}};
    auto agenda = api::numbered_agenda(store, key);
    std::stable_sort(agenda.begin(), agenda.end(),
                     [](const auto& a, const auto& b) { return a.second.order < b.second.order; });
    for (const auto& [id, item] : agenda) {
        owners.push_back({"agenda_items", std::to_string(id),
                          "Punto " + std::to_string(item.order) + ": " + item.title});
    }
    for (const auto& agreement : data.agreements) {
        if (agreement.session == key) {
            owners.push_back({"agreements", agreement.code, "Acuerdo " + agreement.code});
        }
    }
    for (const auto& document : data.documents) {
        if (std::find(document.presented_in.begin(), document.presented_in.end(), key) !=
            document.presented_in.end()) {
            owners.push_back({"documents", document.key, "Documento: " + document.title});
        }
    }
    return owners;
}

// «Presentes: 20 de 22 · con voto: 5 · quórum: sí», as the page's script
// keeps it while the list is marked (vincula.js, rollCount).
nlohmann::json roll_count(const domain::Commission* commission, const domain::Session& session,
                          const std::vector<const domain::Membership*>& sitting,
                          const domain::Attendance* roll) {
    if (commission == nullptr) {
        return nullptr;
    }
    auto voting = domain::roll_of(*commission, session, sitting, roll);
    auto needed = domain::quorum_needed(*commission, voting.voting_seats);
    auto present = roll ? roll->present.size() : 0;
    std::string quorum =
        voting.present() >= needed ? "sí" : "no (se requieren " + std::to_string(needed) + ")";
    return {
        {"text", "Presentes: " + std::to_string(present) + " de " + std::to_string(sitting.size()) +
                     " · con voto: " + std::to_string(voting.present()) + " · quórum: " + quorum},
        {"quorum", needed},
        {"seats", sitting.size()}};
}

api::Response render_session(Request& request, const std::string& key,
                             const common::FieldErrors& agreement_errors,
                             const nlohmann::json& agreement_values, int status,
                             const common::FieldErrors& file_errors = {},
                             const common::FieldErrors& observation_errors = {}) {
    auto found = request.database.find(domain::RecordRef{"sessions", key});
    if (found.sessions.empty()) {
        return html_page(request, "No encontrado", "not_found",
                         {{"message", "No existe la sesión «" + key + "»."}}, 404);
    }
    // The session's commission, as its paperwork reads it: its seats,
    // sessions, agreements and what hangs from them, and the records dated
    // from the session to a year on (where the approval of its minuta is);
    // not the rest of the database.
    const auto& asked = found.sessions.front();
    auto data = request.database.load_scope(
        asked.commission, *domain::Period::create(asked.date, asked.date.plus_days(366)));
    const auto* session = domain::record_with_key(data.sessions, key);
    if (session == nullptr) {
        return html_page(request, "No encontrado", "not_found",
                         {{"message", "No existe la sesión «" + key + "»."}}, 404);
    }
    const domain::Attendance* roll = nullptr;
    for (const auto& candidate : data.attendance) {
        if (candidate.session == key) {
            roll = &candidate;
        }
    }
    auto listed = [](const std::vector<std::string>& keys, const std::string& seat) {
        return std::find(keys.begin(), keys.end(), seat) != keys.end();
    };
    const auto* commission = domain::record_with_key(data.commissions, session->commission);
    nlohmann::json seats = nlohmann::json::array();
    std::vector<const domain::Membership*> sitting;
    for (const auto& seat : data.memberships) {
        if (seat.commission != session->commission || !seat.valid_on(session->date)) {
            continue;
        }
        sitting.push_back(&seat);
        bool votes = commission && domain::has_vote(*commission, seat.role);
        bool present = roll && listed(roll->present, seat.key);
        bool justified = roll && listed(roll->justified, seat.key);
        std::string role = enum_label(domain::to_wire(seat.role));
        if (seat.substitute_for) {
            role += " (suplencia)";
        }
        seats.push_back({{"key", seat.key},
                         {"name", member_name(data, seat)},
                         {"role", role},
                         {"present", present},
                         {"justified", justified},
                         {"absent", roll && !present && !justified},
                         // A substitute present counts for the seat it covers.
                         {"voting_seat", votes ? seat.substitute_for.value_or(seat.key) : ""}});
    }
    nlohmann::json agenda = nlohmann::json::array();
    std::vector<const domain::AgendaItem*> items;
    for (const auto& item : data.agenda_items) {
        if (item.session == key) {
            items.push_back(&item);
        }
    }
    std::sort(items.begin(), items.end(),
              [](const auto* a, const auto* b) { return a->order < b->order; });
    for (const auto* item : items) {
        agenda.push_back({{"order", std::to_string(item->order)},
                          {"title", item->title},
                          {"kind", enum_label(domain::to_wire(item->kind))}});
    }
    nlohmann::json agreements = nlohmann::json::array();
    for (const auto& agreement : data.agreements) {
        if (agreement.session == key) {
            nlohmann::json row{{"code", agreement.code},
                               {"title", agreement.title},
                               {"result", enum_label(domain::to_wire(agreement.result))}};
            // Where what the agreement ordered stands today, when followed.
            for (const auto& follow_up : data.agreement_follow_ups) {
                if (follow_up.agreement == agreement.code) {
                    row["follow_up"] = std::string(
                        domain::follow_up_state_words(domain::follow_up_state(follow_up, today())));
                    row["follow_up_href"] = follow_up_href(agreement.code);
                }
            }
            agreements.push_back(std::move(row));
        }
    }
    nlohmann::json documents = nlohmann::json::array();
    for (const auto& document : data.documents) {
        if (listed(document.presented_in, key)) {
            documents.push_back({{"key", document.key},
                                 {"title", document.title},
                                 {"kind", enum_label(domain::to_wire(document.kind))}});
        }
    }
    std::string style_commission = session->commission;
    nlohmann::json errors = nlohmann::json::array();
    for (const auto& error : agreement_errors) {
        errors.push_back({{"message", error.message}});
    }
    auto value = [&](const char* name) {
        return agreement_values.is_object() && agreement_values.contains(name) &&
                       agreement_values[name].is_string()
                   ? agreement_values[name].get<std::string>()
                   : std::string();
    };
    nlohmann::json view{
        {"date", lang::long_date(session->date)},
        {"time", session->time ? session->time->to_string() : ""},
        {"modality", enum_label(domain::to_wire(session->modality))},
        {"status", enum_label(domain::to_wire(session->status))},
        {"commission", session->commission},
        {"may_capture", may_capture(request)},
        {"edit_href", "/registros/sessions/editar/" + url_encode(key)},
        {"roll_action", session_path(key) + "/asistencia"},
        {"agreement_action", session_path(key) + "/acuerdos"},
        {"seats", seats},
        {"no_seats", seats.empty()},
        {"roll_taken", roll != nullptr},
        {"roll_count", roll_count(commission, *session, sitting, roll)},
        {"agenda", agenda},
        {"no_agenda", agenda.empty()},
        {"agenda_new", "/registros/agenda_items/nuevo?session=" + url_encode(key) +
                           "&volver=" + url_encode(session_path(key) + "#orden")},
        {"agreements", agreements},
        {"no_agreements", agreements.empty()},
        {"agreement_errors", errors},
        {"agreement_invalid", !errors.empty()},
        {"agreement_title", value("title")},
        {"agreement_kinds", choices("kind", "agreements", value("kind"))},
        {"agreement_results",
         choices("result", "agreements", value("result").empty() ? "aprobado" : value("result"))},
        {"documents", documents},
        {"no_documents", documents.empty()},
        {"document_new", "/registros/documents/nuevo?presented_in=" + url_encode(key) +
                             "&volver=" + url_encode(session_path(key) + "#documentos")},
    };
    // What the consistency review says about this session, its roll and its
    // agreements (the minutes chain among them), over the session's day.
    nlohmann::json findings = nlohmann::json::array();
    auto day = domain::Period::create(session->date, session->date);
    if (commission && day) {
        for (const auto& finding : checks::review(data, *commission, *day)) {
            const auto& record = finding.record;
            bool about_this = (record.array == "sessions" || record.array == "attendance")
                                  ? record.key == key
                                  : record.array == "agreements" &&
                                        std::any_of(data.agreements.begin(), data.agreements.end(),
                                                    [&](const auto& agreement) {
                                                        return agreement.code == record.key &&
                                                               agreement.session == key;
                                                    });
            if (about_this) {
                bool error = finding.severity == checks::Severity::Error;
                findings.push_back(
                    {{"error", error},
                     {"severity", error ? "Error" : "Aviso"},
                     {"message", finding.message},
                     {"href", finding_href(request, finding, session_path(key), "")}});
            }
        }
    }
    // The session's paperwork, written from these records on demand.
    nlohmann::json paperwork = nlohmann::json::array();
    for (auto [kind, caption] :
         {std::pair{"convocatoria", "Convocatoria"}, std::pair{"orden_del_dia", "Orden del día"},
          std::pair{"minuta", "Minuta"},
          std::pair{"cumplimiento", "Informe sobre el cumplimiento de acuerdos"}}) {
        if (std::string_view(kind) == "minuta" &&
            session->status == domain::SessionStatus::Cancelled) {
            continue;
        }
        auto base = "/api/v1/sessions/" + url_encode(key) + "/documents/" + kind + "?format=";
        paperwork.push_back({{"caption", caption},
                             {"html", base + "html"},
                             {"pdf", base + "pdf"},
                             {"docx", base + "docx"}});
    }
    view["paperwork"] = paperwork;
    if (session->status != domain::SessionStatus::Cancelled) {
        const auto* approval = domain::minutes_approval(data, *session);
        nlohmann::json minutes = {{"approved", approval != nullptr}};
        if (approval != nullptr) {
            minutes["agreement"] = approval->code;
            if (may_capture(request)) {
                minutes["freeze_action"] = session_path(key) + "/minuta-aprobada";
            }
        }
        view["minutes"] = minutes;
    }
    // The members' observations to the draft minuta, and the form that adds
    // one (councillors and staff; never on a cancelled session).
    nlohmann::json observations = nlohmann::json::array();
    for (const auto& observation : data.minutes_observations) {
        if (observation.session != key) {
            continue;
        }
        std::string who = observation.membership;
        for (const auto& seat : data.memberships) {
            who = seat.key == observation.membership ? member_name(data, seat) : who;
        }
        observations.push_back({{"who", who},
                                {"date", lang::long_date(observation.date)},
                                {"text", observation.text},
                                {"outcome", enum_label(domain::to_wire(observation.outcome))}});
    }
    bool may_observe = api::may(request.caller, api::Operation::Write, "minutes_observations") &&
                       session->status != domain::SessionStatus::Cancelled;
    view["observations"] = observations;
    view["no_observations"] = observations.empty();
    view["may_observe"] = may_observe;
    view["observation_action"] = session_path(key) + "/observaciones";
    view["observation_errors"] = messages_of(observation_errors);
    view["observation_invalid"] = !observation_errors.empty();
    view["expediente"] =
        expediente_view(request.database, session_file_owners(request.database, data, key),
                        may_capture(request) ? session_path(key) + "/archivos" : "", file_errors);
    // Shown inside the roll call's section, which htmx swaps in place.
    view["roll_saved"] = request.query_value("aviso") == "asistencia";
    view["agreement_saved"] = request.query_value("acuerdo");
    view["page_address"] = session_path(key);
    view["findings"] = findings;
    view["no_findings"] = findings.empty();
    auto title = session_caption(data, *session);
    title = title.substr(0, title.find(" · "));
    return html_page(request, title, "session", view, status);
}

}  // namespace

std::string session_path(const std::string& key) {
    return "/sesiones/" + url_encode(key);
}

api::Response public_sessions(Request& request) {
    // The roll, the draft minuta's observations and the review are the
    // commission's working papers: the public reads what was approved.
    auto key = request.params.find("key");
    if (key != request.params.end()) {
        auto found = request.database.find(domain::RecordRef{"sessions", key->second});
        if (!found.sessions.empty()) {
            const auto& session = found.sessions.front();
            return redirect("/transparencia/" + url_encode(session.commission) + "/" +
                            std::to_string(session.date.year()) + "#sesion-" +
                            url_encode(session.key));
        }
    }
    return redirect("/transparencia");
}

api::Response session_page(Request& request) {
    if (request.caller.is_public()) {
        return public_sessions(request);
    }
    if (!api::may(request.caller, api::Operation::Read, "sessions")) {
        return refusal(request, request.caller.is_public() ? 401 : 403);
    }
    return render_session(request, request.params.at("key"), {}, nullptr, 200);
}

api::Response save_roll_call(Request& request) {
    const auto& key = request.params.at("key");
    nlohmann::json present = nlohmann::json::array();
    nlohmann::json justified = nlohmann::json::array();
    // «Todos presentes» sent without the page's script: every member listed
    // present but those marked otherwise.
    bool everyone = request.form_value("todos") == "presentes";
    std::map<std::string, std::string> marks;
    for (const auto& [name, value] : request.form) {
        if (name.starts_with("asiste:")) {
            marks[name.substr(7)] = value;
        } else if (name == "integrante" && everyone) {
            marks.emplace(value, "presente");
        }
    }
    for (const auto& [seat, mark] : marks) {
        if (mark == "presente") {
            present.push_back(seat);
        } else if (mark == "justificada") {
            justified.push_back(seat);
        }
    }
    api::Records records(request.database);
    bool exists = succeeded(records.get(request.caller, "attendance", key));
    nlohmann::json body{{"present", present}, {"justified", justified}};
    api::Response answer;
    if (exists) {
        answer = records.patch(request.caller, "attendance", key, body.dump());
    } else {
        body["session"] = key;
        answer = records.create(request.caller, "attendance", body.dump());
    }
    if (answer.status == 401 || answer.status == 403) {
        return refusal(request, answer.status);
    }
    if (!succeeded(answer)) {
        return render_session(request, key, errors_of(answer), nullptr, answer.status);
    }
    return redirect(with_notice(session_path(key), "asistencia") + "#asistencia");
}

api::Response add_agreement(Request& request) {
    const auto& key = request.params.at("key");
    nlohmann::json body{{"session", key}};
    for (const char* name : {"title", "kind", "result"}) {
        if (auto value = request.form_value(name); !value.empty()) {
            body[name] = value;
        }
    }
    auto answer = api::Records(request.database).create(request.caller, "agreements", body.dump());
    if (answer.status == 401 || answer.status == 403) {
        return refusal(request, answer.status);
    }
    if (!succeeded(answer)) {
        return render_session(request, key, errors_of(answer), body, 422);
    }
    // Back where the agreements are, saying which code it took.
    auto code = body_of(answer).value("code", std::string());
    return redirect(session_path(key) + "?acuerdo=" + url_encode(code) + "#acuerdos");
}

api::Response add_observation(Request& request) {
    const auto& key = request.params.at("key");
    auto found = request.database.find(domain::RecordRef{"sessions", key});
    if (found.sessions.empty()) {
        return render_session(request, key, {}, nullptr, 404);
    }
    // The key is never typed: one past the highest number the session's
    // observations carry (a removed one leaves its number unused).
    domain::ListQuery query;
    query.array = "minutes_observations";
    query.equal = {{"session", key}};
    query.limit = 1000;
    int made = 0;
    auto prefix = key + "-obs-";
    for (const auto& observation : request.database.list(query).records.minutes_observations) {
        if (observation.key.starts_with(prefix)) {
            int number = 0;
            auto digits = std::string_view(observation.key).substr(prefix.size());
            std::from_chars(digits.data(), digits.data() + digits.size(), number);
            made = std::max(made, number);
        }
    }
    nlohmann::json body{{"key", key + "-obs-" + std::to_string(made + 1)},
                        {"session", key},
                        {"date", today().to_iso()},
                        {"outcome", "pendiente"}};
    for (const char* name : {"membership", "text"}) {
        if (auto value = request.form_value(name); !value.empty()) {
            body[name] = value;
        }
    }
    auto answer =
        api::Records(request.database).create(request.caller, "minutes_observations", body.dump());
    if (answer.status == 401 || answer.status == 403) {
        return refusal(request, answer.status);
    }
    if (!succeeded(answer)) {
        return render_session(request, key, {}, nullptr, 422, {}, errors_of(answer));
    }
    return redirect(with_notice(session_path(key), "observacion") + "#observaciones");
}

api::Response attach_session_file(Request& request) {
    const auto& key = request.params.at("key");
    if (!may_capture(request)) {
        return refusal(request, request.caller.is_public() ? 401 : 403);
    }
    auto found = request.database.find(domain::RecordRef{"sessions", key});
    if (found.sessions.empty()) {
        return render_session(request, key, {}, nullptr, 404);
    }
    const auto& session = found.sessions.front();
    auto owners = session_file_owners(
        request.database,
        request.database.load_scope(session.commission,
                                    *domain::Period::create(session.date, session.date)),
        key);
    auto errors = attach_from_form(request, owners);
    if (!errors.empty()) {
        return render_session(request, key, {}, nullptr, 422, errors);
    }
    return redirect(with_notice(session_path(key), "archivo") + "#expediente");
}

api::Response freeze_minutes(Request& request) {
    const auto& key = request.params.at("key");
    auto answer = api::freeze_approved_minutes(request.database, request.caller, key);
    if (answer.status == 401 || answer.status == 403) {
        return refusal(request, answer.status);
    }
    if (!succeeded(answer)) {
        // Said in the expediente, where the frozen minuta would have gone.
        return render_session(request, key, {}, nullptr, answer.status, errors_of(answer));
    }
    return redirect(with_notice(session_path(key), "minuta") + "#expediente");
}

}  // namespace vincula::web
