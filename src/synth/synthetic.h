#pragma once

#include "domain/dataset.h"

namespace vincula::synth {

struct SyntheticShape {
    int years = 1;
    int commissions = 1;
    int first_year = 2015;
    // Convenios signed per commission and year. The API benchmark needs
    // ten thousand of them without a hundred times more of everything else.
    int convenios_per_year = 30;
};

// A valid, deterministic dataset shaped like an institute's real work: for
// each commission and year, sessions with attendance, agenda and gapless
// agreements, a work programme, documents, activities, followed sessions,
// SIVOPLE reports, convenios with progress, opinions, mailings, contacts and
// a contest with registrations and scores. About 1 000 records per
// commission-year, so `years × commissions = 100` gives about 100 000.
domain::Dataset make_synthetic(const SyntheticShape& shape);

}  // namespace vincula::synth
