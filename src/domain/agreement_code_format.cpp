#include "domain/agreement_code_format.h"

#include <algorithm>

#include "common/messages.h"
#include "domain/commissions.h"

namespace vincula::domain {
namespace {

bool is_literal(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '/' || c == '-' || c == '_' ||
           c == '.';
}

std::string padded(int value, std::size_t digits) {
    auto text = std::to_string(value);
    return text.size() < digits ? std::string(digits - text.size(), '0') + text : text;
}

// «numero», «numero:3», «número:3» → the least digits; nullopt if not a number.
std::optional<std::size_t> number_digits(std::string_view name) {
    for (std::string_view word : {"numero", "número"}) {
        if (name == word) {
            return 1;
        }
        if (name.starts_with(word) && name.size() == word.size() + 2 && name[word.size()] == ':' &&
            name.back() >= '1' && name.back() <= '5') {
            return static_cast<std::size_t>(name.back() - '0');
        }
    }
    return std::nullopt;
}

std::optional<std::size_t> year_digits(std::string_view name) {
    if (name == "año" || name == "año:4") {
        return 4;
    }
    if (name == "año:2") {
        return 2;
    }
    return std::nullopt;
}

}  // namespace

common::Result<AgreementCodeFormat> AgreementCodeFormat::create(std::string_view pattern,
                                                                const std::string& field) {
    auto invalid = [&] { return common::field_error(field, "formato_codigo_acuerdo", {pattern}); };
    AgreementCodeFormat format;
    std::size_t i = 0;
    bool numbered = false;
    // The prefix: literal text and {siglas}, up to the number.
    while (i < pattern.size() && !numbered) {
        if (pattern[i] != '{') {
            if (!is_literal(pattern[i])) {
                return invalid();
            }
            if (format.m_prefix_pieces.empty() || !format.m_prefix_pieces.back()) {
                format.m_prefix_pieces.emplace_back(std::string());
            }
            *format.m_prefix_pieces.back() += pattern[i++];
            continue;
        }
        auto close = pattern.find('}', i);
        if (close == std::string_view::npos) {
            return invalid();
        }
        auto name = pattern.substr(i + 1, close - i - 1);
        i = close + 1;
        if (name == "siglas") {
            format.m_prefix_pieces.emplace_back(std::nullopt);
        } else if (auto digits = number_digits(name)) {
            format.m_number_digits = *digits;
            numbered = true;
        } else {
            return invalid();
        }
    }
    // A prefix that is empty, starts with no letter or ends in a digit would
    // not be told apart from the number when a code is read.
    if (!numbered || format.m_prefix_pieces.empty()) {
        return invalid();
    }
    const auto& first = format.m_prefix_pieces.front();
    const auto& last = format.m_prefix_pieces.back();
    if ((first && !(first->front() >= 'A' && first->front() <= 'Z')) ||
        (last && last->back() >= '0' && last->back() <= '9')) {
        return invalid();
    }
    // Then one separator and the year, last.
    if (i >= pattern.size() || (pattern[i] != '/' && pattern[i] != '-')) {
        return invalid();
    }
    format.m_separator = pattern[i++];
    if (i >= pattern.size() || pattern[i] != '{' || pattern.back() != '}') {
        return invalid();
    }
    auto year = year_digits(pattern.substr(i + 1, pattern.size() - i - 2));
    if (!year) {
        return invalid();
    }
    format.m_year_digits = *year;
    return format;
}

AgreementCodeFormat AgreementCodeFormat::of(const Commission& commission) {
    if (commission.agreement_code_format) {
        if (auto format = create(*commission.agreement_code_format, "agreement_code_format")) {
            return *format;
        }
    }
    return *create(DEFAULT_PATTERN, "agreement_code_format");
}

std::string AgreementCodeFormat::prefix(std::string_view acronym) const {
    std::string text;
    for (const auto& piece : m_prefix_pieces) {
        text += piece ? *piece : std::string(acronym);
    }
    return text;
}

std::string AgreementCodeFormat::render(std::string_view acronym, int number, int year) const {
    return prefix(acronym) + padded(number, m_number_digits) + m_separator +
           padded(m_year_digits == 2 ? year % 100 : year, m_year_digits);
}

bool AgreementCodeFormat::matches(const AgreementCode& code, std::string_view acronym) const {
    return code.separator() == m_separator && code.prefix() == prefix(acronym);
}

std::vector<std::string> acronyms_of(const Commission& commission) {
    std::vector<std::string> acronyms{commission.acronym};
    for (const auto& change : commission.history) {
        if (change.acronym &&
            std::find(acronyms.begin(), acronyms.end(), *change.acronym) == acronyms.end()) {
            acronyms.push_back(*change.acronym);
        }
    }
    return acronyms;
}

std::vector<AgreementCodeFormat> formats_of(const Commission& commission) {
    std::vector<AgreementCodeFormat> formats{AgreementCodeFormat::of(commission)};
    for (const auto& change : commission.history) {
        if (change.agreement_code_format) {
            // One that does not read is refused on writing.
            if (auto format = AgreementCodeFormat::create(*change.agreement_code_format,
                                                          "agreement_code_format")) {
                formats.push_back(*format);
            }
        }
    }
    return formats;
}

bool issues_code(const Commission& commission, const AgreementCode& code) {
    return in_series_form(commission, code).has_value();
}

std::optional<std::string> in_series_form(const Commission& commission, const AgreementCode& code) {
    auto acronyms = acronyms_of(commission);
    for (const auto& format : formats_of(commission)) {
        for (const auto& acronym : acronyms) {
            if (format.matches(code, acronym)) {
                return format.render(acronym, code.number(), code.year());
            }
        }
    }
    return std::nullopt;
}

}  // namespace vincula::domain
