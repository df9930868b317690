#include "cli/scope_options.h"

#include "api/reports.h"
#include "checks/review.h"

namespace vincula::cli {

void add_period_options(CLI::App& command, PeriodOptions& options) {
    command.add_option("--from", options.from, "Primer día del periodo (con --to)")
        ->type_name("AAAA-MM-DD");
    command.add_option("--to", options.to, "Último día del periodo (con --from)")
        ->type_name("AAAA-MM-DD");
    command
        .add_option("--quarter", options.quarter,
                    "Un trimestre en lugar de --from y --to: 2021-T4 o 2021-Q4")
        ->type_name("AAAA-TN");
}

common::Result<domain::Period> period_from_options(const PeriodOptions& options) {
    return api::period_from(options.from, options.to, options.quarter, "--");
}

void add_commission_option(CLI::App& command, std::string& commission) {
    command.add_option("--commission", commission, "Comisión, por sus siglas (CVOE)")
        ->required()
        ->type_name("SIGLAS");
}

common::Result<const domain::Commission*> commission_from_option(const domain::Dataset& data,
                                                                 const std::string& name) {
    if (const auto* commission = checks::find_commission(data, name)) {
        return commission;
    }
    return checks::unknown_commission(data, name, "--commission");
}

std::optional<Scope> open_scope(Context& context, const std::string& db,
                                const std::string& commission, const PeriodOptions& period,
                                const std::string& refused, common::FieldErrors own) {
    auto& err = context.streams.err;
    auto chosen = period_from_options(period);
    if (!chosen) {
        own.insert(own.end(), chosen.error().begin(), chosen.error().end());
    }
    if (!own.empty()) {
        print_problems(err, own, refused);
        return std::nullopt;
    }
    auto store = context.open_store(db, StoreAccess::Existing);
    if (!store) {
        print_problems(err, store.error(), refused);
        return std::nullopt;
    }
    auto& records = **store;
    // A scoped read keeps every commission, so the option (a key or an
    // acronym, in any case) can be resolved in it; read again by key when
    // the option named the commission otherwise.
    Scope scope{records.load_scope(commission, *chosen), nullptr, *chosen};
    auto found = commission_from_option(scope.data, commission);
    if (!found) {
        print_problems(err, found.error(), refused);
        return std::nullopt;
    }
    if ((*found)->key != commission) {
        auto key = (*found)->key;
        scope.data = records.load_scope(key, *chosen);
        found = commission_from_option(scope.data, key);
    }
    scope.commission = *found;
    return scope;
}

}  // namespace vincula::cli
