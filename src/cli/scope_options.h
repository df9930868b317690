#pragma once

#include <CLI/CLI.hpp>
#include <string>

#include "cli/commands.h"
#include "common/result.h"
#include "domain/dataset.h"
#include "domain/period.h"

// The options that say which commission and which period a command covers,
// shared by the commands that work on a period (check, report) so that
// they read and refuse them the same way.
namespace vincula::cli {

struct PeriodOptions {
    std::string from;
    std::string to;
    std::string quarter;
};

// --from AAAA-MM-DD --to AAAA-MM-DD, or --quarter AAAA-TN (2021-T4, 2021-Q4).
void add_period_options(CLI::App& command, PeriodOptions& options);

// The period the options give, or every problem with them, each naming its
// option («--to: la fecha final (2021-09-30) es anterior a la inicial
// (2021-10-01).»). Reads no data, so bad options are refused before the
// database is opened.
common::Result<domain::Period> period_from_options(const PeriodOptions& options);

// --commission SIGLAS (its key or acronym, in any case).
void add_commission_option(CLI::App& command, std::string& commission);

// The commission the option names in `data`, or an error on --commission
// that lists the commissions there are.
common::Result<const domain::Commission*> commission_from_option(const domain::Dataset& data,
                                                                 const std::string& name);

// What a command about one commission and one period works on. `commission`
// points into `data` (moving the Scope moves the records, not the pointer's
// target).
struct Scope {
    domain::Dataset data;
    const domain::Commission* commission = nullptr;
    domain::Period period;
};

// Reads the period options, opens the store, reads what a report or a
// review of the commission over the period uses (Store::load_scope: the
// cost follows the period, not the database) and finds the commission. On
// any problem prints every one of them (with `own`, the command's own
// option problems) and the sentence `refused`, and returns nothing: the
// caller exits with EXIT_USAGE.
std::optional<Scope> open_scope(Context& context, const std::string& db,
                                const std::string& commission, const PeriodOptions& period,
                                const std::string& refused, common::FieldErrors own = {});

}  // namespace vincula::cli
