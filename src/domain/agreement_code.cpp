#include "domain/agreement_code.h"

#include <cstdio>
#include <optional>

#include "common/messages.h"

namespace vincula::domain {
namespace {

bool is_digit(char c) {
    return c >= '0' && c <= '9';
}
bool is_upper(char c) {
    return c >= 'A' && c <= 'Z';
}

std::optional<int> parse_digits(std::string_view text, std::size_t min, std::size_t max) {
    if (text.size() < min || text.size() > max) {
        return std::nullopt;
    }
    int value = 0;
    for (char c : text) {
        if (!is_digit(c)) {
            return std::nullopt;
        }
        value = value * 10 + (c - '0');
    }
    return value;
}

}  // namespace

common::Result<AgreementCode> AgreementCode::create(std::string_view text,
                                                    const std::string& field) {
    auto invalid = [&] { return common::field_error(field, "codigo_acuerdo", {text}); };
    auto first = text.find('/');
    auto last = text.rfind('/');
    if (first == std::string_view::npos || first == last) {
        return invalid();
    }
    auto acronym = text.substr(0, first);
    auto number_text = text.substr(first + 1, last - first - 1);
    auto year_text = text.substr(last + 1);
    if (acronym.empty() || !is_upper(acronym.front())) {
        return invalid();
    }
    for (char c : acronym) {
        if (!is_upper(c) && !is_digit(c) && c != '-') {
            return invalid();
        }
    }
    auto number = parse_digits(number_text, 1, 4);
    auto year =
        year_text.size() == 2 ? parse_digits(year_text, 2, 2) : parse_digits(year_text, 4, 4);
    if (!number || *number == 0 || !year) {
        return invalid();
    }
    int full_year = year_text.size() == 2 ? 2000 + *year : *year;
    if (full_year < 2000 || full_year > 2099) {
        return invalid();
    }
    return AgreementCode{std::string(acronym), *number, full_year};
}

AgreementCode AgreementCode::from_parts(std::string acronym, int number, int year) {
    return AgreementCode{std::move(acronym), number, year};
}

std::string AgreementCode::canonical() const {
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "/%03d/%02d", m_number, m_year % 100);
    return m_acronym + buffer;
}

}  // namespace vincula::domain
