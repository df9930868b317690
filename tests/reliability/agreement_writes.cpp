#include "reliability/agreement_writes.h"

#include <charconv>
#include <cstdlib>
#include <stdexcept>

#include <nlohmann/json.hpp>

#include "support/process.h"

namespace vincula::testing {
namespace {

void run_or_throw(const std::vector<std::string>& arguments, std::string_view input = {},
                  std::string* out = nullptr) {
    auto result = run_vincula(arguments, input);
    if (result.exit_code != 0) {
        throw std::runtime_error("vincula " + arguments.front() + " failed (" +
                                 std::to_string(result.exit_code) + "): " + result.err);
    }
    if (out != nullptr) {
        *out = result.out;
        while (!out->empty() && (out->back() == '\n' || out->back() == '\r')) {
            out->pop_back();
        }
    }
}

}  // namespace

std::string prepare_demo_database(const std::string& database) {
    const char* source = std::getenv("VINCULA_SOURCE_DIR");
    if (source == nullptr) {
        throw std::runtime_error("VINCULA_SOURCE_DIR is not set (CTest sets it)");
    }
    const std::string email = "captura@vincula.test";
    run_or_throw({"init", "--db", database});
    run_or_throw(
        {"import", "--db", database, std::string(source) + "/data/demo/iecm-cvoe-2021-q4.json"});
    run_or_throw({"user", "add", "--db", database, "--email", email, "--role", "capturista"},
                 "contraseña de prueba 2022\n");
    std::string token;
    run_or_throw({"user", "token", "--db", database, "--email", email, "--label", "confiabilidad"},
                 {}, &token);
    return token;
}

HttpResponse create_agreement(HttpClient& client, int n) {
    nlohmann::json body{{"session", SESSION},
                        {"kind", "otro"},
                        {"result", "aprobado"},
                        {"title", "Acuerdo de prueba de carga " + std::to_string(n)}};
    return client.post("/api/v1/agreements", body.dump());
}

std::optional<int> number_in_year(std::string_view code) {
    auto first = code.find('/');
    auto last = code.rfind('/');
    if (first == std::string_view::npos || first == last || code.substr(0, first) != ACRONYM ||
        code.substr(last + 1) != std::to_string(YEAR % 100)) {
        return std::nullopt;
    }
    int number = 0;
    auto digits = code.substr(first + 1, last - first - 1);
    auto [end, error] = std::from_chars(digits.data(), digits.data() + digits.size(), number);
    if (error != std::errc{} || end != digits.data() + digits.size()) {
        return std::nullopt;
    }
    return number;
}

std::vector<std::string> session_codes(HttpClient& client) {
    std::vector<std::string> codes;
    std::string cursor;
    while (true) {
        auto path = "/api/v1/agreements?session=" + url_encode(SESSION) + "&limit=500";
        if (!cursor.empty()) {
            path += "&cursor=" + url_encode(cursor);
        }
        auto page = client.get(path);
        auto body = page.json();
        if (page.status != 200 || !body.is_object()) {
            throw std::runtime_error("GET " + path + " answered " + std::to_string(page.status) +
                                     ": " + page.body);
        }
        for (const auto& record : body["registros"]) {
            codes.push_back(record.at("code").get<std::string>());
        }
        if (body["siguiente"].is_null()) {
            return codes;
        }
        cursor = body["siguiente"].get<std::string>();
    }
}

}  // namespace vincula::testing
