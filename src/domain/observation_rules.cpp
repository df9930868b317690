// Rules on an observation to a minuta: it is made by a seat of the
// session's commission on the session's date, not before the session, and
// never to the minuta of a session that was cancelled (it has none).
#include "common/messages.h"
#include "domain/key_index.h"
#include "domain/validate.h"

namespace vincula::domain {

void check_observation_rules(const Dataset& data, const NewRecords& fresh,
                             common::FieldErrors& errors) {
    bool any_new = false;
    for (std::size_t i = 0; i < data.minutes_observations.size() && !any_new; ++i) {
        any_new = fresh.is_new("minutes_observations", i);
    }
    if (!any_new) {
        return;
    }
    auto sessions = records_by_key(data.sessions);
    auto memberships = records_by_key(data.memberships);
    for (std::size_t i = 0; i < data.minutes_observations.size(); ++i) {
        if (!fresh.is_new("minutes_observations", i)) {
            continue;
        }
        const auto& observation = data.minutes_observations[i];
        auto path = fresh.path("minutes_observations", i);
        auto session = sessions.find(observation.session);
        if (session == sessions.end()) {
            continue;  // reported as a dangling reference
        }
        const auto& held = *session->second;
        if (held.status == SessionStatus::Cancelled) {
            errors.push_back(common::field_error(common::join_path(path, "session"),
                                                 "minuta_de_cancelada", {held.key}));
        }
        if (observation.date < held.date) {
            errors.push_back(common::field_error(common::join_path(path, "date"),
                                                 "observacion_antes_de_sesion",
                                                 {observation.date.to_iso(), held.date.to_iso()}));
        }
        auto seat = memberships.find(observation.membership);
        if (seat != memberships.end() &&
            (seat->second->commission != held.commission || !seat->second->valid_on(held.date))) {
            errors.push_back(
                common::field_error(common::join_path(path, "membership"), "asistente_esperado",
                                    {observation.membership, held.commission, held.date.to_iso()}));
        }
    }
}

}  // namespace vincula::domain
