#pragma once

#include <string>
#include <string_view>

#include "mail/smtp.h"

// The bytes of a message as it travels (RFC 5322): pure functions, so the
// encoding is tested without a server.
namespace vincula::mail {

// The address inside «Nombre <dir@dominio>», or the whole text when it has
// no angle brackets.
std::string address_of(std::string_view mailbox);

// A header value as RFC 2047 encoded words (UTF-8, base64) when it is not
// plain ASCII; each encoded word at most 75 characters, split between
// whole characters, so no mail reader shows a broken «é».
std::string encode_header_text(std::string_view text);

// «"Nombre" <dir@dominio>» with the name encoded when it needs to be.
std::string mailbox(std::string_view name, std::string_view address);

// Base64 in lines of 76 characters, each ended by CRLF.
std::string base64_lines(std::string_view bytes);

// The whole message: headers (From, To, Subject, Date, Message-ID,
// MIME-Version, Content-Type, the extra ones) and the base64 body.
// `date` is an RFC 5322 date, `message_id` the «<…@…>» identifier.
std::string format_message(const Settings& settings, const Message& message, std::string_view date,
                           std::string_view message_id);

// True when `text` may go into a header or an envelope as it is: no CR, LF
// or NUL that would let a value start a header of its own.
bool safe_header_value(std::string_view text);

}  // namespace vincula::mail
