#include "support/http_client.h"

#include <algorithm>
#include <cctype>
#include <mutex>
#include <sstream>
#include <stdexcept>

#include <curl/curl.h>
#include <gtest/gtest.h>

namespace vincula::testing {
namespace {

std::string lower(std::string_view text) {
    std::string out(text);
    std::transform(out.begin(), out.end(), out.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return out;
}

std::string_view trimmed(std::string_view text) {
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) {
        text.remove_prefix(1);
    }
    while (!text.empty() && (text.back() == '\r' || text.back() == '\n' || text.back() == ' ')) {
        text.remove_suffix(1);
    }
    return text;
}

std::size_t collect_body(char* data, std::size_t size, std::size_t count, void* target) {
    static_cast<std::string*>(target)->append(data, size * count);
    return size * count;
}

std::size_t collect_header(char* data, std::size_t size, std::size_t count, void* target) {
    std::string_view line(data, size * count);
    auto colon = line.find(':');
    if (line.starts_with("HTTP/")) {
        static_cast<HttpResponse*>(target)->status_line = std::string(trimmed(line));
    } else if (colon != std::string_view::npos) {
        static_cast<HttpResponse*>(target)->headers.emplace_back(
            lower(line.substr(0, colon)), std::string(trimmed(line.substr(colon + 1))));
    }
    return size * count;
}

void initialise_curl_once() {
    static std::once_flag once;
    std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
}

}  // namespace

std::string HttpResponse::header(std::string_view name) const {
    auto wanted = lower(name);
    for (const auto& [header_name, value] : headers) {
        if (header_name == wanted) {
            return value;
        }
    }
    return "";
}

nlohmann::json HttpResponse::json() const {
    return nlohmann::json::parse(body, nullptr, false);
}

struct HttpClient::Connection {
    CURL* handle = nullptr;
    ~Connection() { curl_easy_cleanup(handle); }
};

HttpClient::HttpClient(std::string base_url)
    : m_base_url(std::move(base_url)), m_connection(std::make_unique<Connection>()) {
    initialise_curl_once();
    m_connection->handle = curl_easy_init();
    if (m_connection->handle == nullptr) {
        throw std::runtime_error("curl_easy_init failed");
    }
    // An empty cookie file turns the cookie engine on without reading one.
    curl_easy_setopt(m_connection->handle, CURLOPT_COOKIEFILE, "");
    // The environment's HTTP proxy refuses localhost.
    curl_easy_setopt(m_connection->handle, CURLOPT_NOPROXY, "*");
    // %2F stays %2F: agreement codes travel encoded in some tests.
    curl_easy_setopt(m_connection->handle, CURLOPT_PATH_AS_IS, 1L);
    curl_easy_setopt(m_connection->handle, CURLOPT_TIMEOUT, 180L);
}

HttpClient::~HttpClient() = default;
HttpClient::HttpClient(HttpClient&&) noexcept = default;
HttpClient& HttpClient::operator=(HttpClient&&) noexcept = default;

void HttpClient::expect_server_status(int status) {
    m_expected_server_status = status;
}

void HttpClient::from_address(const std::string& address) {
    m_interface = "host!" + address;
    curl_easy_setopt(m_connection->handle, CURLOPT_INTERFACE, m_interface.c_str());
}

void HttpClient::add_header(std::string line) {
    m_headers.push_back(std::move(line));
}

HttpResponse HttpClient::get(const std::string& path) {
    return send("GET", path);
}

HttpResponse HttpClient::post(const std::string& path, std::string_view body) {
    return send("POST", path, body);
}

HttpResponse HttpClient::patch(const std::string& path, std::string_view body) {
    return send("PATCH", path, body);
}

HttpResponse HttpClient::remove(const std::string& path) {
    return send("DELETE", path);
}

HttpResponse HttpClient::send(std::string_view method, const std::string& path,
                              std::string_view body, const std::vector<std::string>& headers) {
    CURL* curl = m_connection->handle;
    HttpResponse response;
    auto url = m_base_url + path;
    std::string method_text(method);
    curl_easy_setopt(curl, CURLOPT_URL, url.c_str());
    bool with_body = method == "POST" || method == "PATCH" || method == "PUT";
    if (with_body) {
        curl_easy_setopt(curl, CURLOPT_POSTFIELDSIZE_LARGE, static_cast<curl_off_t>(body.size()));
        curl_easy_setopt(curl, CURLOPT_POSTFIELDS, body.data());
    } else {
        curl_easy_setopt(curl, CURLOPT_HTTPGET, 1L);
    }
    curl_easy_setopt(curl, CURLOPT_CUSTOMREQUEST, method_text.c_str());
    curl_slist* list = nullptr;
    for (const auto& line : m_headers) {
        list = curl_slist_append(list, line.c_str());
    }
    for (const auto& line : headers) {
        list = curl_slist_append(list, line.c_str());
    }
    bool typed = std::any_of(headers.begin(), headers.end(), [](const std::string& line) {
        return lower(line).starts_with("content-type:");
    });
    if (with_body && !typed) {
        list = curl_slist_append(list, "Content-Type: application/json");
    }
    // Without this, curl waits for «100 Continue» before sending a large body.
    list = curl_slist_append(list, "Expect:");
    curl_easy_setopt(curl, CURLOPT_HTTPHEADER, list);
    curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, collect_body);
    curl_easy_setopt(curl, CURLOPT_WRITEDATA, &response.body);
    curl_easy_setopt(curl, CURLOPT_HEADERFUNCTION, collect_header);
    curl_easy_setopt(curl, CURLOPT_HEADERDATA, &response);
    auto result = curl_easy_perform(curl);
    curl_easy_setopt(curl, CURLOPT_HTTPHEADER, nullptr);
    curl_slist_free_all(list);
    if (result != CURLE_OK) {
        throw std::runtime_error(method_text + " " + url + ": " + curl_easy_strerror(result));
    }
    curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &response.status);
    if (response.status >= 500 && response.status != m_expected_server_status) {
        ADD_FAILURE() << method_text << ' ' << path << " answered " << response.status << ": "
                      << response.body;
    }
    return response;
}

std::string HttpClient::cookie(std::string_view name) const {
    curl_slist* cookies = nullptr;
    curl_easy_getinfo(m_connection->handle, CURLINFO_COOKIELIST, &cookies);
    std::string value;
    // Netscape format: domain, subdomains, path, secure, expiry, name, value.
    for (auto* item = cookies; item != nullptr; item = item->next) {
        std::istringstream fields(item->data);
        std::vector<std::string> parts;
        std::string part;
        while (std::getline(fields, part, '\t')) {
            parts.push_back(part);
        }
        if (parts.size() >= 7 && parts[5] == name) {
            value = parts[6];
        }
    }
    curl_slist_free_all(cookies);
    return value;
}

std::string url_encode(std::string_view text) {
    static constexpr char HEX[] = "0123456789ABCDEF";
    std::string out;
    for (unsigned char c : text) {
        if (std::isalnum(c) != 0 || c == '-' || c == '_' || c == '.' || c == '~') {
            out += static_cast<char>(c);
        } else {
            out += '%';
            out += HEX[c >> 4];
            out += HEX[c & 0x0F];
        }
    }
    return out;
}

std::vector<nlohmann::json> every_page(HttpClient& client, const std::string& path,
                                       std::size_t* pages) {
    std::vector<nlohmann::json> records;
    std::string cursor;
    for (std::size_t page = 1; page < 1000; ++page) {
        auto target = path;
        if (!cursor.empty()) {
            target += (path.find('?') == std::string::npos ? "?cursor=" : "&cursor=") +
                      url_encode(cursor);
        }
        auto answer = client.get(target);
        EXPECT_EQ(answer.status, 200) << target << ": " << answer.body;
        auto body = answer.json();
        if (answer.status != 200 || body.is_discarded()) {
            break;
        }
        for (const auto& record : body["registros"]) {
            records.push_back(record);
        }
        if (body["siguiente"].is_null()) {
            if (pages != nullptr) {
                *pages = page;
            }
            break;
        }
        cursor = body["siguiente"].get<std::string>();
    }
    return records;
}

}  // namespace vincula::testing
