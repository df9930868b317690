// The contest as the public sees it: the call, the registration (no
// sign-in) in two steps, and the winners once published. The form's data
// first; the link mailed to the address given then confirms it, takes the
// work's file and gives the folio: a stranger can neither fill the disk
// with files nor make the institute's mail server carry their words.
#include <algorithm>
#include <charconv>
#include <chrono>
#include <cstdio>

#include "api/contest_entries.h"
#include "common/messages.h"
#include "domain/contest_entry.h"
#include "domain/contest_ranking.h"
#include "domain/countries.h"
#include "lang/numbers.h"
#include "lang/text.h"
#include "mail/smtp.h"
#include "web/api_answers.h"
#include "web/contest_pages.h"
#include "web/contest_views.h"
#include "web/labels.h"
#include "web/scoped_reads.h"

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
    {"email", "Correo electrónico", "email", true,
     "Ahí recibirás un enlace para confirmar el registro y, después, tu folio."},
    {"birth_date", "Fecha de nacimiento", "date", true,
     "La categoría se asigna por la edad al cierre del registro."},
    {"gender", "Género", "select", true, ""},
    {"residence", "Lugar de residencia", "select", true, ""},
    {"state", "Entidad federativa (si vives en otra)", "select", false, ""},
    {"guardian_name", "Nombre de la madre, padre o persona tutora (menores de 18 años)", "text",
     false, ""},
    {"guardian_consent",
     "La madre, padre o persona tutora autoriza la participación (menores de 18 años)", "checkbox",
     false, ""},
    {"work.title", "Título de la obra", "text", true, ""},
    {"work.link", "Enlace a la obra", "url", false,
     "Por ejemplo, https://… de una plataforma de video. Si no tienes enlace, subirás el archivo "
     "al confirmar tu correo."},
    {"privacy_accepted", "He leído y acepto el aviso de privacidad", "checkbox", true, ""},
};

nlohmann::json options_for(std::string_view name, const std::string& chosen,
                           const domain::Contest& contest) {
    std::vector<std::string_view> values;
    if (name == "gender") {
        values = {"F", "M", "X"};
    } else if (name == "state") {
        // The entities but the contest's own (whoever lives there says so
        // by «Lugar de residencia»).
        nlohmann::json options = nlohmann::json::array({{{"value", ""}, {"caption", "—"}}});
        for (auto entity : domain::mexican_entities()) {
            if (entity != domain::home_entity_of(contest)) {
                options.push_back({{"value", std::string(entity)},
                                   {"caption", std::string(entity)},
                                   {"selected", chosen == entity}});
            }
        }
        return options;
    } else {
        values = {"cdmx", "otra_entidad", "extranjero"};
    }
    nlohmann::json options = nlohmann::json::array({{{"value", ""}, {"caption", "—"}}});
    for (auto value : values) {
        // Residence in the contest's own entity reads as that entity.
        auto caption = value == "cdmx" ? domain::home_entity_of(contest) : enum_label(value);
        options.push_back(
            {{"value", std::string(value)}, {"caption", caption}, {"selected", chosen == value}});
    }
    return options;
}

// The form's fields for the `_field` partial, with what was sent and the
// errors beside the field they concern.
nlohmann::json entry_fields(const Request& request, const common::FieldErrors& errors,
                            const domain::Contest& contest) {
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
            field["options"] = options_for(name, value, contest);
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
    view["fields"] = entry_fields(request, errors, contest);
    view["general_errors"] = general_errors(errors);
    view["refused"] = !errors.empty();
    view["mail_ready"] = request.mail != nullptr && request.mail->configured();
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

// A message to the address an entrant gave, sent after the answer so that a
// slow mail server never holds the page; a failure is logged by the mail
// layer. Nothing the sender wrote goes in it (not the name, not the title):
// whoever types someone else's address cannot make us carry their words.
void mail_entrant(const Request& request, const std::string& to, std::string subject,
                  std::string text) {
    if (request.mail == nullptr || !request.mail->configured() || !request.in_background) {
        return;
    }
    mail::Message message;
    message.to = to;
    message.subject = std::move(subject);
    message.text = std::move(text);
    request.in_background([settings = *request.mail, message](domain::Database&) {
        (void)mail::send(settings, message);
    });
}

std::string confirmation_path(const std::string& secret) {
    return "/concurso/confirmar/" + url_encode(secret);
}

std::string contest_name(Request& request, const std::string& key) {
    auto found = request.database.find(domain::RecordRef{"contests", key});
    return found.contests.empty() ? key : found.contests.front().name;
}

// The file already received for this link, said on a refused confirmation
// so that nobody chooses (and sends) the video again.
nlohmann::json held_view(Request& request) {
    auto held = api::held_work(request.database, request.params.at("secret"));
    if (!held) {
        return nullptr;
    }
    constexpr double MIB = 1024.0 * 1024.0;
    char size[32];
    // es-MX writes the decimal point: «12.5 MiB».
    std::snprintf(size, sizeof size, "%.1f MiB", static_cast<double>(held->bytes) / MIB);
    return {{"name", held->name.empty() ? std::string("de la obra") : held->name},
            {"size", std::string(size)}};
}

// The confirmation page: the work's file (or link) and the button that
// registers the entry.
api::Response confirmation_view(Request& request, const domain::EntryRequest& pending,
                                const common::FieldErrors& errors, int status) {
    auto fields = nlohmann::json::parse(pending.fields, nullptr, false);
    std::string title;
    std::string link;
    if (fields.is_object() && fields.contains("work") && fields["work"].is_object()) {
        title = fields["work"].value("title", "");
        link = fields["work"].value("link", "");
    }
    if (auto sent = request.form_value("work.link"); !sent.empty()) {
        link = sent;
    }
    auto messages_for = [&](std::string_view name) {
        nlohmann::json messages = nlohmann::json::array();
        for (const auto& error : errors) {
            if (error.field == name) {
                messages.push_back(error.message);
            }
        }
        return messages;
    };
    auto file_errors = messages_for("work.file");
    auto link_errors = messages_for("work.link");
    nlohmann::json file_field{
        {"id", "confirmacion-archivo"},
        {"name", "work.file"},
        {"label", "Archivo de la obra"},
        {"hint", "Video MP4, MOV, WebM o AVI de hasta " +
                     std::to_string(api::MAX_WORK_FILE_BYTES / (1024 * 1024)) + " MiB."},
        {"input", true},
        {"type", "file"},
        {"value", ""},
        {"accept", "video/mp4,video/quicktime,video/webm,video/x-msvideo"},
        {"invalid", !file_errors.empty()},
        {"errors", file_errors}};
    nlohmann::json link_field{{"id", "confirmacion-enlace"},
                              {"name", "work.link"},
                              {"label", "Enlace a la obra"},
                              {"hint", "Si la obra está en una plataforma de video."},
                              {"input", true},
                              {"type", "url"},
                              {"value", link},
                              {"invalid", !link_errors.empty()},
                              {"errors", link_errors}};
    common::FieldErrors general;
    for (const auto& error : errors) {
        if (error.field != "work.file" && error.field != "work.link") {
            general.push_back(error);
        }
    }
    return html_page(request, "Confirmar el registro", "contest_confirm",
                     {{"contest", contest_name(request, pending.contest)},
                      {"title", title},
                      {"action", confirmation_path(request.params.at("secret"))},
                      {"parts", confirmation_path(request.params.at("secret")) + "/partes"},
                      {"part_bytes", api::WORK_FILE_PART_BYTES},
                      {"max_bytes", api::MAX_WORK_FILE_BYTES},
                      {"fields", nlohmann::json::array({file_field, link_field})},
                      {"refused", !errors.empty()},
                      {"held", held_view(request)},
                      {"general_errors", messages_of(general)}},
                     status);
}

// A confirmation link that is unknown, used or expired.
api::Response link_gone(const Request& request) {
    return html_page(request, "Confirmar el registro", "not_found",
                     {{"message", lang::capitalize_first(common::message("enlace_confirmacion"))}},
                     404);
}

}  // namespace

api::Response public_contest(Request& request) {
    auto data = contest_file(request.database);
    const auto* contest = latest_contest(data);
    if (contest == nullptr) {
        return html_page(request, "Concurso", "not_found",
                         {{"message", "Por ahora no hay ninguna convocatoria."}}, 404);
    }
    return contest_view(request, data, *contest, {}, 200);
}

api::Response register_contest_entry(Request& request) {
    const auto& key = request.params.at("key");
    auto show_refusal = [&](const common::FieldErrors& errors, int status) {
        auto data = contest_file(request.database, key);
        const auto* contest = find_contest(data, key);
        if (contest == nullptr) {
            return html_page(request, "Concurso", "not_found",
                             {{"message", "No existe esa convocatoria."}}, 404);
        }
        return contest_view(request, data, *contest, errors, status);
    };
    if (request.mail == nullptr || !request.mail->configured()) {
        return show_refusal({common::field_error("email", "correo_concurso")}, 503);
    }
    auto fields = entry_json(request);
    auto secret = api::request_entry(request.database, key, fields, request.caller.address,
                                     now_in_mexico_city(), request.contest_limits);
    if (!secret) {
        bool too_many = std::any_of(secret.error().begin(), secret.error().end(),
                                    [](const auto& e) { return e.rule == "solicitudes_por_hora"; });
        return show_refusal(secret.error(), too_many ? 429 : 422);
    }
    auto name = contest_name(request, key);
    mail_entrant(request, fields.value("email", ""), "Confirma tu registro en " + name,
                 "Se registró esta dirección de correo en " + name +
                     ". Para confirmar el registro y, si hace falta, subir el archivo de la obra, "
                     "abre este enlace en las próximas " +
                     std::to_string(api::ENTRY_REQUEST_HOURS) + " horas:\n\n" +
                     request.mail->public_url + confirmation_path(*secret) +
                     "\n\nSi no hiciste este registro, ignora este mensaje: sin confirmación "
                     "no se guarda nada.\n");
    return redirect("/concurso/confirme-su-correo");
}

api::Response check_your_mail(Request& request) {
    return html_page(request, "Revisa tu correo", "contest_check_mail",
                     {{"hours", api::ENTRY_REQUEST_HOURS}});
}

api::Response confirmation_page(Request& request) {
    auto pending = api::entry_request(request.database, request.params.at("secret"));
    if (!pending) {
        return link_gone(request);
    }
    return confirmation_view(request, *pending, {}, 200);
}

api::Response confirm_contest_entry(Request& request) {
    const auto& secret = request.params.at("secret");
    auto pending = api::entry_request(request.database, secret);
    if (!pending) {
        return link_gone(request);
    }
    common::FieldErrors problems;
    auto file = uploaded_work(request, problems);
    auto registered = api::confirm_entry(request.database, secret, std::move(file),
                                         request.form_value("work.link"), now_in_mexico_city(),
                                         request.contest_limits, std::move(problems));
    if (!registered) {
        return confirmation_view(request, *pending, registered.error(), 422);
    }
    auto name = contest_name(request, registered->contest);
    if (registered->email) {
        mail_entrant(request, *registered->email,
                     "Registro en " + name + ": folio " + entry_label(*registered),
                     "Tu registro en " + name + " quedó con el folio " + entry_label(*registered) +
                         "; guárdalo.\n\nEl personal del concurso revisará el registro y te "
                         "escribirá a este correo.\n");
    }
    return redirect("/concurso/registrado?folio=" + url_encode(entry_label(*registered)));
}

// One part of the work's file, as the confirmation page's script sends it:
// `desde` (where it goes), `total` (the file's size) and `nombre` in the
// query, the bytes as the body. Answers JSON: the bytes received so far, or
// the errors in Spanish for the page to show.
api::Response receive_work_part(Request& request) {
    auto number = [&](std::string_view name) -> std::optional<std::int64_t> {
        auto text = request.query_value(name);
        std::int64_t value = 0;
        auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
        if (text.empty() || error != std::errc() || end != text.data() + text.size()) {
            return std::nullopt;
        }
        return value;
    };
    auto offset = number("desde");
    auto total = number("total");
    if (!offset || !total) {
        return api::error_response(400, "work.file", "parte_fuera_de_orden");
    }
    auto received =
        api::receive_work_part(request.database, request.params.at("secret"), *offset, *total,
                               request.query_value("nombre"), request.body, request.contest_limits);
    if (!received) {
        bool gone = received.error().front().rule == "enlace_confirmacion";
        return api::errors_response(gone ? 404 : 422, received.error());
    }
    return api::json_response(200, {{"recibidos", *received}});
}

api::Response entry_status(Request& request) {
    auto folio = lang::tidy_spaces(request.query_value("folio"));
    auto email = lang::to_lower(lang::tidy_spaces(request.query_value("correo")));
    // Only with the e-mail it was sent from: a folio alone tells nobody
    // how someone else's entry went.
    auto data = folio.empty() ? domain::Dataset()
                              : records_where(request.database, "registrations", "folio", folio);
    const domain::Registration* entry = nullptr;
    for (const auto& candidate : data.registrations) {
        if (!email.empty() && candidate.email && lang::to_lower(*candidate.email) == email) {
            entry = &candidate;
        }
    }
    if (entry == nullptr) {
        return html_page(request, "Estado de tu registro", "contest_status", {{"found", false}},
                         404);
    }
    auto sent_to = request.database.find(domain::RecordRef{"contests", entry->contest});
    const auto* contest = sent_to.contests.empty() ? nullptr : &sent_to.contests.front();
    std::string state;
    std::string explanation;
    switch (entry->status) {
        case domain::RegistrationStatus::Registered:
            state = "Recibido";
            explanation =
                "El personal del concurso todavía revisa que el registro cumpla las bases; te "
                "escribirá al correo que indicaste.";
            break;
        case domain::RegistrationStatus::Validated:
            state = "Validado";
            explanation =
                contest && contest->results_published
                    ? (entry->place ? "¡Tu obra obtuvo el " +
                                          lang::ordinal(*entry->place, lang::Gender::Masculine,
                                                        lang::OrdinalStyle::Compound,
                                                        lang::Position::BeforeNoun) +
                                          " lugar de su categoría!"
                                    : "Los resultados ya se publicaron en la convocatoria.")
                    : "Tu obra cumple las bases y participa: el jurado la calificará.";
            break;
        case domain::RegistrationStatus::Rejected:
            state = "No admitido";
            explanation = "El registro no cumple las bases" +
                          (entry->rejection_reason ? ": " + *entry->rejection_reason : "") + ".";
            break;
    }
    return html_page(request, "Estado de tu registro", "contest_status",
                     {{"found", true},
                      {"folio", folio},
                      {"contest", contest ? contest->name : entry->contest},
                      {"title", entry->work ? entry->work->title : ""},
                      {"state", state},
                      {"explanation", explanation}});
}

api::Response entry_received(Request& request) {
    auto folio = request.query_value("folio");
    // The entry by its folio, and the contest it was sent to.
    auto data = folio.empty() ? domain::Dataset()
                              : records_where(request.database, "registrations", "folio", folio);
    auto found = data.registrations.begin();
    if (found == data.registrations.end()) {
        return html_page(request, "Registro", "not_found",
                         {{"message", "No hay ningún registro con ese folio."}}, 404);
    }
    auto sent_to = request.database.find(domain::RecordRef{"contests", found->contest});
    const auto* contest = sent_to.contests.empty() ? nullptr : &sent_to.contests.front();
    return html_page(request, "Registro recibido", "contest_received",
                     {{"folio", folio}, {"contest", contest ? contest->name : ""}});
}

}  // namespace vincula::web
