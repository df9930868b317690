#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "api/caller.h"
#include "api/response.h"
#include "domain/database.h"

namespace vincula::api {

// A request's query string, decoded, in order.
using Query = std::vector<std::pair<std::string, std::string>>;

// The bundle's arrays as REST resources: list, read, create, change and
// delete one record, each write validated by the domain's rules against
// what is stored and audited in the same transaction.
class Records {
public:
    explicit Records(domain::Database& database) : m_database(database) {}

    Response list(const Caller& caller, std::string_view array, const Query& query);
    // With the record's version as its ETag.
    Response get(const Caller& caller, std::string_view array, const std::string& key);
    Response create(const Caller& caller, std::string_view array, std::string_view body);
    // `if_match`: the version the change is for (an ETag, or «*»); when the
    // record changed since, 412 and nothing is written. Empty: any version.
    // Either way the change builds on the record as stored at that moment.
    Response patch(const Caller& caller, std::string_view array, const std::string& key,
                   std::string_view body, const std::string& if_match = "");
    Response remove(const Caller& caller, std::string_view array, const std::string& key,
                    const std::string& if_match = "");

private:
    domain::Database& m_database;
};

// A record's version: a quoted hash of its stored JSON (an HTTP ETag); any
// change to the record changes it. `record` holds the one record of `array`.
std::string record_version(const domain::Dataset& record, std::string_view array);

// 401 for the public (sign in first), 403 for a signed-in role.
Response denied(const Caller& caller);

// Parses a request body as a JSON value; a 400 response if it is not one.
std::variant<nlohmann::json, Response> parse_body(std::string_view body);

// A body's text field `name`, or "" when it is absent or not text.
std::string text_field(const nlohmann::json& object, const char* name);

}  // namespace vincula::api
