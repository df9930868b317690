// A baseline states what the old register counted from its `since` to its
// `as_of`; the convenio records signed in those days are part of that
// figure, not added to it (the report adds only those signed after). When
// the records of the span already exceed a stated figure (instruments
// signed, in force, of a sector or of a type), the figure or the records'
// dates are wrong, and so would be the totals the report quotes. The
// baseline checked is the one the report of the period starts from.
#include <algorithm>

#include "checks/catalogue.h"
#include "checks/checks.h"
#include "checks/phrases.h"
#include "domain/convenio_registry.h"
#include "domain/naming.h"
#include "lang/plurals.h"

namespace vincula::checks {
namespace {

struct Exceeded {
    std::string field;
    std::string stated;   // «103 instrumentos suscritos»
    std::string records;  // «con firma del … al …»
    long counted = 0;
};

// The stated row of a breakdown for `key`, its index, and its count (0 when
// the breakdown leaves it out).
template <class Row, class Key>
std::pair<std::string, long> stated_row(const std::vector<Row>& rows, std::string_view field,
                                        Key key, Key Row::*member) {
    for (std::size_t i = 0; i < rows.size(); ++i) {
        if (rows[i].*member == key) {
            return {std::string(field) + "[" + std::to_string(i) + "]", rows[i].count};
        }
    }
    return {std::string(field), 0};
}

std::vector<Exceeded> exceeded(const domain::Dataset& data,
                               const domain::ConvenioBaseline& baseline) {
    auto records = domain::count_signed(data, baseline.since, baseline.as_of);
    auto span = "firma " + date_range_phrase(baseline.since, baseline.as_of);
    std::vector<Exceeded> found;
    if (records.signed_count > baseline.signed_count) {
        found.push_back({"signed", lang::counted(baseline.signed_count, "instrumento suscrito"),
                         "con " + span, records.signed_count});
    }
    if (records.in_force > baseline.in_force_count) {
        found.push_back({"in_force", lang::counted(baseline.in_force_count, "instrumento vigente"),
                         "con " + span + " y vigentes en esa fecha", records.in_force});
    }
    if (!baseline.by_sector.empty()) {
        for (const auto& [sector, counted] : records.by_sector) {
            auto [field, stated] =
                stated_row(baseline.by_sector, "by_sector", sector, &domain::SectorCount::sector);
            if (counted > stated) {
                auto plural = lang::plural(domain::sector_name(sector));
                found.push_back({field,
                                 lang::counted(stated, "instrumento suscrito") + " con " +
                                     domain::sector_phrase(sector, stated),
                                 "con " + plural + " y " + span, counted});
            }
        }
    }
    if (!baseline.by_type.empty()) {
        for (const auto& [type, counted] : records.by_type) {
            auto [field, stated] =
                stated_row(baseline.by_type, "by_type", type, &domain::TypeCount::type);
            if (counted > stated) {
                auto kind = "del tipo «" + std::string(domain::convenio_type_name(type)) + "»";
                found.push_back({field, lang::counted(stated, "instrumento suscrito") + " " + kind,
                                 kind + " con " + span, counted});
            }
        }
    }
    return found;
}

}  // namespace

void check_baseline_records(const Context& context, Findings& findings) {
    if (!context.follows_convenios()) {
        return;
    }
    const auto* baseline = domain::baseline_on(context.data(), context.period().to());
    if (baseline == nullptr) {
        return;
    }
    auto named = "«" + baseline->source + "» (" + baseline->key + ")";
    for (const auto& found : exceeded(context.data(), *baseline)) {
        findings.push_back(make_finding(
            "cifra_historica_rebasada", RecordRef{"convenio_baselines", baseline->key, found.field},
            {named, found.stated, found.records, std::to_string(found.counted)}));
    }
}

}  // namespace vincula::checks
