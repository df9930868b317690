#pragma once

#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

#include <nlohmann/json.hpp>

#include "common/date.h"
#include "common/field_error.h"
#include "common/messages.h"
#include "domain/agreement_code.h"
#include "domain/describe.h"
#include "domain/enums.h"

namespace vincula::bundle {

// «un texto», «un número», «una lista»…: what a JSON value is, for messages.
std::string json_kind(const nlohmann::json& value);

// Reads one JSON object into a record through its describe(): every type
// problem, missing required field and unknown field is collected with its
// path; nothing stops at the first one.
class RecordReader {
public:
    RecordReader(const nlohmann::json& object, std::string path, common::FieldErrors& errors)
        : m_object(object), m_path(std::move(path)), m_errors(errors) {}

    template <class T>
    void field(std::string_view name, T& value, domain::FieldSpec spec = {}) {
        m_known.push_back(name);
        auto path = common::join_path(m_path, std::string(name));
        auto found = m_object.find(name);
        bool present = found != m_object.end() && !found->is_null();
        if constexpr (domain::IsOptional<T>::value) {
            value.reset();
            if (present) {
                typename T::value_type inner{};
                if (read(path, *found, inner, spec)) {
                    value = std::move(inner);
                }
            }
        } else if constexpr (domain::IsVector<T>::value || std::is_same_v<T, domain::Counts> ||
                             std::is_same_v<T, bool>) {
            if (present) {
                read(path, *found, value, spec);
            }
        } else if (!present && !spec.defaulted) {
            m_errors.push_back(common::field_error(path, "obligatorio"));
        } else if (!present) {
            return;
        } else {
            read(path, *found, value, spec);
        }
    }

    // Reports fields the record does not have (typos are not dropped silently).
    void finish();

    template <domain::Record T>
    static void read_record(const nlohmann::json& json, const std::string& path, T& record,
                            common::FieldErrors& errors) {
        if (!json.is_object()) {
            errors.push_back(common::field_error(path, "tipo_objeto", {json_kind(json)}));
            return;
        }
        RecordReader reader(json, path, errors);
        T::describe(record, reader);
        reader.finish();
    }

    // Reads any field value (a nested record, a list, counts…) from JSON
    // that storage wrote from a validated record: kept exactly as written.
    template <class T>
    static bool read_value(const nlohmann::json& json, T& value, common::FieldErrors& errors) {
        static const nlohmann::json empty = nlohmann::json::object();
        RecordReader reader(empty, "", errors);
        reader.m_stored = true;
        return reader.read("", json, value, domain::FieldSpec{});
    }

private:
    bool read(const std::string& path, const nlohmann::json& json, std::string& value,
              const domain::FieldSpec& spec);
    bool read(const std::string& path, const nlohmann::json& json, int& value,
              const domain::FieldSpec&);
    bool read(const std::string& path, const nlohmann::json& json, long& value,
              const domain::FieldSpec&);
    bool read(const std::string& path, const nlohmann::json& json, double& value,
              const domain::FieldSpec&);
    bool read(const std::string& path, const nlohmann::json& json, bool& value,
              const domain::FieldSpec&);
    bool read(const std::string& path, const nlohmann::json& json, common::Date& value,
              const domain::FieldSpec&);
    bool read(const std::string& path, const nlohmann::json& json, common::TimeOfDay& value,
              const domain::FieldSpec&);
    bool read(const std::string& path, const nlohmann::json& json, domain::Counts& value,
              const domain::FieldSpec&);

    template <domain::WireEnum E>
    bool read(const std::string& path, const nlohmann::json& json, E& value,
              const domain::FieldSpec&) {
        if (!json.is_string()) {
            m_errors.push_back(common::field_error(path, "tipo_texto", {json_kind(json)}));
            return false;
        }
        auto text = json.get_ref<const std::string&>();
        auto parsed = domain::from_wire<E>(text);
        if (!parsed) {
            m_errors.push_back(common::field_error(path, "valor_permitido",
                                                   {text, domain::allowed_wire_values<E>()}));
            return false;
        }
        value = *parsed;
        return true;
    }

    template <class T>
    bool read(const std::string& path, const nlohmann::json& json, std::vector<T>& values,
              const domain::FieldSpec& spec) {
        if (!json.is_array()) {
            m_errors.push_back(common::field_error(path, "tipo_lista", {json_kind(json)}));
            return false;
        }
        values.clear();
        values.reserve(json.size());
        bool all_read = true;
        for (std::size_t i = 0; i < json.size(); ++i) {
            T element{};
            if (read(common::index_path(path, i), json[i], element, spec)) {
                values.push_back(std::move(element));
            } else {
                all_read = false;
            }
        }
        return all_read;
    }

    template <domain::Record T>
    bool read(const std::string& path, const nlohmann::json& json, T& record,
              const domain::FieldSpec&) {
        auto before = m_errors.size();
        if (!json.is_object()) {
            m_errors.push_back(common::field_error(path, "tipo_objeto", {json_kind(json)}));
            return false;
        }
        RecordReader nested(json, path, m_errors);
        nested.m_stored = m_stored;
        T::describe(record, nested);
        nested.finish();
        return m_errors.size() == before;
    }

    const nlohmann::json& m_object;
    std::string m_path;
    common::FieldErrors& m_errors;
    std::vector<std::string_view> m_known;
    // Stored text was tidied when it came in (read_value).
    bool m_stored = false;
};

}  // namespace vincula::bundle
