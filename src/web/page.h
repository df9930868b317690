#pragma once

#include <functional>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "api/caller.h"
#include "api/contest_entries.h"
#include "api/records.h"
#include "api/response.h"
#include "domain/database.h"
#include "mail/smtp.h"

// The web interface's pages: server-rendered HTML from the templates, over
// the same api layer operations (rules, permissions, audit) as the REST API.
namespace vincula::web {

// A file sent with a form (multipart/form-data): its name on the sender's
// disk, the type the browser declared (not trusted) and its bytes.
struct Upload {
    std::string filename;
    std::string declared_type;
    std::string bytes;
};

// One page request as the page handlers see it.
struct Request {
    api::Caller caller;
    std::map<std::string, std::string, std::less<>> params;  // from the path
    api::Query query;                                        // decoded; forms sent by GET too
    api::Query form;                                         // a POSTed form, decoded
    domain::Database& database;
    std::string session_cookie;
    bool secure_cookies = false;
    std::string path;  // as requested, query included: «back here» links
    std::map<std::string, Upload, std::less<>> uploads;  // by form field name
    // The mail server (`vincula serve --smtp …`).
    const mail::Settings* mail = nullptr;
    // Runs `work` on the worker pool with a database connection of its own,
    // after this request is answered: a mailing being sent.
    std::function<void(std::function<void(domain::Database&)>)> in_background;
    // What the public may send to a contest (`vincula serve` options).
    api::ContestLimits contest_limits = {};
    // The body as sent, for the pages that take bytes, not a form
    // (Page::raw_body): a part of a work's file.
    std::string_view body = {};
    // The part of a file asked for («bytes=0-1023»): a video played in the
    // page asks for it piece by piece.
    std::string range = {};

    // The first value of a query or form field, or empty.
    std::string query_value(std::string_view name) const;
    std::string form_value(std::string_view name) const;
    // Every value of a form field (checkboxes, multiple selects).
    std::vector<std::string> form_values(std::string_view name) const;
};

// What a form without files may weigh.
inline constexpr std::size_t FORM_BODY = 1024 * 1024;
// A form that carries a file of the record (domain::MAX_RECORD_FILE).
inline constexpr std::size_t FILE_FORM_BODY = 4 * 1024 * 1024 + 32 * 1024;

struct Page {
    std::string_view method;   // "GET" or "POST"
    std::string_view pattern;  // segments as in the API's route table
    api::Response (*handle)(Request&);
    // The largest body the page accepts: a form, or a form with files.
    std::size_t max_body = FORM_BODY;
    // The body is bytes (application/octet-stream), given as Request::body
    // and never decoded as a form.
    bool raw_body = false;
};

// Every page, matched by the server in order: the first match wins.
const std::vector<Page>& pages();

// The rendered page: `template_name`'s HTML with `data`, inside the layout
// (navigation for the caller's role, the notice of a saved form).
api::Response html_page(const Request& request, std::string_view title,
                        std::string_view template_name, const nlohmann::json& data,
                        int status = 200);

// A fragment for htmx: the template alone, no layout.
api::Response html_fragment(std::string_view template_name, const nlohmann::json& data,
                            int status = 200);

// 303 See Other to `location`: what a form answers when it saved.
api::Response redirect(std::string location);

// The page for a refusal: 401 sends the public to sign in; 403 explains.
api::Response refusal(const Request& request, int status);

// «/sesiones?aviso=guardado»: the notice the next page shows, by code, so a
// URL cannot put words on our pages.
std::string with_notice(std::string location, std::string_view notice);

// `target` when it is a path of this site («/sesiones/s1»), else empty: a
// `volver=https://…` must not send a user elsewhere after a form.
std::string local_path(const std::string& target);

// Percent-encodes a path segment or a query value.
std::string url_encode(std::string_view text);

}  // namespace vincula::web
