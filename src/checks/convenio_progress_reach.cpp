// Table 2.3 of part II lists the convenios that reported progress in the
// period under the action of the work programme the progress is tied to. The
// report prints the actions of the commission's programme for the year the
// period ends in; progress tied to no action, or to an action the report
// does not print, would be left out of the report without a word: an error.
#include <set>

#include "checks/catalogue.h"
#include "checks/checks.h"
#include "checks/phrases.h"
#include "domain/programme.h"

namespace vincula::checks {
namespace {

std::set<std::string> printed_actions(const Context& context) {
    std::set<std::string> keys;
    for (const auto& programme : context.data().work_programmes) {
        if (programme.commission != context.commission().key ||
            programme.year != context.period().to().year()) {
            continue;
        }
        for (const auto& line : programme.lines) {
            for (const auto& action : line.actions) {
                keys.insert(domain::action_key(programme.key, line.number, action.letter));
            }
        }
    }
    return keys;
}

}  // namespace

void check_convenio_progress_reach(const Context& context, Findings& findings) {
    auto printed = printed_actions(context);
    for (const auto& progress : context.data().convenio_progress) {
        const auto* session = context.session(progress.session);
        if (session == nullptr || !context.in_period(session->date)) {
            continue;
        }
        if (progress.action && printed.contains(*progress.action)) {
            continue;
        }
        std::string convenio = progress.convenio;
        for (const auto& record : context.data().convenios) {
            if (record.key == progress.convenio) {
                convenio = convenio_phrase(context.data(), record);
            }
        }
        RecordRef record{"convenio_progress", progress.convenio + "/" + progress.session, "action"};
        auto year = std::to_string(context.period().to().year());
        findings.push_back(
            progress.action
                ? make_finding("avance_en_otra_accion", record,
                               {context.session_phrase(*session), convenio, *progress.action, year})
                : make_finding("avance_sin_accion", record,
                               {context.session_phrase(*session), convenio, year}));
    }
}

}  // namespace vincula::checks
