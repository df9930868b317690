#include "domain/field_rules.h"

#include <algorithm>
#include <cctype>
#include <cstdio>

#include "common/messages.h"
#include "domain/agreement_code.h"
#include "lang/numbers.h"

namespace vincula::domain {
namespace {

bool is_blank(const std::string& text) {
    return text.find_first_not_of(" \t\r\n") == std::string::npos;
}

// Deliberately modest: one @, a non-empty local part, a dotted domain, no
// spaces. Deliverability is the mail server's business, not ours.
bool looks_like_email(const std::string& text) {
    auto at = text.find('@');
    if (at == std::string::npos || at == 0 || text.find('@', at + 1) != std::string::npos) {
        return false;
    }
    bool control = std::any_of(text.begin(), text.end(), [](unsigned char character) {
        return character < 0x20 || character == 0x7f;
    });
    if (control || text.find_first_of(" <>,;\"") != std::string::npos) {
        return false;
    }
    auto domain = text.substr(at + 1);
    auto dot = domain.rfind('.');
    return dot != std::string::npos && dot > 0 && dot + 1 < domain.size() &&
           domain.find("..") == std::string::npos;
}

// Keys travel in addresses, headers, file names and calendar files: ASCII
// letters and digits, and - _ . or single slashes between them (agreement
// codes have their own grammar).
bool is_valid_key(const std::string& text) {
    if (text.size() > MAX_KEY_LENGTH || !std::isalnum(static_cast<unsigned char>(text.front())) ||
        text.back() == '/') {
        return false;
    }
    for (std::size_t i = 0; i < text.size(); ++i) {
        auto character = static_cast<unsigned char>(text[i]);
        bool allowed = (character < 0x80 && std::isalnum(character)) || character == '-' ||
                       character == '_' || character == '.' ||
                       (character == '/' && text[i - 1] != '/');
        if (!allowed) {
            return false;
        }
    }
    return true;
}

// Characters, not bytes: every UTF-8 byte that does not continue a character.
std::size_t characters_in(const std::string& text) {
    return static_cast<std::size_t>(std::count_if(text.begin(), text.end(), [](char byte) {
        return (static_cast<unsigned char>(byte) & 0xC0) != 0x80;
    }));
}

// 8.5 stays 8.5; 1000 is written without decimals.
std::string shown(double number) {
    char text[32];
    std::snprintf(text, sizeof text, "%.15g", number);
    return text;
}

}  // namespace

void check_number(const std::string& path, double value, const FieldSpec& spec,
                  common::FieldErrors& errors) {
    if (value < static_cast<double>(spec.min) || value > static_cast<double>(spec.max)) {
        errors.push_back(common::field_error(
            path, "rango_numero",
            {shown(value), lang::grouped_digits(spec.min), lang::grouped_digits(spec.max)}));
    }
}

void check_length(const std::string& path, const std::string& value, bool prose,
                  common::FieldErrors& errors) {
    auto longest = prose ? MAX_PROSE_LENGTH : MAX_TEXT_LENGTH;
    if (auto length = characters_in(value); length > longest) {
        errors.push_back(
            common::field_error(path, "texto_largo",
                                {lang::grouped_digits(static_cast<long long>(length)),
                                 lang::grouped_digits(static_cast<long long>(longest))}));
    }
}

void check_text(const std::string& path, const std::string& value, const FieldSpec& spec,
                const KeyIndex& keys, common::FieldErrors& errors) {
    if (is_blank(value)) {
        errors.push_back(common::field_error(path, "texto_no_vacio"));
        return;
    }
    auto before = errors.size();
    check_length(path, value, spec.prose, errors);
    if (errors.size() > before) {
        return;
    }
    if (spec.text == TextRule::AgreementCode) {
        auto code = AgreementCode::create(value, path);
        if (!code) {
            errors.push_back(code.error().front());
            return;
        }
    }
    if (spec.is_key && spec.text != TextRule::AgreementCode && !is_valid_key(value)) {
        errors.push_back(
            common::field_error(path, "clave_valida", {value, std::to_string(MAX_KEY_LENGTH)}));
        return;
    }
    if (spec.text == TextRule::Email && !looks_like_email(value)) {
        errors.push_back(common::field_error(path, "correo_valido", {value}));
        return;
    }
    if (spec.refers != Refers::Nothing && !keys.contains(spec.refers, value)) {
        errors.push_back(common::field_error(path, "referencia_existente",
                                             {value, referred_array_name(spec.refers)}));
    }
}

}  // namespace vincula::domain
