#pragma once

#include <cstddef>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "api/caller.h"
#include "api/contest_entries.h"
#include "api/records.h"
#include "api/response.h"
#include "domain/database.h"
#include "mail/smtp.h"
#include "web/page.h"

// The API's routes: one table that the server dispatches from and the
// OpenAPI document is generated from, so the two cannot disagree.
namespace vincula::http {

enum class Method { Get, Post, Patch, Delete };
std::string_view method_name(Method method);  // "GET"…

// Quick reads (a record by key, a page of a list) are answered on the I/O
// threads; long reads (reports, exports, the review) and every write run
// on the worker pool, so that neither holds up the quick ones.
enum class Work { Quick, Long };

// Settings a handler may need beyond the request.
struct ServerConfig {
    // Cookies carry `Secure` when the server sits behind TLS (a reverse
    // proxy that terminates it), so the browser never sends them in clear.
    bool secure_cookies = false;
    // Where mailings are sent from (`--smtp`, `--smtp-from`, `--public-url`).
    mail::Settings mail;
    // The public's registrations to contests: per address, and files
    // awaiting review (`--contest-requests-per-hour`, `--contest-unreviewed-mib`).
    api::ContestLimits contest;
};

// One request as the handlers see it.
struct Exchange {
    api::Caller caller;
    std::map<std::string, std::string, std::less<>> params;  // from the path
    api::Query query;
    std::string_view body;
    domain::Database& database;
    const ServerConfig& config;
    // The raw credentials, for the session routes.
    std::string session_cookie;
    // The version a change is for (If-Match), empty when none was sent.
    std::string if_match = {};
};

struct Route {
    Method method;
    // Segments are literal, `{name}` (one segment) or `{name+}` (the rest
    // of the path, slashes included: agreement codes are CVOE/036/21).
    std::string_view pattern;
    std::string_view summary;  // Spanish, for the OpenAPI document
    std::string_view tag;
    Work work;
    std::size_t max_body;
    api::Response (*handle)(Exchange&);
};

inline constexpr std::size_t SMALL_BODY = 1024 * 1024;
// A bundle sent to the API, gzip-compressed when large (64 MiB once opened,
// as `vincula import` reads).
inline constexpr std::size_t BUNDLE_BODY = 4 * 1024 * 1024;
// A file of the record, whole (domain::MAX_RECORD_FILE) and a margin.
inline constexpr std::size_t FILE_BODY = 4 * 1024 * 1024 + 1024;
// The largest body any request may have: what one connection can make the
// server hold while it arrives. Larger things come in parts (a contest
// work's file) or compressed (a bundle).
inline constexpr std::size_t MAX_MESSAGE = BUNDLE_BODY + 64 * 1024;

const std::vector<Route>& routes();

struct RouteMatch {
    const Route* route = nullptr;
    std::map<std::string, std::string, std::less<>> params;
    bool path_exists = false;  // some route has this path with another method (405)
};

// `path` is the request's path, still percent-encoded.
RouteMatch match_route(Method method, std::string_view path);

// The web interface's page for a path (web::pages(), matched by the same
// segment rules as the API's routes).
struct PageMatch {
    const web::Page* page = nullptr;
    std::map<std::string, std::string, std::less<>> params;
    bool path_exists = false;
};
PageMatch match_page(Method method, std::string_view path);

}  // namespace vincula::http
