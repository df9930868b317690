#include "api/record_json.h"

#include <algorithm>

#include "bundle/record_reader.h"
#include "bundle/record_writer.h"
#include "domain/key_index.h"

namespace vincula::api {
namespace {

template <class T>
struct IsScalar : std::bool_constant<std::is_same_v<T, std::string> || std::is_same_v<T, int> ||
                                     std::is_same_v<T, long> || std::is_same_v<T, double> ||
                                     std::is_same_v<T, bool> || std::is_same_v<T, common::Date> ||
                                     std::is_same_v<T, common::TimeOfDay> || domain::WireEnum<T>> {
};
template <class T>
struct IsScalar<std::optional<T>> : IsScalar<T> {};

struct ScalarFields {
    std::vector<std::string> names;
    template <class T>
    void field(std::string_view name, const T&, domain::FieldSpec spec = {}) {
        if (IsScalar<T>::value && !spec.stored_apart) {
            names.emplace_back(name);
        }
    }
};

}  // namespace

bool ArrayFields::has(std::string_view field) const {
    return std::find(scalar.begin(), scalar.end(), field) != scalar.end();
}

bool is_array(std::string_view array) {
    // Asked on every request: the names listed once, not an empty dataset
    // built and walked each time.
    static const std::vector<std::string> names = [] {
        std::vector<std::string> listed;
        domain::Dataset empty;
        domain::for_each_array(
            empty, [&](domain::ArrayInfo info, auto&) { listed.emplace_back(info.name); });
        return listed;
    }();
    return std::find(names.begin(), names.end(), array) != names.end();
}

ArrayFields array_fields(std::string_view array) {
    ArrayFields fields;
    domain::Dataset empty;
    domain::with_array(empty, array, [&](domain::ArrayInfo, auto& records) {
        using T = typename std::decay_t<decltype(records)>::value_type;
        const T sample{};
        ScalarFields scalar;
        T::describe(sample, scalar);
        fields.scalar = std::move(scalar.names);
        fields.key = domain::key_field_name<T>();
    });
    return fields;
}

nlohmann::ordered_json records_to_json(const domain::Dataset& data, std::string_view array,
                                       const std::vector<std::int64_t>& ids) {
    nlohmann::ordered_json list = nlohmann::ordered_json::array();
    domain::with_array(data, array, [&](domain::ArrayInfo, const auto& records) {
        using T = typename std::decay_t<decltype(records)>::value_type;
        bool keyless = domain::key_field_name<T>().empty();
        for (std::size_t i = 0; i < records.size(); ++i) {
            auto object = bundle::RecordWriter::to_json(records[i]);
            if (keyless && i < ids.size()) {
                nlohmann::ordered_json with_id{{"id", ids[i]}};
                with_id.update(object);
                object = std::move(with_id);
            }
            list.push_back(std::move(object));
        }
    });
    return list;
}

common::Result<domain::Dataset> record_from_json(std::string_view array,
                                                 const nlohmann::json& object) {
    domain::Dataset data;
    common::FieldErrors errors;
    domain::with_array(data, array, [&](domain::ArrayInfo, auto& records) {
        using T = typename std::decay_t<decltype(records)>::value_type;
        T record{};
        nlohmann::json body = object;
        if (body.is_object() && domain::key_field_name<T>().empty()) {
            body.erase("id");  // the address of a keyless record, not a field
        }
        bundle::RecordReader::read_record(body, "", record, errors);
        records.push_back(std::move(record));
    });
    if (!errors.empty()) {
        return errors;
    }
    return data;
}

std::string only_key(const domain::Dataset& data, std::string_view array) {
    std::string key;
    domain::with_array(data, array, [&](domain::ArrayInfo, const auto& records) {
        if (!records.empty()) {
            key = domain::record_key(records.front());
        }
    });
    return key;
}

}  // namespace vincula::api
