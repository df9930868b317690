#include "web/scope.h"

#include <algorithm>

#include "domain/agreement_code_format.h"
#include "domain/as_of.h"
#include "lang/dates.h"
#include "lang/numbers.h"
#include "lang/text.h"
#include "web/captions.h"
#include "web/scoped_reads.h"

namespace vincula::web {
namespace {

std::string quarter_caption(int year, int quarter) {
    return lang::capitalize_first(lang::ordinal(quarter, lang::Gender::Masculine,
                                                lang::OrdinalStyle::Compound,
                                                lang::Position::BeforeNoun)) +
           " trimestre de " + std::to_string(year);
}

}  // namespace

std::string period_caption(const domain::Period& period) {
    if (auto quarter = period.quarter_number()) {
        return quarter_caption(period.from().year(), *quarter);
    }
    return "Del " + lang::day_month_year(period.from()) + " al " +
           lang::day_month_year(period.to());
}

std::string quarter_of(const common::Date& date) {
    return std::to_string(date.year()) + "-T" + std::to_string((date.month() - 1) / 3 + 1);
}

std::optional<Scope> choose_scope(const Request& request, const domain::Dataset& data) {
    if (data.commissions.empty()) {
        return std::nullopt;
    }
    auto wanted = request.query_value("comision");
    const auto* chosen = &data.commissions.front();
    // By key, or by any acronym the commission has borne (old links).
    for (const auto& commission : data.commissions) {
        auto acronyms = domain::acronyms_of(commission);
        if (commission.key == wanted ||
            std::find(acronyms.begin(), acronyms.end(), wanted) != acronyms.end()) {
            chosen = &commission;
        }
    }
    std::optional<common::Date> latest;
    int first_year = today().year();
    for (const auto& session : data.sessions) {
        if (session.commission == chosen->key) {
            first_year = std::min(first_year, session.date.year());
            if (session.status == domain::SessionStatus::Held &&
                (!latest || *latest < session.date)) {
                latest = session.date;
            }
        }
    }
    auto quarter = request.query_value("trimestre");
    auto period = domain::Period::quarter(quarter, "trimestre");
    if (!period) {
        quarter = quarter_of(latest.value_or(today()));
        period = domain::Period::quarter(quarter, "trimestre");
    }
    Scope scope{chosen, *period, quarter, nullptr};

    nlohmann::json commissions = nlohmann::json::array();
    // Named as they were at the end of the chosen quarter.
    for (const auto& commission : data.commissions) {
        auto then = domain::commission_as_of(commission, scope.period.to());
        commissions.push_back({{"value", commission.key},
                               {"caption", then.acronym + " · " + then.name},
                               {"selected", &commission == scope.commission}});
    }
    nlohmann::json quarters = nlohmann::json::array();
    for (int year = std::max(today().year(), scope.period.from().year()); year >= first_year;
         --year) {
        for (int quarter = 4; quarter >= 1; --quarter) {
            auto value = std::to_string(year) + "-T" + std::to_string(quarter);
            quarters.push_back({{"value", value},
                                {"caption", quarter_caption(year, quarter)},
                                {"selected", value == scope.quarter}});
        }
    }
    scope.selector = {{"commissions", commissions}, {"quarters", quarters}};
    return scope;
}

ScopedData::ScopedData(const ScopedData& other) : data(other.data), scope(other.scope) {
    if (scope) {
        for (const auto& commission : data.commissions) {
            if (commission.key == other.scope->commission->key) {
                scope->commission = &commission;
            }
        }
    }
}

ScopedData read_scope(const Request& request, domain::Store& store) {
    // What choosing reads: the commissions, and the sessions of the one
    // asked for (the first, if none), for the quarters it has worked in.
    domain::Dataset choosing;
    choosing.commissions = every_record(store, "commissions").commissions;
    auto chosen = choose_scope(request, choosing);
    if (!chosen) {
        return {};
    }
    choosing.sessions =
        records_where(store, "sessions", "commission", chosen->commission->key).sessions;
    chosen = choose_scope(request, choosing);
    ScopedData scoped;
    scoped.data = store.load_scope(chosen->commission->key, chosen->period);
    for (const auto& commission : scoped.data.commissions) {
        if (commission.key == chosen->commission->key) {
            chosen->commission = &commission;
            scoped.scope = std::move(chosen);
            break;
        }
    }
    return scoped;
}

}  // namespace vincula::web
