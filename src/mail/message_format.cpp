#include "mail/message_format.h"

#include <algorithm>

namespace vincula::mail {
namespace {

constexpr std::string_view BASE64 =
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

std::string base64(std::string_view bytes) {
    std::string out;
    out.reserve((bytes.size() + 2) / 3 * 4);
    for (std::size_t i = 0; i < bytes.size(); i += 3) {
        unsigned value = static_cast<unsigned char>(bytes[i]) << 16;
        if (i + 1 < bytes.size()) {
            value |= static_cast<unsigned char>(bytes[i + 1]) << 8;
        }
        if (i + 2 < bytes.size()) {
            value |= static_cast<unsigned char>(bytes[i + 2]);
        }
        out += BASE64[(value >> 18) & 63];
        out += BASE64[(value >> 12) & 63];
        out += i + 1 < bytes.size() ? BASE64[(value >> 6) & 63] : '=';
        out += i + 2 < bytes.size() ? BASE64[value & 63] : '=';
    }
    return out;
}

bool plain_ascii(std::string_view text) {
    return std::all_of(text.begin(), text.end(), [](char c) {
        auto byte = static_cast<unsigned char>(c);
        return byte >= 0x20 && byte < 0x7f;
    });
}

// Length of the UTF-8 character that starts with `lead`.
std::size_t character_length(unsigned char lead) {
    if (lead >= 0xf0) {
        return 4;
    }
    if (lead >= 0xe0) {
        return 3;
    }
    if (lead >= 0xc0) {
        return 2;
    }
    return 1;
}

// Line ends as SMTP wants them (CRLF), whatever the form sent.
std::string crlf_lines(std::string_view text) {
    std::string out;
    out.reserve(text.size() + text.size() / 40);
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '\r') {
            continue;
        }
        if (text[i] == '\n') {
            out += "\r\n";
            continue;
        }
        out += text[i];
    }
    return out;
}

}  // namespace

std::string address_of(std::string_view mailbox) {
    auto open = mailbox.rfind('<');
    auto close = mailbox.rfind('>');
    if (open != std::string_view::npos && close != std::string_view::npos && close > open) {
        return std::string(mailbox.substr(open + 1, close - open - 1));
    }
    auto first = mailbox.find_first_not_of(' ');
    auto last = mailbox.find_last_not_of(' ');
    return first == std::string_view::npos ? std::string()
                                           : std::string(mailbox.substr(first, last - first + 1));
}

std::string encode_header_text(std::string_view text) {
    if (plain_ascii(text)) {
        return std::string(text);
    }
    // «=?UTF-8?B?» + «?=» leave 63 characters of base64 per word: 45 bytes.
    constexpr std::size_t MAX_BYTES = 45;
    std::string out;
    std::size_t start = 0;
    while (start < text.size()) {
        std::size_t end = start;
        while (end < text.size()) {
            auto next = end + character_length(static_cast<unsigned char>(text[end]));
            if (next - start > MAX_BYTES) {
                break;
            }
            end = std::min(next, text.size());
        }
        if (!out.empty()) {
            out += "\r\n ";  // folded: each encoded word on a line of its own
        }
        out += "=?UTF-8?B?" + base64(text.substr(start, end - start)) + "?=";
        start = end;
    }
    return out;
}

std::string mailbox(std::string_view name, std::string_view address) {
    if (name.empty()) {
        return std::string(address);
    }
    if (plain_ascii(name)) {
        std::string quoted = "\"";
        for (char c : name) {
            if (c == '"' || c == '\\') {
                quoted += '\\';
            }
            quoted += c;
        }
        return quoted + "\" <" + std::string(address) + ">";
    }
    return encode_header_text(name) + " <" + std::string(address) + ">";
}

std::string base64_lines(std::string_view bytes) {
    auto encoded = base64(bytes);
    std::string out;
    for (std::size_t i = 0; i < encoded.size(); i += 76) {
        out += encoded.substr(i, 76) + "\r\n";
    }
    return out;
}

bool safe_header_value(std::string_view text) {
    return text.find_first_of(std::string_view("\r\n\0", 3)) == std::string_view::npos;
}

std::string format_message(const Settings& settings, const Message& message, std::string_view date,
                           std::string_view message_id) {
    auto from_address = address_of(settings.from);
    auto from_name_end = settings.from.rfind('<');
    std::string from_name;
    if (from_name_end != std::string::npos) {
        from_name = settings.from.substr(0, from_name_end);
        while (!from_name.empty() && (from_name.back() == ' ' || from_name.back() == '"')) {
            from_name.pop_back();
        }
        auto first = from_name.find_first_not_of(" \"");
        from_name = first == std::string::npos ? std::string() : from_name.substr(first);
    }
    std::string out;
    out += "From: " + mailbox(from_name, from_address) + "\r\n";
    out += "To: " + mailbox(message.to_name, message.to) + "\r\n";
    out += "Subject: " + encode_header_text(message.subject) + "\r\n";
    out += "Date: " + std::string(date) + "\r\n";
    out += "Message-ID: " + std::string(message_id) + "\r\n";
    for (const auto& [name, value] : message.headers) {
        out += name + ": " + value + "\r\n";
    }
    out += "MIME-Version: 1.0\r\n";
    out += "Content-Type: text/plain; charset=UTF-8\r\n";
    out += "Content-Transfer-Encoding: base64\r\n";
    out += "\r\n";
    out += base64_lines(crlf_lines(message.text));
    return out;
}

}  // namespace vincula::mail
