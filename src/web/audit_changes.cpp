#include "web/audit_changes.h"

#include <set>

#include "api/record_json.h"
#include "web/captions.h"
#include "web/labels.h"
#include "web/record_form.h"
#include "web/record_pages.h"

namespace vincula::web {
namespace {

const nlohmann::json& field_of(const nlohmann::json& record, const std::string& name) {
    static const nlohmann::json absent;
    return record.is_object() && record.contains(name) ? record[name] : absent;
}

}  // namespace

nlohmann::json field_changes(std::string_view array, const nlohmann::json& before,
                             const nlohmann::json& after) {
    // The form's fields, in the record's order; nested ones by their head
    // («ceremony»), whose value is compared whole.
    std::set<std::string> choices;
    std::vector<std::string> names;
    std::set<std::string> seen;
    for (const auto& field : form_fields(array)) {
        auto head = field.name.substr(0, field.name.find('.'));
        if (field.kind == InputKind::Choice && head == field.name) {
            choices.insert(head);
        }
        if (seen.insert(head).second) {
            names.push_back(head);
        }
    }
    // Whatever the entry holds that no form shows (an older field) too.
    for (const auto* record : {&before, &after}) {
        if (record->is_object()) {
            for (const auto& [name, value] : record->items()) {
                if (seen.insert(name).second) {
                    names.push_back(name);
                }
            }
        }
    }
    nlohmann::json rows = nlohmann::json::array();
    for (const auto& name : names) {
        const auto& was = field_of(before, name);
        const auto& is = field_of(after, name);
        if (was == is) {
            continue;
        }
        auto label = field_label(name);
        bool is_choice = choices.contains(name);
        rows.push_back(
            {{"label", label.empty() ? name : std::string(label)},
             {"before", cell_text(was.is_object() ? nlohmann::json(was.dump()) : was, is_choice)},
             {"after", cell_text(is.is_object() ? nlohmann::json(is.dump()) : is, is_choice)}});
    }
    return rows;
}

std::string changed_record_caption(std::string_view array, const nlohmann::json& before,
                                   const nlohmann::json& after, const std::string& key) {
    const auto& shown = after.is_object() ? after : before;
    if (!shown.is_object()) {
        return key;
    }
    auto record = api::record_from_json(array, shown);
    return record ? record_caption(*record, domain::Dataset{}, key) : key;
}

}  // namespace vincula::web
