// The contest as the public sees it: the call, the registration form (no
// sign-in), the folio received, and the winners once published.
#include <algorithm>
#include <chrono>
#include <cstdio>

#include "api/contest_entries.h"
#include "common/messages.h"
#include "domain/contest_entry.h"
#include "domain/contest_ranking.h"
#include "mail/smtp.h"
#include "web/api_answers.h"
#include "web/contest_pages.h"
#include "web/contest_views.h"
#include "web/labels.h"

namespace vincula::web {
namespace {

common::LocalMoment now_in_mexico_city() {
    return common::mexico_city_time(std::chrono::system_clock::now());
}

// The form's inputs, by the record field each one fills.
struct EntryInput {
    const char* name;  // the form's name and the error's field
    const char* label;
    const char* type;  // text, email, date, url, select, checkbox, file
    bool required;
    const char* hint;
};

constexpr EntryInput ENTRY_INPUTS[] = {
    {"name", "Nombre completo", "text", true, ""},
    {"email", "Correo electrónico", "email", true, "Ahí recibirá su folio."},
    {"birth_date", "Fecha de nacimiento", "date", true,
     "La categoría se asigna por la edad al cierre del registro."},
    {"gender", "Género", "select", true, ""},
    {"residence", "Lugar de residencia", "select", true, ""},
    {"state", "Entidad federativa (si reside en otra)", "text", false, ""},
    {"guardian_name", "Nombre de la madre, padre o persona tutora (menores de 18 años)", "text",
     false, ""},
    {"guardian_consent",
     "La madre, padre o persona tutora autoriza la participación (menores de 18 años)", "checkbox",
     false, ""},
    {"work.title", "Título de la obra", "text", true, ""},
    {"work.link", "Enlace a la obra", "url", false,
     "Por ejemplo, https://… de una plataforma de video. O suba el archivo abajo."},
    {"work.file", "Archivo de la obra", "file", false,
     "Video MP4, MOV, WebM o AVI de hasta 25 MiB."},
    {"privacy_accepted", "He leído y acepto el aviso de privacidad", "checkbox", true, ""},
};

nlohmann::json options_for(std::string_view name, const std::string& chosen) {
    std::vector<std::string_view> values;
    if (name == "gender") {
        values = {"F", "M", "X"};
    } else {
        values = {"cdmx", "otra_entidad", "extranjero"};
    }
    nlohmann::json options = nlohmann::json::array({{{"value", ""}, {"caption", "—"}}});
    for (auto value : values) {
        options.push_back({{"value", std::string(value)},
                           {"caption", enum_label(value)},
                           {"selected", chosen == value}});
    }
    return options;
}

// The form's fields for the `_field` partial, with what was sent and the
// errors beside the field they concern.
nlohmann::json entry_fields(const Request& request, const common::FieldErrors& errors) {
    nlohmann::json fields = nlohmann::json::array();
    for (const auto& input : ENTRY_INPUTS) {
        std::string name = input.name;
        std::string id = "inscripcion-" + name;
        std::replace(id.begin(), id.end(), '.', '-');
        nlohmann::json messages = nlohmann::json::array();
        for (const auto& error : errors) {
            if (error.field == name || error.field.starts_with(name + ".")) {
                messages.push_back(error.message);
            }
        }
        std::string type = input.type;
        std::string value = request.form_value(name);
        nlohmann::json field{{"id", id},
                             {"name", name},
                             {"label", input.label},
                             {"required", input.required},
                             {"hint", input.hint},
                             {"invalid", !messages.empty()},
                             {"errors", messages}};
        if (type == "checkbox") {
            field["checkbox"] = true;
            field["checked"] = value == "1";
        } else if (type == "select") {
            field["select"] = true;
            field["options"] = options_for(name, value);
        } else {
            field["input"] = true;
            field["type"] = type;
            field["value"] = type == "file" ? "" : value;
            if (type == "file") {
                field["accept"] = "video/mp4,video/quicktime,video/webm,video/x-msvideo";
            }
        }
        fields.push_back(std::move(field));
    }
    return fields;
}

// Errors that belong to no input (the window closed): shown above the form.
nlohmann::json general_errors(const common::FieldErrors& errors) {
    common::FieldErrors general;
    for (const auto& error : errors) {
        bool placed = std::any_of(
            std::begin(ENTRY_INPUTS), std::end(ENTRY_INPUTS), [&](const EntryInput& input) {
                std::string name = input.name;
                return error.field == name || error.field.starts_with(name + ".");
            });
        if (!placed) {
            general.push_back(error);
        }
    }
    return messages_of(general);
}

nlohmann::json winners_view(const domain::Dataset& data, const domain::Contest& contest) {
    nlohmann::json categories = nlohmann::json::array();
    for (const auto& ranking : domain::rank_entries(data, contest)) {
        nlohmann::json winners = nlohmann::json::array();
        for (const auto& ranked : ranking.entries) {
            if (ranked.entry->place) {
                winners.push_back({{"place", *ranked.entry->place},
                                   {"name", ranked.entry->name},
                                   {"title", ranked.entry->work ? ranked.entry->work->title : ""}});
            }
        }
        std::sort(winners.begin(), winners.end(),
                  [](const auto& a, const auto& b) { return a["place"] < b["place"]; });
        categories.push_back({{"label", ranking.category->label}, {"winners", winners}});
    }
    return categories;
}

api::Response contest_view(const Request& request, const domain::Dataset& data,
                           const domain::Contest& contest, const common::FieldErrors& errors,
                           int status) {
    auto now = now_in_mexico_city();
    nlohmann::json view = contest_summary(contest);
    view["open"] = domain::registration_open_at(contest, now);
    view["not_yet"] = now.date < contest.registration_open;
    view["action"] = "/concurso/" + url_encode(contest.key) + "/registro";
    view["fields"] = entry_fields(request, errors);
    view["general_errors"] = general_errors(errors);
    view["refused"] = !errors.empty();
    if (contest.results_published) {
        view["winners"] = winners_view(data, contest);
    }
    return html_page(request, contest.name, "contest_public", view, status);
}

// The record's JSON from the form: empty inputs left out, so that a missing
// required field says «obligatorio» and an optional one stays absent.
nlohmann::json entry_json(const Request& request) {
    nlohmann::json fields = nlohmann::json::object();
    for (const char* name :
         {"name", "email", "birth_date", "gender", "residence", "state", "guardian_name"}) {
        if (auto value = request.form_value(name); !value.empty()) {
            fields[name] = value;
        }
    }
    fields["guardian_consent"] = request.form_value("guardian_consent") == "1";
    fields["privacy_accepted"] = request.form_value("privacy_accepted") == "1";
    nlohmann::json work = nlohmann::json::object();
    work["title"] = request.form_value("work.title");
    if (auto link = request.form_value("work.link"); !link.empty()) {
        work["link"] = link;
    }
    fields["work"] = work;
    return fields;
}

// The uploaded work, if any, when it is a video within the limit.
std::optional<domain::WorkFile> uploaded_work(const Request& request,
                                              common::FieldErrors& problems) {
    auto upload = request.uploads.find("work.file");
    if (upload == request.uploads.end()) {
        return std::nullopt;
    }
    const auto& bytes = upload->second.bytes;
    if (bytes.size() > api::MAX_WORK_FILE_BYTES) {
        problems.push_back(common::field_error(
            "work.file", "archivo_obra_grande",
            {std::to_string(bytes.size() / (1024 * 1024)) + " MiB",
             std::to_string(api::MAX_WORK_FILE_BYTES / (1024 * 1024)) + " MiB"}));
        return std::nullopt;
    }
    auto type = api::video_type(bytes);
    if (!type) {
        problems.push_back(common::field_error("work.file", "archivo_obra_tipo"));
        return std::nullopt;
    }
    return domain::WorkFile{upload->second.filename, *type, bytes};
}

// The entrant's confirmation: the folio, by e-mail, sent after the answer
// so that a slow mail server never holds the page. A failure is logged by
// the mail layer; the entry stands either way.
void send_confirmation(const Request& request, const domain::Registration& entry,
                       const std::string& contest_name) {
    if (request.mail == nullptr || !request.mail->configured() || !entry.email ||
        !request.in_background) {
        return;
    }
    mail::Message message;
    message.to = *entry.email;
    message.to_name = entry.name;
    message.subject = "Registro en " + contest_name + ": folio " + entry_label(entry);
    message.text = "Hola, " + entry.name + ":\n\nRecibimos su obra «" +
                   (entry.work ? entry.work->title : std::string()) + "» para " + contest_name +
                   ". Su folio es " + entry_label(entry) +
                   "; consérvelo.\n\nEl personal del concurso revisará su registro y le "
                   "escribirá a este correo.\n";
    request.in_background([settings = *request.mail, message](domain::Database&) {
        (void)mail::send(settings, message);
    });
}

}  // namespace

api::Response public_contest(Request& request) {
    auto data = request.database.load();
    const auto* contest = latest_contest(data);
    if (contest == nullptr) {
        return html_page(request, "Concurso", "not_found",
                         {{"message", "Por ahora no hay ninguna convocatoria."}}, 404);
    }
    return contest_view(request, data, *contest, {}, 200);
}

api::Response register_contest_entry(Request& request) {
    const auto& key = request.params.at("key");
    common::FieldErrors problems;
    auto file = uploaded_work(request, problems);
    auto registered =
        api::register_entry(request.database, key, entry_json(request), std::move(file),
                            now_in_mexico_city(), std::move(problems));
    if (!registered) {
        auto data = request.database.load();
        const auto* contest = find_contest(data, key);
        if (contest == nullptr) {
            return html_page(request, "Concurso", "not_found",
                             {{"message", "No existe esa convocatoria."}}, 404);
        }
        return contest_view(request, data, *contest, registered.error(), 422);
    }
    auto contest = request.database.find(domain::RecordRef{"contests", key});
    send_confirmation(request, *registered,
                      contest.contests.empty() ? key : contest.contests.front().name);
    return redirect("/concurso/registrado?folio=" + url_encode(entry_label(*registered)));
}

api::Response entry_received(Request& request) {
    auto folio = request.query_value("folio");
    auto data = request.database.load();
    auto found = std::find_if(data.registrations.begin(), data.registrations.end(),
                              [&](const auto& entry) { return entry.folio == folio; });
    if (folio.empty() || found == data.registrations.end()) {
        return html_page(request, "Registro", "not_found",
                         {{"message", "No hay ningún registro con ese folio."}}, 404);
    }
    const auto* contest = find_contest(data, found->contest);
    return html_page(request, "Registro recibido", "contest_received",
                     {{"folio", folio}, {"contest", contest ? contest->name : ""}});
}

}  // namespace vincula::web
