#pragma once

#include <nlohmann/json.hpp>

namespace vincula::http {

enum class Severity { Info, Error };

// One event as one JSON line on standard error ({"hora", "nivel", "evento",
// …}), what a log collector reads. Not for every request: the fast routes
// would pay for it; failures and long work are what an operator needs.
void log_event(Severity severity, const nlohmann::ordered_json& fields);

}  // namespace vincula::http
