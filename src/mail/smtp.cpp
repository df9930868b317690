// One message through libcurl's SMTP client, with the failure told in
// Spanish: which step the server refused, with its own reply.
#include "mail/smtp.h"

#include <algorithm>
#include <chrono>
#include <ctime>
#include <memory>

#include <curl/curl.h>
#include <sodium.h>

#include "common/messages.h"
#include "mail/message_format.h"

namespace vincula::mail {
namespace {

struct Upload {
    std::string bytes;
    std::size_t sent = 0;
};

std::size_t read_upload(char* buffer, std::size_t size, std::size_t count, void* user) {
    auto* upload = static_cast<Upload*>(user);
    auto room = size * count;
    auto left = upload->bytes.size() - upload->sent;
    auto chunk = std::min(room, left);
    std::copy_n(upload->bytes.data() + upload->sent, chunk, buffer);
    upload->sent += chunk;
    return chunk;
}

// The server's last refusal: «550 5.1.1 <x@y>: Recipient address rejected».
int keep_server_reply(CURL*, curl_infotype type, char* data, std::size_t size, void* user) {
    if (type == CURLINFO_HEADER_IN) {
        std::string line(data, size);
        while (!line.empty() && (line.back() == '\n' || line.back() == '\r')) {
            line.pop_back();
        }
        // A refusal (4xx, 5xx), not the «221 Bye» that follows it.
        if (!line.empty() && (line.front() == '4' || line.front() == '5')) {
            *static_cast<std::string*>(user) = line;
        }
    }
    return 0;
}

std::string rfc5322_now() {
    auto now = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
    std::tm utc{};
    gmtime_r(&now, &utc);
    char text[64];
    std::strftime(text, sizeof text, "%a, %d %b %Y %H:%M:%S +0000", &utc);
    return text;
}

std::string new_message_id(const std::string& from_address) {
    unsigned char random[16];
    randombytes_buf(random, sizeof random);
    char hex[sizeof random * 2 + 1];
    sodium_bin2hex(hex, sizeof hex, random, sizeof random);
    auto at = from_address.find('@');
    auto domain = at == std::string::npos ? std::string("vincula") : from_address.substr(at + 1);
    return "<" + std::string(hex) + "@" + domain + ">";
}

// The server named without its credentials, for messages.
std::string server_of(const Settings& settings) {
    auto scheme = settings.url.find("://");
    auto rest = scheme == std::string::npos ? settings.url : settings.url.substr(scheme + 3);
    if (auto at = rest.rfind('@'); at != std::string::npos) {
        rest = rest.substr(at + 1);
    }
    return rest;
}

common::Outcome failure(CURLcode code, const std::string& detail, const std::string& reply,
                        const Settings& settings, const Message& message) {
    auto server = server_of(settings);
    auto said = reply.empty() ? detail : reply;
    switch (code) {
        case CURLE_COULDNT_CONNECT:
            return common::field_error("smtp", "smtp_conexion", {server});
        case CURLE_COULDNT_RESOLVE_HOST:
            return common::field_error("smtp", "smtp_servidor_desconocido", {server});
        case CURLE_OPERATION_TIMEDOUT:
            return common::field_error("smtp", "smtp_tiempo_agotado",
                                       {server, std::to_string(settings.timeout_seconds)});
        case CURLE_LOGIN_DENIED:
            return common::field_error("smtp", "smtp_credenciales", {server, said});
        default:
            break;
    }
    if (detail.starts_with("RCPT failed")) {
        return common::field_error("smtp", "smtp_destinatario_rechazado", {message.to, said});
    }
    if (detail.starts_with("MAIL failed")) {
        return common::field_error("smtp", "smtp_remitente_rechazado",
                                   {address_of(settings.from), said});
    }
    if (code == CURLE_WEIRD_SERVER_REPLY && !reply.empty()) {
        return common::field_error("smtp", "smtp_mensaje_rechazado", {message.to, said});
    }
    return common::field_error(
        "smtp", "smtp_fallo", {message.to, server, said.empty() ? curl_easy_strerror(code) : said});
}

}  // namespace

common::Outcome send(const Settings& settings, const Message& message) {
    if (!settings.configured()) {
        return common::field_error("smtp", "smtp_no_configurado");
    }
    const auto from_address = address_of(settings.from);
    for (const std::string* value :
         {&message.to, &message.to_name, &message.subject, &from_address}) {
        if (!safe_header_value(*value)) {
            return common::field_error("smtp", "smtp_valor_invalido", {message.to});
        }
    }
    static const bool initialised = [] {
        curl_global_init(CURL_GLOBAL_DEFAULT);
        return sodium_init() >= 0;
    }();
    (void)initialised;
    std::unique_ptr<CURL, decltype(&curl_easy_cleanup)> curl(curl_easy_init(), curl_easy_cleanup);
    if (!curl) {
        return common::field_error("smtp", "smtp_fallo",
                                   {message.to, server_of(settings), "libcurl"});
    }
    Upload upload{format_message(settings, message, rfc5322_now(), new_message_id(from_address))};
    std::unique_ptr<curl_slist, decltype(&curl_slist_free_all)> recipients(
        curl_slist_append(nullptr, ("<" + message.to + ">").c_str()), curl_slist_free_all);
    char detail[CURL_ERROR_SIZE] = {};
    std::string reply;
    auto* handle = curl.get();
    curl_easy_setopt(handle, CURLOPT_URL, settings.url.c_str());
    // The environment's HTTP proxy has nothing to do with mail.
    curl_easy_setopt(handle, CURLOPT_PROXY, "");
    if (!settings.user.empty()) {
        curl_easy_setopt(handle, CURLOPT_USERNAME, settings.user.c_str());
        curl_easy_setopt(handle, CURLOPT_PASSWORD, settings.password.c_str());
        // Credentials only over TLS: STARTTLS is required for smtp://.
        curl_easy_setopt(handle, CURLOPT_USE_SSL, static_cast<long>(CURLUSESSL_ALL));
    }
    curl_easy_setopt(handle, CURLOPT_MAIL_FROM, ("<" + from_address + ">").c_str());
    curl_easy_setopt(handle, CURLOPT_MAIL_RCPT, recipients.get());
    curl_easy_setopt(handle, CURLOPT_READFUNCTION, read_upload);
    curl_easy_setopt(handle, CURLOPT_READDATA, &upload);
    curl_easy_setopt(handle, CURLOPT_UPLOAD, 1L);
    curl_easy_setopt(handle, CURLOPT_TIMEOUT, static_cast<long>(settings.timeout_seconds));
    curl_easy_setopt(handle, CURLOPT_CONNECTTIMEOUT, static_cast<long>(settings.timeout_seconds));
    curl_easy_setopt(handle, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(handle, CURLOPT_ERRORBUFFER, detail);
    curl_easy_setopt(handle, CURLOPT_DEBUGFUNCTION, keep_server_reply);
    curl_easy_setopt(handle, CURLOPT_DEBUGDATA, &reply);
    curl_easy_setopt(handle, CURLOPT_VERBOSE, 1L);
    auto code = curl_easy_perform(handle);
    if (code != CURLE_OK) {
        return failure(code, detail, reply, settings, message);
    }
    return common::ok();
}

}  // namespace vincula::mail
