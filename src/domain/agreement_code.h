#pragma once

#include <string>
#include <string_view>

#include "common/result.h"

namespace vincula::domain {

// The code of an agreement, as any electoral body writes one: a prefix, the
// agreement's number within the year, a separator and the year, in two or
// four digits: CVOE/036/21, OPLEV/CG001/2023, INE/CG123/2021,
// IECM/ACU-CG-075-2020. Which of these shapes a commission uses, and so the
// one form a code is stored in, is the commission's AgreementCodeFormat.
class AgreementCode {
public:
    static common::Result<AgreementCode> create(std::string_view text,
                                                const std::string& field = "code");

    // «CVOE/», «OPLEV/CG», «IECM/ACU-CG-»: everything before the number.
    const std::string& prefix() const { return m_prefix; }
    int number() const { return m_number; }
    int year() const { return m_year; }
    char separator() const { return m_separator; }

    // The code of another agreement of the same series and year, written as
    // this one is (same widths): the codes missing between two on record.
    std::string with_number(int number) const;

    // Whether both name one agreement however each was written
    // (CVOE/036/21 and CVOE/36/2021).
    bool same_agreement(const AgreementCode& other) const {
        return m_prefix == other.m_prefix && m_number == other.m_number && m_year == other.m_year;
    }

private:
    AgreementCode() = default;
    std::string m_prefix;
    int m_number = 0;
    std::size_t m_number_digits = 0;
    char m_separator = '/';
    int m_year = 0;
    std::size_t m_year_digits = 0;
};

}  // namespace vincula::domain
