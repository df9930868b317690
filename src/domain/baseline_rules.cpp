// Rules on the figures a convenio baseline states: they must agree with each
// other before the report quotes them («853 firmados, 731 concluidos, 122
// vigentes»; «22 convenios: 18 … dos … tres» must add up to 22). A
// negative count is refused by the fields' bounds; these rules then stay
// quiet rather than add a second error about the same number.
#include <map>
#include <string_view>

#include "common/messages.h"
#include "domain/validate.h"

namespace vincula::domain {
namespace {

using common::field_error;
using common::FieldErrors;
using common::join_path;

// A breakdown's rows add up to the instruments signed, and none repeats
// what it breaks down by (a sector, a type).
template <class Row, class KeyOf>
void check_breakdown(const std::string& path, std::string_view field, std::string_view key_field,
                     std::string_view by_what, const std::vector<Row>& rows, int signed_count,
                     KeyOf key_of, FieldErrors& errors) {
    if (rows.empty()) {
        return;
    }
    auto breakdown_path = join_path(path, std::string(field));
    std::map<std::string_view, std::size_t> first_row;
    long total = 0;
    bool negative = false;
    std::string addition;
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const auto& row = rows[i];
        negative = negative || row.count < 0;
        total += row.count;
        addition += (i == 0 ? "" : " + ") + std::to_string(row.count);
        auto key = key_of(row);
        auto [first, inserted] = first_row.emplace(key, i);
        if (!inserted) {
            auto row_path = common::index_path(breakdown_path, i);
            errors.push_back(field_error(
                join_path(row_path, std::string(key_field)), "desglose_repetido",
                {std::string(key), common::index_path(std::string(field), first->second)}));
        }
    }
    if (!negative && signed_count >= 0 && total != signed_count) {
        errors.push_back(field_error(
            breakdown_path, "desglose_suma",
            {std::string(by_what), std::to_string(total), addition, std::to_string(signed_count)}));
    }
}

void check_baseline(const ConvenioBaseline& baseline, const std::string& path,
                    FieldErrors& errors) {
    auto signed_count = baseline.signed_count;
    auto in_force = baseline.in_force_count;
    if (signed_count >= 0 && in_force > signed_count) {
        errors.push_back(field_error(join_path(path, "in_force"), "vigentes_no_mas_que_suscritos",
                                     {std::to_string(in_force), std::to_string(signed_count)}));
    }
    if (baseline.concluded_count && *baseline.concluded_count >= 0 && in_force >= 0 &&
        signed_count >= 0 && in_force + *baseline.concluded_count != signed_count) {
        auto concluded = *baseline.concluded_count;
        errors.push_back(
            field_error(join_path(path, "concluded"), "vigentes_y_concluidos_suman_suscritos",
                        {std::to_string(in_force), std::to_string(concluded),
                         std::to_string(in_force + concluded), std::to_string(signed_count)}));
    }
    check_breakdown(
        path, "by_sector", "sector", "por sector", baseline.by_sector, signed_count,
        [](const SectorCount& row) { return to_wire(row.sector); }, errors);
    check_breakdown(
        path, "by_type", "type", "por tipo de instrumento", baseline.by_type, signed_count,
        [](const TypeCount& row) { return to_wire(row.type); }, errors);
}

}  // namespace

void check_baseline_rules(const Dataset& data, const NewRecords& fresh, FieldErrors& errors) {
    for (std::size_t i = 0; i < data.convenio_baselines.size(); ++i) {
        if (fresh.is_new("convenio_baselines", i)) {
            check_baseline(data.convenio_baselines[i], fresh.path("convenio_baselines", i), errors);
        }
    }
}

}  // namespace vincula::domain
