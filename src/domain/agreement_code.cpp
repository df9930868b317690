#include "domain/agreement_code.h"

#include "common/messages.h"

namespace vincula::domain {
namespace {

constexpr std::size_t MAX_NUMBER_DIGITS = 5;

bool is_digit(char c) {
    return c >= '0' && c <= '9';
}
bool is_upper(char c) {
    return c >= 'A' && c <= 'Z';
}
// Separators bodies use inside a prefix: INE/CG, ACU-CG-, IEEM_CG.
bool is_prefix_char(char c) {
    return is_upper(c) || is_digit(c) || c == '/' || c == '-' || c == '_' || c == '.';
}

std::string padded(int value, std::size_t digits) {
    auto text = std::to_string(value);
    return text.size() < digits ? std::string(digits - text.size(), '0') + text : text;
}

}  // namespace

common::Result<AgreementCode> AgreementCode::create(std::string_view text,
                                                    const std::string& field) {
    auto invalid = [&] { return common::field_error(field, "codigo_acuerdo", {text}); };
    // Read from the end: the year's digits, one separator, the number's
    // digits; what remains is the prefix.
    auto end = text.size();
    auto year_start = end;
    while (year_start > 0 && is_digit(text[year_start - 1])) {
        --year_start;
    }
    auto year_digits = end - year_start;
    if ((year_digits != 2 && year_digits != 4) || year_start == 0) {
        return invalid();
    }
    char separator = text[year_start - 1];
    if (separator != '/' && separator != '-') {
        return invalid();
    }
    auto number_end = year_start - 1;
    auto number_start = number_end;
    while (number_start > 0 && is_digit(text[number_start - 1])) {
        --number_start;
    }
    auto number_digits = number_end - number_start;
    if (number_digits == 0 || number_digits > MAX_NUMBER_DIGITS || number_start == 0) {
        return invalid();
    }
    auto prefix = text.substr(0, number_start);
    if (!is_upper(prefix.front())) {
        return invalid();
    }
    for (char c : prefix) {
        if (!is_prefix_char(c)) {
            return invalid();
        }
    }
    auto value = [&](std::size_t from, std::size_t to) {
        int result = 0;
        for (auto i = from; i < to; ++i) {
            result = result * 10 + (text[i] - '0');
        }
        return result;
    };
    int number = value(number_start, number_end);
    int year = value(year_start, end);
    int full_year = year_digits == 2 ? 2000 + year : year;
    if (number == 0 || full_year < 2000 || full_year > 2099) {
        return invalid();
    }
    AgreementCode code;
    code.m_prefix = std::string(prefix);
    code.m_number = number;
    code.m_number_digits = number_digits;
    code.m_separator = separator;
    code.m_year = full_year;
    code.m_year_digits = year_digits;
    return code;
}

std::string AgreementCode::with_number(int number) const {
    return m_prefix + padded(number, m_number_digits) + m_separator +
           padded(m_year_digits == 2 ? m_year % 100 : m_year, m_year_digits);
}

}  // namespace vincula::domain
