// GET /api/v1/openapi.json describes the API a client can call: an OpenAPI
// 3.1 document whose paths and methods are exactly the server's routes, so
// a generated client neither misses an operation nor calls one that is not there.
#include <cctype>
#include <set>
#include <string>
#include <utility>

#include <gtest/gtest.h>

#include "http/routes.h"
#include "support/api_server.h"

namespace vincula::testing {
namespace {

using Operation = std::pair<std::string, std::string>;  // path, method (lower case)

// "/api/v1/{array}/{key+}" is "/api/v1/{array}/{key}" in OpenAPI.
std::string openapi_path(std::string_view pattern) {
    std::string path(pattern);
    for (auto plus = path.find("+}"); plus != std::string::npos; plus = path.find("+}")) {
        path.erase(plus, 1);
    }
    return path;
}

std::string lower(std::string_view text) {
    std::string out(text);
    for (auto& c : out) {
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
    return out;
}

class ApiOpenApi : public ::testing::Test {
protected:
    void SetUp() override {
        auto answer = ApiServer::shared().client(Role::Public).get("/api/v1/openapi.json");
        ASSERT_EQ(answer.status, 200) << answer.body;
        m_content_type = answer.header("Content-Type");
        m_document = answer.json();
        ASSERT_FALSE(m_document.is_discarded()) << "not JSON: " << answer.body.substr(0, 200);
    }
    std::string m_content_type;
    nlohmann::json m_document;
};

TEST_F(ApiOpenApi, IsAnOpenApi31DocumentServedAsJson) {
    EXPECT_EQ(m_content_type, "application/json; charset=utf-8");
    EXPECT_EQ(m_document["openapi"], "3.1.0");
    EXPECT_TRUE(m_document["info"]["title"].is_string());
    EXPECT_TRUE(m_document["info"]["version"].is_string());
    EXPECT_TRUE(m_document["paths"].is_object());
}

TEST_F(ApiOpenApi, DescribesExactlyTheRoutesOfTheRouter) {
    std::set<Operation> routed;
    for (const auto& route : http::routes()) {
        routed.emplace(openapi_path(route.pattern), lower(http::method_name(route.method)));
    }
    std::set<Operation> documented;
    for (const auto& [path, item] : m_document["paths"].items()) {
        for (const auto& [method, operation] : item.items()) {
            documented.emplace(path, method);
        }
    }
    for (const auto& operation : routed) {
        EXPECT_TRUE(documented.contains(operation))
            << "missing from the document: " << operation.second << ' ' << operation.first;
    }
    for (const auto& operation : documented) {
        EXPECT_TRUE(routed.contains(operation))
            << "documented but not routed: " << operation.second << ' ' << operation.first;
    }
}

TEST_F(ApiOpenApi, EveryOperationSaysWhatItAnswersAndNamesItsPathParameters) {
    for (const auto& [path, item] : m_document["paths"].items()) {
        for (const auto& [method, operation] : item.items()) {
            EXPECT_TRUE(operation.contains("responses")) << method << ' ' << path;
            EXPECT_TRUE(operation["summary"].is_string()) << method << ' ' << path;
            std::set<std::string> parameters;
            for (const auto& parameter : operation.value("parameters", nlohmann::json::array())) {
                if (parameter["in"] == "path") {
                    parameters.insert(parameter["name"].get<std::string>());
                }
            }
            for (auto open = path.find('{'); open != std::string::npos;
                 open = path.find('{', open + 1)) {
                auto name = path.substr(open + 1, path.find('}', open) - open - 1);
                EXPECT_TRUE(parameters.contains(name)) << method << ' ' << path << ": " << name;
            }
        }
    }
}

TEST_F(ApiOpenApi, ListsTheBundleArraysAsTheResources) {
    auto arrays = m_document["components"]["schemas"]["Arreglo"]["enum"];
    ASSERT_TRUE(arrays.is_array());
    std::set<std::string> names;
    for (const auto& name : arrays) {
        names.insert(name.get<std::string>());
    }
    for (const auto* name : {"sessions", "agreements", "convenios", "convenio_progress"}) {
        EXPECT_TRUE(names.contains(name)) << name;
    }
    EXPECT_FALSE(names.contains("users"));
}

}  // namespace
}  // namespace vincula::testing
