// The contest as its staff work it: entries to validate or reject (with the
// jurors each work goes to), the segmentation the report prints, the
// ranking per category with its tie rule, winners and publication.
#include <algorithm>
#include <cstdio>
#include <map>
#include <optional>

#include "api/audit_log.h"
#include "api/contest_entries.h"
#include "api/records.h"
#include "common/messages.h"
#include "domain/contest_ranking.h"
#include "lang/numbers.h"
#include "lang/plurals.h"
#include "lang/text.h"
#include "web/api_answers.h"
#include "web/contest_pages.h"
#include "web/contest_views.h"
#include "web/downloads.h"
#include "web/labels.h"
#include "web/record_pages.h"
#include "web/scoped_reads.h"

namespace vincula::web {
namespace {

std::string contest_path(const std::string& key) {
    return "/concursos/" + url_encode(key);
}

std::string age_caption(const domain::Contest& contest, const domain::Registration& entry) {
    return std::to_string(common::age_on(entry.birth_date, contest.registration_close));
}

std::string category_caption(const domain::Contest& contest, const domain::Registration& entry) {
    const auto* category = domain::category_of(contest, entry);
    return category ? category->label : "Sin categoría";
}

std::vector<const domain::Juror*> jurors_of(const domain::Dataset& data,
                                            const domain::Contest& contest) {
    std::vector<const domain::Juror*> jurors;
    for (const auto& juror : data.jurors) {
        if (juror.contest == contest.key) {
            jurors.push_back(&juror);
        }
    }
    return jurors;
}

nlohmann::json entry_rows(const domain::Dataset& data, const domain::Contest& contest) {
    auto jurors = jurors_of(data, contest);
    nlohmann::json rows = nlohmann::json::array();
    for (const auto& entry : data.registrations) {
        if (entry.contest != contest.key) {
            continue;
        }
        nlohmann::json juror_choices = nlohmann::json::array();
        for (const auto* juror : jurors) {
            bool assigned = entry.jurors.empty() ||
                            std::find(entry.jurors.begin(), entry.jurors.end(), juror->key) !=
                                entry.jurors.end();
            juror_choices.push_back({{"value", juror->key},
                                     {"caption", juror->name},
                                     {"checked", assigned},
                                     {"id", "jurado-" + entry.key + "-" + juror->key}});
        }
        auto base = contest_path(contest.key) + "/registros/" + url_encode(entry.key);
        rows.push_back(
            {{"key", entry.key},
             {"label", entry_label(entry)},
             {"name", entry.name},
             {"age", age_caption(contest, entry)},
             {"category", category_caption(contest, entry)},
             {"gender", enum_label(domain::to_wire(entry.gender))},
             {"residence", enum_label(domain::to_wire(entry.residence))},
             {"minor", common::age_on(entry.birth_date, contest.registration_close) < 18},
             {"guardian", entry.guardian_name.value_or("")},
             {"title", entry.work ? entry.work->title : ""},
             {"work_href", work_href(entry)},
             {"status", enum_label(domain::to_wire(entry.status))},
             {"pending", entry.status == domain::RegistrationStatus::Registered},
             {"reason", entry.rejection_reason.value_or("")},
             {"validate_action", base + "/validar"},
             {"reject_action", base + "/rechazar"},
             {"jurors", juror_choices},
             {"anonymised", entry.anonymised}});
    }
    return rows;
}

// Counts by category, gender and residence, as the report prints them.
nlohmann::json segmentation(const domain::Dataset& data, const domain::Contest& contest) {
    std::map<std::string, int, std::less<>> counts;
    int total = 0;
    for (const auto& entry : data.registrations) {
        if (entry.contest != contest.key) {
            continue;
        }
        ++total;
        ++counts["Categoría: " + category_caption(contest, entry)];
        ++counts["Género: " + enum_label(domain::to_wire(entry.gender))];
        ++counts["Residencia: " + enum_label(domain::to_wire(entry.residence))];
        ++counts["Estado: " + enum_label(domain::to_wire(entry.status))];
    }
    nlohmann::json rows = nlohmann::json::array();
    for (const auto& [caption, count] : counts) {
        rows.push_back({{"caption", caption}, {"count", count}});
    }
    return {{"rows", rows}, {"total", lang::counted(total, "registro")}};
}

std::string decimal(double value) {
    char text[32];
    std::snprintf(text, sizeof text, "%.2f", value);
    return text;
}

nlohmann::json place_options(std::optional<int> place) {
    nlohmann::json options = nlohmann::json::array();
    options.push_back({{"value", ""}, {"caption", "Sin premio"}, {"selected", !place}});
    for (int value = 1; value <= 3; ++value) {
        options.push_back(
            {{"value", std::to_string(value)},
             {"caption", lang::capitalize_first(lang::ordinal(value, lang::Gender::Masculine,
                                                              lang::OrdinalStyle::Compound,
                                                              lang::Position::BeforeNoun)) +
                             " lugar"},
             {"selected", place == value}});
    }
    return options;
}

nlohmann::json ranking_view(const domain::Dataset& data, const domain::Contest& contest) {
    nlohmann::json categories = nlohmann::json::array();
    for (const auto& ranking : domain::rank_entries(data, contest)) {
        nlohmann::json rows = nlohmann::json::array();
        for (const auto& ranked : ranking.entries) {
            const auto& entry = *ranked.entry;
            auto assigned =
                entry.jurors.empty() ? jurors_of(data, contest).size() : entry.jurors.size();
            rows.push_back({{"position", ranked.position},
                            {"label", entry_label(entry)},
                            {"title", entry.work ? entry.work->title : ""},
                            {"total", decimal(ranked.total)},
                            {"scored", std::to_string(ranked.jurors_scored) + " de " +
                                           std::to_string(assigned)},
                            {"place_options", place_options(entry.place)},
                            {"place_action", contest_path(contest.key) + "/registros/" +
                                                 url_encode(entry.key) + "/lugar"},
                            {"id", "lugar-" + entry.key}});
        }
        categories.push_back(
            {{"label", ranking.category->label}, {"rows", rows}, {"has_rows", !rows.empty()}});
    }
    return categories;
}

api::Response entrants_spreadsheet(Request& request, const domain::Dataset& data,
                                   const domain::Contest& contest) {
    ListTable table{"Registros " + contest.name,
                    {"Folio", "Nombre", "Correo", "Fecha de nacimiento", "Edad al cierre",
                     "Categoría", "Género", "Residencia", "Entidad", "Persona tutora",
                     "Consentimiento", "Obra", "Enlace o archivo", "Estado", "Motivo de rechazo"},
                    {}};
    for (const auto& entry : data.registrations) {
        if (entry.contest != contest.key) {
            continue;
        }
        table.rows.push_back(
            {entry_label(entry), entry.name, entry.email.value_or(""), entry.birth_date.to_iso(),
             age_caption(contest, entry), category_caption(contest, entry),
             enum_label(domain::to_wire(entry.gender)),
             enum_label(domain::to_wire(entry.residence)), entry.state.value_or(""),
             entry.guardian_name.value_or(""), entry.guardian_consent ? "Sí" : "No",
             entry.work ? entry.work->title : "",
             entry.work ? (entry.work->file ? entry.work->file_name.value_or("")
                                            : entry.work->link.value_or(""))
                        : "",
             enum_label(domain::to_wire(entry.status)), entry.rejection_reason.value_or("")});
    }
    // Entrants' data leaving the system is on record: who took it, and when.
    api::record_personal_data_export(request.database, request.caller, "registrations", contest.key,
                                     table.rows.size());
    return spreadsheet_download(table, "registros-" + contest.key + ".xlsx");
}

api::Response render_contest(Request& request, const std::string& key,
                             const common::FieldErrors& errors, int status) {
    auto data = contest_file(request.database, key);
    const auto* contest = find_contest(data, key);
    if (contest == nullptr) {
        return html_page(request, "Concurso", "not_found", {{"message", "No existe ese concurso."}},
                         404);
    }
    if (wants_spreadsheet(request)) {
        return entrants_spreadsheet(request, data, *contest);
    }
    nlohmann::json view = contest_summary(*contest);
    view["entries"] = entry_rows(data, *contest);
    view["segmentation"] = segmentation(data, *contest);
    view["ranking"] = ranking_view(data, *contest);
    view["tie_rule"] = domain::TIE_RULE;
    view["export_href"] = contest_path(key) + "?formato=xlsx";
    view["publish_action"] = contest_path(key) + "/publicar";
    view["edit_href"] =
        record_edit_path("contests", key) + "?volver=" + url_encode(contest_path(key));
    view["back"] = url_encode(contest_path(key));
    view["errors"] = messages_of(errors);
    view["has_errors"] = !errors.empty();
    nlohmann::json rubric = nlohmann::json::array();
    for (const auto& criterion : data.rubric) {
        if (criterion.contest == key) {
            rubric.push_back(
                {{"criterion", criterion.criterion}, {"weight", decimal(criterion.weight)}});
        }
    }
    view["rubric"] = rubric;
    nlohmann::json jurors = nlohmann::json::array();
    for (const auto* juror : jurors_of(data, *contest)) {
        jurors.push_back(juror->name);
    }
    view["jurors"] = jurors;
    return html_page(request, contest->name, "contest", view, status);
}

// Applies a change to one entry through the api layer (rules, audit), and
// comes back to the contest's page.
api::Response change_entry(Request& request, const nlohmann::json& change) {
    if (!is_contest_staff(request.caller)) {
        return refusal(request, request.caller.is_public() ? 401 : 403);
    }
    const auto& key = request.params.at("key");
    auto answer =
        api::Records(request.database)
            .patch(request.caller, "registrations", request.params.at("entry"), change.dump());
    if (answer.status == 401 || answer.status == 403) {
        return refusal(request, answer.status);
    }
    if (!succeeded(answer)) {
        return render_contest(request, key, errors_of(answer), 422);
    }
    return redirect(with_notice(contest_path(key), "guardado"));
}

}  // namespace

api::Response contest_list(Request& request) {
    if (!is_contest_staff(request.caller)) {
        return refusal(request, request.caller.is_public() ? 401 : 403);
    }
    // The contests, and their entries counted by the store, not read.
    auto data = every_record(request.database, "contests");
    auto entries_of = [&](const std::string& contest, std::optional<std::string> status) {
        domain::ListQuery counted;
        counted.array = "registrations";
        counted.equal = {{"contest", contest}};
        if (status) {
            counted.equal.emplace_back("status", *status);
        }
        return static_cast<int>(request.database.count(counted));
    };
    nlohmann::json contests = nlohmann::json::array();
    for (const auto& contest : data.contests) {
        int entries = entries_of(contest.key, std::nullopt);
        int validated = entries_of(
            contest.key, std::string(domain::to_wire(domain::RegistrationStatus::Validated)));
        auto view = contest_summary(contest);
        view["href"] = contest_path(contest.key);
        view["edit_href"] = record_edit_path("contests", contest.key) + "?volver=%2Fconcursos";
        view["entries"] = entries;
        view["entries_word"] = lang::in_number(entries, "registro");
        view["validated"] = validated;
        view["validated_word"] = lang::in_number(validated, "validado");
        contests.push_back(std::move(view));
    }
    return html_page(request, "Concursos", "contests", {{"contests", contests}});
}

api::Response contest_page(Request& request) {
    if (!is_contest_staff(request.caller)) {
        return refusal(request, request.caller.is_public() ? 401 : 403);
    }
    return render_contest(request, request.params.at("key"), {}, 200);
}

api::Response validate_entry(Request& request) {
    nlohmann::json change{{"status", "validado"}, {"rejection_reason", nullptr}};
    change["jurors"] = request.form_values("jurors");
    return change_entry(request, change);
}

api::Response reject_entry(Request& request) {
    auto reason = request.form_value("rejection_reason");
    if (reason.empty() && is_contest_staff(request.caller)) {
        return render_contest(request, request.params.at("key"),
                              {common::field_error("rejection_reason", "motivo_rechazo")}, 422);
    }
    return change_entry(request, {{"status", "rechazado"}, {"rejection_reason", reason}});
}

api::Response record_place(Request& request) {
    auto place = request.form_value("place");
    nlohmann::json change = nlohmann::json::object();
    if (place.empty()) {
        change["place"] = nullptr;
    } else {
        change["place"] = std::atoi(place.c_str());
    }
    return change_entry(request, change);
}

api::Response publish_results(Request& request) {
    if (!is_contest_staff(request.caller)) {
        return refusal(request, request.caller.is_public() ? 401 : 403);
    }
    const auto& key = request.params.at("key");
    auto answer = api::Records(request.database)
                      .patch(request.caller, "contests", key,
                             nlohmann::json{{"results_published", true}}.dump());
    if (!succeeded(answer)) {
        return render_contest(request, key, errors_of(answer), 422);
    }
    return redirect(with_notice(contest_path(key), "guardado"));
}

api::Response work_file(Request& request) {
    // The entry, its contest and that contest's jurors.
    auto data =
        request.database.find(domain::RecordRef{"registrations", request.params.at("entry")});
    if (!data.registrations.empty()) {
        auto contest = data.registrations.front().contest;
        domain::append(data, request.database.find(domain::RecordRef{"contests", contest}));
        domain::append(data, records_where(request.database, "jurors", "contest", contest));
    }
    const auto* entry = find_entry(data, request.params.at("entry"));
    bool allowed = is_contest_staff(request.caller);
    if (!allowed && entry && request.caller.has_role(domain::Role::Juror) &&
        entry->status == domain::RegistrationStatus::Validated) {
        auto juror = request.caller.user->juror.value_or("");
        const auto* contest = find_contest(data, entry->contest);
        bool of_contest = std::any_of(data.jurors.begin(), data.jurors.end(), [&](const auto& j) {
            return j.key == juror && contest && j.contest == contest->key;
        });
        allowed = of_contest &&
                  (entry->jurors.empty() || std::find(entry->jurors.begin(), entry->jurors.end(),
                                                      juror) != entry->jurors.end());
    }
    if (!allowed) {
        return refusal(request, request.caller.is_public() ? 401 : 403);
    }
    auto file = entry && entry->work && entry->work->file
                    ? request.database.work_file(*entry->work->file)
                    : std::nullopt;
    if (!file) {
        return html_page(request, "Obra", "not_found", {{"message", "Esta obra no tiene archivo."}},
                         404);
    }
    // Neither the name nor the type the entrant's browser sent is trusted:
    // the type was read from the file's first bytes when it was stored, and
    // the name is made here from the entry and that type.
    auto name = entry_label(*entry) + api::video_extension(file->media_type);
    // «?ver=1»: played in the page (a juror's or the staff's), part by part.
    if (request.query_value("ver") == "1") {
        return playable(std::move(file->content), file->media_type, name, request.range);
    }
    return attachment(std::move(file->content), file->media_type, name);
}

}  // namespace vincula::web
