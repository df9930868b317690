#include "domain/validate.h"

#include <unordered_map>

#include "common/messages.h"
#include "domain/field_rules.h"
#include "domain/key_index.h"

namespace vincula::domain {

bool NewRecords::is_new(std::string_view array, std::size_t index) const {
    auto found = m_first_new.find(array);
    return found == m_first_new.end() || index >= found->second;
}

std::string NewRecords::path(std::string_view array, std::size_t index) const {
    auto found = m_first_new.find(array);
    auto offset = found == m_first_new.end() ? 0 : found->second;
    return common::index_path(std::string(array), index - offset);
}

namespace {

template <Record T>
void check_unique_keys(std::string_view array, const std::vector<T>& records,
                       const NewRecords& fresh, common::FieldErrors& errors) {
    auto field = key_field_name<T>();
    if (field.empty()) {
        return;
    }
    std::unordered_map<std::string, std::size_t> first_index;
    first_index.reserve(records.size());
    for (std::size_t i = 0; i < records.size(); ++i) {
        auto key = record_key(records[i]);
        auto [it, inserted] = first_index.emplace(key, i);
        if (inserted || !fresh.is_new(array, i)) {
            continue;
        }
        auto path = common::join_path(fresh.path(array, i), field);
        if (fresh.is_new(array, it->second)) {
            errors.push_back(
                common::field_error(path, "clave_unica", {key, fresh.path(array, it->second)}));
        } else {
            errors.push_back(common::field_error(path, "clave_existente", {key}));
        }
    }
}

}  // namespace

common::FieldErrors validate(const Dataset& data, const FirstNew& first_new) {
    common::FieldErrors errors;
    NewRecords fresh(first_new);
    auto keys = KeyIndex::of(data);
    for_each_array(data, [&](ArrayInfo info, const auto& records) {
        check_unique_keys(info.name, records, fresh, errors);
        for (std::size_t i = 0; i < records.size(); ++i) {
            if (fresh.is_new(info.name, i)) {
                check_fields(records[i], fresh.path(info.name, i), keys, errors);
            }
        }
    });
    check_record_rules(data, fresh, errors);
    return errors;
}

}  // namespace vincula::domain
