#pragma once

#include <optional>
#include <string>

#include <nlohmann/json.hpp>

#include "domain/dataset.h"
#include "domain/period.h"
#include "domain/store.h"
#include "web/page.h"

namespace vincula::web {

// The commission and quarter a page reports on: `?comision=CVOE&trimestre=
// 2021-T4`, or by default the first commission and the quarter of its most
// recent session (the quarter being worked on).
struct Scope {
    const domain::Commission* commission = nullptr;
    domain::Period period;
    std::string quarter;  // «2021-T4»
    // The selector's view: commissions and quarters to choose from.
    nlohmann::json selector;
};

// Nothing when the institute has no commission yet.
std::optional<Scope> choose_scope(const Request& request, const domain::Dataset& data);

// The scope a page asks for and the records it reads: the commission's
// and the quarter's (Store::load_scope), which the report and the review
// need and no more, whatever else the institute holds. The scope's
// commission is one of `data`'s, in a copy too.
struct ScopedData {
    domain::Dataset data;
    std::optional<Scope> scope;

    ScopedData() = default;
    ScopedData(const ScopedData& other);
    ScopedData(ScopedData&&) = default;
    ScopedData& operator=(const ScopedData&) = delete;
    ScopedData& operator=(ScopedData&&) = default;
};
ScopedData read_scope(const Request& request, domain::Store& store);

// «Cuarto trimestre de 2021», or «Del 1 de enero al 30 de junio de 2021».
std::string period_caption(const domain::Period& period);

// «2021-T4» for the quarter that holds `date`.
std::string quarter_of(const common::Date& date);

}  // namespace vincula::web
