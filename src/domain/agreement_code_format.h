#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "common/result.h"
#include "domain/agreement_code.h"

namespace vincula::domain {

struct Commission;

// How a commission writes its agreements' codes, as a pattern:
// «{siglas}/{numero:3}/{año:2}» (CVOE/036/21, the default),
// «OPLEV/CG{numero:3}/{año}» (OPLEV/CG001/2023),
// «IECM/ACU-{siglas}-{numero:3}-{año}» (IECM/ACU-CVOE-075-2020).
// {siglas} is the commission's acronym on the agreement's date; {numero:N}
// the number with at least N digits; {año} the year in four digits and
// {año:2} in two. The pattern ends in the number, one separator («/» or
// «-») and the year, so that any code can be read without it.
class AgreementCodeFormat {
public:
    static constexpr std::string_view DEFAULT_PATTERN = "{siglas}/{numero:3}/{año:2}";

    static common::Result<AgreementCodeFormat> create(std::string_view pattern,
                                                      const std::string& field);
    // The commission's own pattern, or the default; a pattern that does not
    // read (refused on writing) falls back to the default.
    static AgreementCodeFormat of(const Commission& commission);

    // Everything before the number, for the acronym given.
    std::string prefix(std::string_view acronym) const;
    std::string render(std::string_view acronym, int number, int year) const;
    // Whether `code` is of this series for the acronym, however its number
    // and year were padded.
    bool matches(const AgreementCode& code, std::string_view acronym) const;

private:
    AgreementCodeFormat() = default;
    // The prefix as pieces: literal text, or none where the acronym goes.
    std::vector<std::optional<std::string>> m_prefix_pieces;
    std::size_t m_number_digits = 1;
    char m_separator = '/';
    std::size_t m_year_digits = 4;
};

// Every acronym a commission has had: its own and those of its history.
std::vector<std::string> acronyms_of(const Commission& commission);

// Every pattern a commission has written its codes in: its own (or the
// default) and those its history states from a date on.
std::vector<AgreementCodeFormat> formats_of(const Commission& commission);

// Whether the code belongs to the commission's series under any of its
// patterns and acronyms.
bool issues_code(const Commission& commission, const AgreementCode& code);

// The code in the form of the commission's series it belongs to, or
// nothing when it belongs to none («IECM/ACU-CVOE-75-2020» becomes
// «IECM/ACU-CVOE-075-2020»).
std::optional<std::string> in_series_form(const Commission& commission, const AgreementCode& code);

}  // namespace vincula::domain
