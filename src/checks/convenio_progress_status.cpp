// Table 2.3 lists progress on convenios the institute has signed and that
// are in force. Progress on one that was not in force on the session's date
// (cancelled, expired, not yet started) is an error; progress on one still
// being negotiated most likely belongs to the accompaniments of table 2.4,
// and is an aviso.
#include <unordered_map>

#include "checks/catalogue.h"
#include "checks/checks.h"
#include "checks/phrases.h"
#include "lang/dates.h"

namespace vincula::checks {
namespace {

using domain::ConvenioStatus;

bool unsigned_yet(ConvenioStatus status) {
    return status == ConvenioStatus::InProcess || status == ConvenioStatus::InNegotiation ||
           status == ConvenioStatus::WithOpinion;
}

// Why a signed convenio was not in force on `date`; nothing when it was (or
// when its dates do not say).
std::optional<std::string> not_in_force(const domain::Convenio& convenio,
                                        const common::Date& date) {
    if (convenio.status == ConvenioStatus::Cancelled) {
        return std::string("está cancelado");
    }
    if (convenio.valid_from && date < *convenio.valid_from) {
        return "su vigencia empezó hasta el " + lang::long_date(*convenio.valid_from);
    }
    if (convenio.valid_to && *convenio.valid_to < date) {
        return "su vigencia terminó el " + lang::long_date(*convenio.valid_to);
    }
    return std::nullopt;
}

}  // namespace

void check_convenio_progress_status(const Context& context, Findings& findings) {
    std::unordered_map<std::string, const domain::Convenio*> convenios;
    for (const auto& convenio : context.data().convenios) {
        convenios.emplace(convenio.key, &convenio);
    }
    for (const auto& progress : context.data().convenio_progress) {
        const auto* session = context.session(progress.session);
        auto found = convenios.find(progress.convenio);
        if (session == nullptr || !context.in_period(session->date) || found == convenios.end()) {
            continue;
        }
        const auto& convenio = *found->second;
        RecordRef record{"convenio_progress", progress.convenio + "/" + progress.session,
                         "convenio"};
        auto name = convenio_phrase(context.data(), convenio);
        if (unsigned_yet(convenio.status)) {
            findings.push_back(make_finding(
                "avance_convenio_en_negociacion", record,
                {context.session_phrase(*session), name, convenio_status_words(convenio.status)}));
        } else if (auto reason = not_in_force(convenio, session->date)) {
            findings.push_back(make_finding("avance_convenio_no_vigente", record,
                                            {context.session_phrase(*session), name, *reason}));
        }
    }
}

}  // namespace vincula::checks
