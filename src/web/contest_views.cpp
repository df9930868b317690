#include "web/contest_views.h"

#include <algorithm>

#include "api/permissions.h"
#include "domain/contest_entry.h"
#include "lang/dates.h"
#include "lang/plurals.h"
#include "web/page.h"
#include "web/scoped_reads.h"

namespace vincula::web {

const domain::Contest* find_contest(const domain::Dataset& data, const std::string& key) {
    auto found = std::find_if(data.contests.begin(), data.contests.end(),
                              [&](const auto& contest) { return contest.key == key; });
    return found == data.contests.end() ? nullptr : &*found;
}

const domain::Registration* find_entry(const domain::Dataset& data, const std::string& key) {
    auto found = std::find_if(data.registrations.begin(), data.registrations.end(),
                              [&](const auto& entry) { return entry.key == key; });
    return found == data.registrations.end() ? nullptr : &*found;
}

const domain::Contest* latest_contest(const domain::Dataset& data) {
    auto latest = std::max_element(
        data.contests.begin(), data.contests.end(),
        [](const auto& a, const auto& b) { return a.registration_open < b.registration_open; });
    return latest == data.contests.end() ? nullptr : &*latest;
}

domain::Dataset contest_file(domain::Store& store, const std::string& key) {
    auto data = every_record(store, "contests");
    const auto* contest = key.empty() ? latest_contest(data) : find_contest(data, key);
    if (contest == nullptr) {
        return data;
    }
    for (const char* array : {"registrations", "rubric", "jurors"}) {
        domain::append(data, records_where(store, array, "contest", contest->key));
    }
    for (const auto& juror : data.jurors) {
        domain::append(data, records_where(store, "scores", "juror", juror.key));
    }
    return data;
}

nlohmann::json contest_summary(const domain::Contest& contest) {
    auto closes = domain::registration_closes(contest);
    nlohmann::json categories = nlohmann::json::array();
    for (const auto& category : contest.categories) {
        categories.push_back({{"label", category.label},
                              {"min_age", category.min_age},
                              {"max_age", category.max_age}});
    }
    nlohmann::json extensions = nlohmann::json::array();
    for (const auto& extension : contest.extensions) {
        extensions.push_back({{"until", lang::long_date(extension.until)},
                              {"agreement", extension.agreement.value_or("")}});
    }
    return {
        {"key", contest.key},
        {"name", contest.name},
        {"edition", contest.edition},
        {"theme", contest.theme.value_or("")},
        {"question", contest.question.value_or("")},
        {"window", lang::long_date_range(contest.registration_open, closes.date) + ", a las " +
                       closes.time.to_string() + " horas (hora de la Ciudad de México)"},
        {"extensions", extensions},
        {"has_extensions", !extensions.empty()},
        {"categories", categories},
        {"max_minutes", contest.max_minutes ? lang::counted(*contest.max_minutes, "minuto") : ""},
        {"results_published", contest.results_published}};
}

bool is_contest_staff(const api::Caller& caller) {
    return api::may(caller, api::Operation::Write, "registrations");
}

std::string entry_label(const domain::Registration& entry) {
    return entry.folio.value_or(entry.key);
}

std::string work_href(const domain::Registration& entry) {
    if (!entry.work) {
        return "";
    }
    if (entry.work->file) {
        return "/concursos/obras/" + url_encode(entry.key) + "/archivo";
    }
    return entry.work->link.value_or("");
}

}  // namespace vincula::web
