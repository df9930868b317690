// Rules on date ranges: a start not after its end.
#include <optional>
#include <string_view>
#include <tuple>

#include "common/messages.h"
#include "domain/validate.h"

namespace vincula::domain {
namespace {

using common::Date;
using common::field_error;
using common::FieldErrors;
using common::join_path;

// A record's range: its start, its end, and the name of the end's field.
using Range = std::tuple<std::optional<Date>, std::optional<Date>, std::string_view>;

template <class T, class... Getters>
void check_ranges(std::string_view array, const std::vector<T>& records, const NewRecords& fresh,
                  FieldErrors& errors, Getters... ranges_of) {
    for (std::size_t i = 0; i < records.size(); ++i) {
        if (!fresh.is_new(array, i)) {
            continue;
        }
        auto check = [&](const Range& range) {
            const auto& [from, to, to_field] = range;
            if (from && to && *to < *from) {
                errors.push_back(field_error(join_path(fresh.path(array, i), std::string(to_field)),
                                             "rango_fechas", {to->to_iso(), from->to_iso()}));
            }
        };
        (check(ranges_of(records[i])), ...);
    }
}

}  // namespace

void check_range_rules(const Dataset& data, const NewRecords& fresh, FieldErrors& errors) {
    check_ranges("no_activity", data.no_activity, fresh, errors, [](const NoActivity& r) {
        return Range{r.from, r.to, "to"};
    });
    check_ranges("action_texts", data.action_texts, fresh, errors, [](const ActionText& r) {
        return Range{r.from, r.to, "to"};
    });
    check_ranges(
        "documents", data.documents, fresh, errors,
        [](const Document& r) {
            return Range{r.presented_from, r.presented_to, "presented_to"};
        },
        [](const Document& r) {
            return Range{r.covers_from, r.covers_to, "covers_to"};
        });
    check_ranges("convenios", data.convenios, fresh, errors, [](const Convenio& r) {
        return Range{r.valid_from, r.valid_to, "valid_to"};
    });
    check_ranges("accompaniments", data.accompaniments, fresh, errors, [](const Accompaniment& r) {
        return Range{r.from, r.to, "to"};
    });
    check_ranges("pertinence_opinions", data.pertinence_opinions, fresh, errors,
                 [](const PertinenceOpinion& r) {
                     return Range{r.issued_from, r.issued_to, "issued_to"};
                 });
    check_ranges("convenio_baselines", data.convenio_baselines, fresh, errors,
                 [](const ConvenioBaseline& r) {
                     return Range{r.since, r.as_of, "as_of"};
                 });
}

}  // namespace vincula::domain
