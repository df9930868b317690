#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "support/http_client.h"

// What both reliability tests do: a database with the demo records and a
// capturista's API token, agreements created in one session without a
// code (the server numbers them), and the codes read back.
namespace vincula::testing {

// The demo's one session of 2022: CVOE's agreements of that year are its.
inline constexpr std::string_view SESSION = "o1-2022";
inline constexpr std::string_view ACRONYM = "CVOE";
inline constexpr int YEAR = 2022;

// init + import of the demo bundle into `database` (a SQLite path or a
// PostgreSQL URL), a capturista, and that capturista's new API token.
std::string prepare_demo_database(const std::string& database);

// POST /api/v1/agreements of the session, without a code. `n` only makes
// the titles tell the requests apart.
HttpResponse create_agreement(HttpClient& client, int n);

// The number of a CVOE code of 2022 ("CVOE/012/22" -> 12), or nothing for
// any other commission or year.
std::optional<int> number_in_year(std::string_view code);

// The codes of the session's agreements, every page of
// GET /api/v1/agreements?session=…, in the order the API lists them.
std::vector<std::string> session_codes(HttpClient& client);

}  // namespace vincula::testing
