#pragma once

#include <string>
#include <utility>
#include <vector>

#include "common/result.h"

// E-mail leaving Vincula: one SMTP transaction per message, through libcurl.
namespace vincula::mail {

// From `vincula serve` options and the environment.
struct Settings {
    std::string url;             // smtp://host:port or smtps://host:port; empty = not configured
    std::string user, password;  // password from env VINCULA_SMTP_PASSWORD, never a CLI flag
    std::string from;            // "Nombre <dir@dominio>"
    std::string public_url;      // base of links in messages, e.g. https://vincula.example
    int timeout_seconds = 30;
    bool configured() const { return !url.empty(); }
};

struct Message {
    std::string to;       // address
    std::string to_name;  // may be empty
    std::string subject;  // UTF-8; encoded as RFC 2047
    std::string text;     // UTF-8 plain text body (sent as base64)
    std::vector<std::pair<std::string, std::string>> headers;  // extra, e.g. List-Unsubscribe
};

// Sends one message; on failure a Spanish error with field "smtp" that says
// what failed (connection refused, recipient refused with the server's code,
// timeout…).
common::Outcome send(const Settings& settings, const Message& message);

}  // namespace vincula::mail
