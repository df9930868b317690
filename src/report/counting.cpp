#include "report/counting.h"

#include "lang/numbers.h"

namespace vincula::report {

std::string number_in_prose(long count, lang::Gender gender) {
    if (count >= 10 || count < 0) {
        return std::to_string(count);
    }
    return lang::cardinal(count, gender, lang::Position::Standalone);
}

std::string quantity(long count, lang::Gender gender, const std::string& singular,
                     const std::string& plural) {
    if (count >= 10 || count < 0) {
        return std::to_string(count) + " " + plural;
    }
    return lang::cardinal(count, gender, lang::Position::BeforeNoun) + " " +
           (count == 1 ? singular : plural);
}

}  // namespace vincula::report
