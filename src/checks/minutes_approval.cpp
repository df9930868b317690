// The minutes approved in ordinary session n are those of session n−1
// (CVOE/037/21, in the tenth, approves the ninth's). Extraordinary and urgent
// sessions take up only the business they were called for, so the chain is
// checked on ordinary sessions.
#include <optional>
#include <utility>
#include <vector>

#include "checks/catalogue.h"
#include "checks/checks.h"
#include "domain/naming.h"
#include "lang/words.h"

namespace vincula::checks {
namespace {

using domain::SessionType;

bool approves_minutes(const domain::Agreement& agreement, const std::string& session_key) {
    return agreement.session == session_key && agreement.kind == domain::AgreementKind::Minutes &&
           agreement.result == domain::AgreementResult::Approved;
}

bool cancelled(const Context& context, int year, int number) {
    for (const auto* candidate : context.sessions()) {
        if (candidate->type == SessionType::Ordinary && candidate->year == year &&
            candidate->number == number && candidate->status == domain::SessionStatus::Cancelled) {
            return true;
        }
    }
    return false;
}

// The ordinary session held before `session`: number n−1 of the same year
// (n−2 when n−1 was cancelled and kept its number: a cancelled session has
// no minutes), or for the first of a year the last ordinary session held on
// record before it. None when nothing earlier is on record (the
// commission's first session, or data that starts here).
std::optional<domain::Session> previous_ordinary(const Context& context,
                                                 const domain::Session& session) {
    for (int number = session.number - 1; number >= 1; --number) {
        if (cancelled(context, session.year, number) &&
            context.commission().cancelled_sessions == domain::CancelledSessionNumber::Kept) {
            continue;
        }
        domain::Session previous;
        previous.type = SessionType::Ordinary;
        previous.number = number;
        previous.year = session.year;
        return previous;
    }
    std::optional<domain::Session> latest;
    for (const auto* candidate : context.sessions()) {
        if (candidate->type == SessionType::Ordinary && candidate->date < session.date &&
            candidate->status == domain::SessionStatus::Held) {
            latest = *candidate;
        }
    }
    return latest;
}

// The sessions a title names: «minuta de la novena sesión ordinaria» gives
// (9, ordinaria). Ordinals are read back with lang::read_ordinal, longest
// first, so «décima primera sesión» is the eleventh and not the first.
std::vector<std::pair<int, SessionType>> sessions_named(const std::string& title) {
    auto words = lang::split_words(title);
    std::vector<std::pair<int, SessionType>> named;
    for (std::size_t i = 1; i + 1 < words.size(); ++i) {
        if (words[i].key != "sesion") {
            continue;
        }
        auto type = domain::from_wire<SessionType>(words[i + 1].key);
        if (!type) {
            continue;
        }
        for (std::size_t start = i >= 3 ? i - 3 : 0; start < i; ++start) {
            auto ordinal = lang::read_ordinal(words, start);
            if (ordinal && start + ordinal->length == i) {
                named.emplace_back(static_cast<int>(ordinal->value), *type);
                break;
            }
        }
    }
    return named;
}

void check_titles(const Context& context, const domain::Session& session,
                  const domain::Session& previous,
                  const std::vector<const domain::Agreement*>& minutes, Findings& findings) {
    for (const auto* agreement : minutes) {
        if (agreement->minutes_of) {
            continue;  // the agreement names its minuta: the title is not read
        }
        auto named = sessions_named(agreement->title);
        if (named.empty()) {
            continue;  // the title does not say; nothing to compare
        }
        bool names_previous = false;
        for (const auto& [number, type] : named) {
            names_previous = names_previous || (number == previous.number && type == previous.type);
        }
        if (names_previous) {
            continue;
        }
        domain::Session stated;
        stated.number = named.front().first;
        stated.type = named.front().second;
        findings.push_back(
            make_finding("minuta_de_otra_sesion", RecordRef{"agreements", agreement->code, "title"},
                         {agreement->code, context.session_name(session),
                          context.session_name(stated), context.session_name(previous)}));
    }
}

}  // namespace

void check_minutes_approval(const Context& context, Findings& findings) {
    for (const auto* session : context.sessions()) {
        if (session->type != SessionType::Ordinary ||
            session->status != domain::SessionStatus::Held || !context.in_period(session->date)) {
            continue;
        }
        auto previous = previous_ordinary(context, *session);
        if (!previous) {
            continue;
        }
        std::vector<const domain::Agreement*> minutes;
        for (const auto& agreement : context.data().agreements) {
            if (approves_minutes(agreement, session->key)) {
                minutes.push_back(&agreement);
            }
        }
        if (minutes.empty()) {
            auto previous_name = "la " + context.session_name(*previous);
            if (previous->year != session->year) {
                previous_name += " de " + std::to_string(previous->year);
            }
            auto finding =
                make_finding("minuta_sin_aprobar", RecordRef{"sessions", session->key, ""},
                             {context.session_phrase(*session), previous_name});
            finding.fix = NewRecord{"agreements",
                                    {{"session", session->key},
                                     {"kind", "minuta"},
                                     {"result", "aprobado"},
                                     {"title", "Aprobación de la minuta de " + previous_name}}};
            findings.push_back(std::move(finding));
            continue;
        }
        check_titles(context, *session, *previous, minutes, findings);
    }
}

}  // namespace vincula::checks
