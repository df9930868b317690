// What a juror sees: the validated works assigned to them (folio, title and
// the work; no entrant's personal data), the rubric, and their own scores.
// Other jurors' scores and the ranking appear once results are published.
#include <algorithm>
#include <cstdio>
#include <map>

#include "api/contest_entries.h"
#include "common/messages.h"
#include "domain/contest_ranking.h"
#include "web/api_answers.h"
#include "web/contest_pages.h"
#include "web/contest_views.h"

namespace vincula::web {
namespace {

const domain::Juror* juror_of(const Request& request, const domain::Dataset& data) {
    if (!request.caller.has_role(domain::Role::Juror) || !request.caller.user->juror) {
        return nullptr;
    }
    auto found = std::find_if(data.jurors.begin(), data.jurors.end(), [&](const auto& juror) {
        return juror.key == *request.caller.user->juror;
    });
    return found == data.jurors.end() ? nullptr : &*found;
}

bool assigned_to(const domain::Registration& entry, const domain::Juror& juror) {
    return entry.contest == juror.contest &&
           entry.status == domain::RegistrationStatus::Validated &&
           (entry.jurors.empty() ||
            std::find(entry.jurors.begin(), entry.jurors.end(), juror.key) != entry.jurors.end());
}

std::string score_text(double score) {
    char text[16];
    std::snprintf(text, sizeof text, "%g", score);
    return text;
}

nlohmann::json work_view(const domain::Dataset& data, const domain::Juror& juror,
                         const domain::Contest& contest, const domain::Registration& entry,
                         const std::map<std::string, std::string, std::less<>>& sent) {
    nlohmann::json criteria = nlohmann::json::array();
    for (const auto& criterion : data.rubric) {
        if (criterion.contest != contest.key) {
            continue;
        }
        std::string own;
        nlohmann::json others = nlohmann::json::array();
        for (const auto& score : data.scores) {
            if (score.registration != entry.key || score.criterion != criterion.criterion) {
                continue;
            }
            if (score.juror == juror.key) {
                own = score_text(score.score);
            } else if (domain::may_see_score(data, score, juror)) {
                others.push_back(score_text(score.score));
            }
        }
        auto name = "puntaje." + criterion.criterion;
        if (auto typed = sent.find(name); typed != sent.end()) {
            own = typed->second;
        }
        criteria.push_back({{"criterion", criterion.criterion},
                            {"weight", score_text(criterion.weight)},
                            {"name", name},
                            {"id", "puntaje-" + entry.key + "-" + std::to_string(criteria.size())},
                            {"value", own},
                            {"others", others},
                            {"has_others", !others.empty()}});
    }
    const auto* category = domain::category_of(contest, entry);
    bool has_file = entry.work && entry.work->file;
    // Scored once every criterion of the rubric has this juror's score.
    bool scored =
        !criteria.empty() && std::all_of(criteria.begin(), criteria.end(), [](const auto& c) {
            return !c["value"].template get<std::string>().empty();
        });
    return {{"label", entry_label(entry)},
            {"title", entry.work ? entry.work->title : ""},
            {"href", work_href(entry)},
            // Played here, part by part, rather than downloaded whole.
            {"play", has_file ? work_href(entry) + "?ver=1" : ""},
            {"scored", scored},
            {"category", category ? category->label : ""},
            {"action", "/jurado/" + url_encode(entry.key)},
            {"criteria", criteria},
            {"anchor", "obra-" + entry.key}};
}

api::Response render_juror(Request& request, const std::string& refused_entry,
                           const common::FieldErrors& errors, int status) {
    if (!request.caller.has_role(domain::Role::Juror)) {
        return refusal(request, request.caller.is_public() ? 401 : 403);
    }
    // The juror's contest and what its pages rank (its entries, rubric,
    // jurors and scores), found from the juror's record.
    domain::Dataset data;
    if (request.caller.user->juror) {
        auto juror =
            request.database.find(domain::RecordRef{"jurors", *request.caller.user->juror});
        if (!juror.jurors.empty()) {
            data = contest_file(request.database, juror.jurors.front().contest);
        }
    }
    const auto* juror = juror_of(request, data);
    if (juror == nullptr) {
        return html_page(request, "Jurado", "not_found",
                         {{"message",
                           "Su cuenta no está vinculada a ningún integrante del "
                           "jurado. Pida a la persona administradora que la vincule."}});
    }
    const auto* contest = find_contest(data, juror->contest);
    if (contest == nullptr) {
        return html_page(request, "Jurado", "not_found", {{"message", "Su concurso ya no existe."}},
                         404);
    }
    nlohmann::json works = nlohmann::json::array();
    bool placed = false;
    for (const auto& entry : data.registrations) {
        if (!assigned_to(entry, *juror)) {
            continue;
        }
        std::map<std::string, std::string, std::less<>> sent;
        if (entry.key == refused_entry) {
            for (const auto& [name, value] : request.form) {
                sent[name] = value;
            }
        }
        auto view = work_view(data, *juror, *contest, entry, sent);
        // Set on each work, or mustache would take the page's own flag.
        view["has_errors"] = false;
        if (entry.key == refused_entry) {
            view["errors"] = messages_of(errors);
            view["has_errors"] = true;
            placed = true;
        }
        works.push_back(std::move(view));
    }
    // The works still to score first; how many of each.
    std::stable_partition(works.begin(), works.end(),
                          [](const auto& work) { return !work["scored"].template get<bool>(); });
    auto scored = std::count_if(works.begin(), works.end(), [](const auto& work) {
        return work["scored"].template get<bool>();
    });
    auto pending = static_cast<long>(works.size()) - scored;
    nlohmann::json view = contest_summary(*contest);
    view["juror"] = juror->name;
    view["works"] = works;
    view["progress"] = works.empty() ? std::string()
                                     : "Obras calificadas: " + std::to_string(scored) + " de " +
                                           std::to_string(works.size()) +
                                           " · por calificar: " + std::to_string(pending);
    view["tie_rule"] = domain::TIE_RULE;
    // Refused scores of a work not on this page (not assigned): said on top.
    view["has_errors"] = !errors.empty() && !placed;
    view["errors"] = messages_of(errors);
    return html_page(request, "Jurado: " + contest->name, "juror", view, status);
}

}  // namespace

api::Response juror_page(Request& request) {
    return render_juror(request, "", {}, 200);
}

api::Response save_juror_scores(Request& request) {
    const auto& entry = request.params.at("entry");
    std::map<std::string, double, std::less<>> scores;
    common::FieldErrors problems;
    for (const auto& [name, value] : request.form) {
        if (!name.starts_with("puntaje.") || value.empty()) {
            continue;
        }
        char* end = nullptr;
        double score = std::strtod(value.c_str(), &end);
        auto criterion = name.substr(8);
        if (end == value.c_str() || *end != '\0') {
            problems.push_back(common::field_error("score", "tipo_numero", {value}));
        } else {
            scores[criterion] = score;
        }
    }
    if (problems.empty()) {
        auto saved = api::save_scores(request.database, request.caller, entry, scores);
        if (saved) {
            return redirect(with_notice("/jurado", "guardado") + "#obra-" + url_encode(entry));
        }
        problems = saved.error();
    }
    return render_juror(request, entry, problems, 422);
}

}  // namespace vincula::web
