#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

namespace vincula::testing {

struct HttpResponse {
    long status = 0;
    // "HTTP/1.1 303 See Other": the reason phrase is the server's too.
    std::string status_line;
    std::string body;
    // Names in lower case, in the order received.
    std::vector<std::pair<std::string, std::string>> headers;

    // The first header of that name (any case), or "".
    std::string header(std::string_view name) const;
    // The body as JSON; a discarded value (is_discarded()) if it is not JSON.
    nlohmann::json json() const;
};

// A test's HTTP client on libcurl: one connection kept alive, cookies kept
// like a browser's, headers added to every request (an API token). Any 5xx
// answer fails the running test: the API must never answer one to a client.
class HttpClient {
public:
    // `base_url` without a trailing slash: "http://127.0.0.1:8080".
    explicit HttpClient(std::string base_url);
    ~HttpClient();
    HttpClient(HttpClient&&) noexcept;
    HttpClient& operator=(HttpClient&&) noexcept;

    // Sent with every request from now on, e.g. "Authorization: Bearer …".
    void add_header(std::string line);
    // Any answer of 500 or more fails the test, but this one (503 from a
    // test that makes the database busy on purpose).
    void expect_server_status(int status);
    // Connects from this loopback address (127.0.0.2…) from now on: another
    // client machine, as the server sees it.
    void from_address(const std::string& address);

    HttpResponse get(const std::string& path);
    HttpResponse post(const std::string& path, std::string_view body);
    HttpResponse patch(const std::string& path, std::string_view body);
    HttpResponse remove(const std::string& path);
    // Any method; `headers` only for this request ("Cookie: …").
    HttpResponse send(std::string_view method, const std::string& path, std::string_view body = {},
                      const std::vector<std::string>& headers = {});

    // The value of a cookie the client holds, or "" (deleted or never set).
    std::string cookie(std::string_view name) const;

private:
    struct Connection;
    std::string m_base_url;
    std::unique_ptr<Connection> m_connection;
    std::string m_interface;  // kept alive: curl holds its pointer
    long m_expected_server_status = 0;
    std::vector<std::string> m_headers;
};

// "CVOE/036/21" -> "CVOE%2F036%2F21", for a query value or a path segment.
std::string url_encode(std::string_view text);

// Every record of an API list (`path`, with its query), page after page by
// its cursor; fails the test if a page fails. `pages`, when given, is set
// to how many pages it took.
std::vector<nlohmann::json> every_page(HttpClient& client, const std::string& path,
                                       std::size_t* pages = nullptr);

}  // namespace vincula::testing
