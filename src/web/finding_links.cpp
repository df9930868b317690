#include "web/finding_links.h"

#include "api/permissions.h"
#include "web/record_pages.h"

namespace vincula::web {
namespace {

// «present[2]», «lines[0].actions[1]»: the form field they are in.
std::string anchor_of(const std::string& field) {
    auto name = field.substr(0, field.find_first_of("[."));
    return name.empty() ? "" : "#campo-" + name;
}

// Progress on a convenio has no key of its own: the review names it by its
// convenio and session («c-xoch-1/o10-2021»), the forms by its number. When
// a convenio reported twice in one session, the finding is about the one
// whose named field is missing, if one is.
std::string progress_id(Request& request, const std::string& key, const std::string& field) {
    auto slash = key.rfind('/');
    if (slash == std::string::npos) {
        return "";
    }
    domain::ListQuery query;
    query.array = "convenio_progress";
    query.equal = {{"convenio", key.substr(0, slash)}, {"session", key.substr(slash + 1)}};
    query.limit = 100;
    auto page = request.database.list(query);
    const auto& found = page.records.convenio_progress;
    for (std::size_t i = 0; i < found.size() && i < page.ids.size(); ++i) {
        if (field == "action" && !found[i].action) {
            return std::to_string(page.ids[i]);
        }
    }
    return page.ids.empty() ? "" : std::to_string(page.ids.front());
}

std::string new_record_href(const checks::NewRecord& fix, const std::string& back) {
    auto href = "/registros/" + fix.array + "/nuevo?";
    for (const auto& [name, value] : fix.values) {
        href += url_encode(name) + "=" + url_encode(value) + "&";
    }
    return href + "volver=" + url_encode(back);
}

}  // namespace

std::string finding_href(Request& request, const checks::Finding& finding, const std::string& back,
                         const std::string& report) {
    const auto& caller = request.caller;
    if (finding.record.array == "report_publications") {
        return api::may_read_reports(caller) ? report + "#versiones" : "";
    }
    if (finding.fix) {
        return api::may(caller, api::Operation::Write, finding.fix->array)
                   ? new_record_href(*finding.fix, back)
                   : "";
    }
    const auto& [array, key, field] = finding.record;
    if (array.empty() || key.empty() || !api::may(caller, api::Operation::Write, array)) {
        return "";
    }
    auto addressed = array == "convenio_progress" ? progress_id(request, key, field) : key;
    if (addressed.empty()) {
        return "";
    }
    return record_edit_path(array, addressed) + "?volver=" + url_encode(back) + anchor_of(field);
}

}  // namespace vincula::web
