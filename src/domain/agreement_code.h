#pragma once

#include <string>
#include <string_view>

#include "common/result.h"

namespace vincula::domain {

// The code of a commission agreement: acronym, number within the year, year.
// Accepted as CVOE/036/21 or CVOE/036/2021 (the seed prints both); always
// written in the one canonical form CVOE/036/21.
class AgreementCode {
public:
    static common::Result<AgreementCode> create(std::string_view text,
                                                const std::string& field = "code");
    static AgreementCode from_parts(std::string acronym, int number, int year);

    const std::string& acronym() const { return m_acronym; }
    int number() const { return m_number; }
    int year() const { return m_year; }
    std::string canonical() const;

    bool operator==(const AgreementCode&) const = default;

private:
    AgreementCode(std::string acronym, int number, int year)
        : m_acronym(std::move(acronym)), m_number(number), m_year(year) {}
    std::string m_acronym;
    int m_number = 0;
    int m_year = 0;
};

}  // namespace vincula::domain
