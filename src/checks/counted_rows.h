#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "checks/context.h"
#include "lang/gender.h"
#include "lang/words.h"

namespace vincula::checks {

using DateSpan = std::pair<common::Date, common::Date>;

// A sentence of staff prose where a number was found, and what it says the
// number counts.
struct CountClaim {
    const std::vector<lang::Word>& sentence;  // its words
    std::size_t noun = 0;                     // position of the counted noun
    DateSpan span;                            // the days the sentence speaks about
    const std::vector<lang::Word>& whole_text;
};

// How many rows the data holds for a claim, and how to say what they are:
// «envíos a la red «Voto Chilango»».
struct RowCount {
    long value = 0;
    std::string singular;
    std::string plural;
    lang::Gender gender = lang::Gender::Masculine;
};

// The kinds of rows a staff text may count, recognised by the noun after the
// number («seis correos», «14 reportes», «cinco opiniones de pertinencia»)
// and by words the sentence must also hold, so that «se firmaron dos
// convenios» is not read as progress on two convenios. Nothing when the noun
// or its context is not one of these, or when the data cannot say (a
// mailing count that names no network).
std::optional<RowCount> count_rows(const Context& context, const CountClaim& claim);

}  // namespace vincula::checks
