#pragma once

#include <string_view>
#include <type_traits>

#include <nlohmann/json.hpp>

#include "common/date.h"
#include "domain/describe.h"
#include "domain/enums.h"

namespace vincula::bundle {

// Writes a record as a JSON object in its describe() order. Canonical: absent
// optionals, empty lists and false flags are left out, so what was omitted on
// import is omitted on export and export → import → export is byte-identical.
class RecordWriter {
public:
    explicit RecordWriter(nlohmann::ordered_json& out) : m_out(out) {}

    template <class T>
    void field(std::string_view name, const T& value, domain::FieldSpec = {}) {
        if constexpr (domain::IsOptional<T>::value) {
            if (value) {
                m_out[std::string(name)] = to_json(*value);
            }
        } else if constexpr (domain::IsVector<T>::value || std::is_same_v<T, domain::Counts>) {
            if (!value.empty()) {
                m_out[std::string(name)] = to_json(value);
            }
        } else if constexpr (std::is_same_v<T, bool>) {
            if (value) {
                m_out[std::string(name)] = true;
            }
        } else {
            m_out[std::string(name)] = to_json(value);
        }
    }

    template <domain::Record T>
    static nlohmann::ordered_json to_json(const T& record) {
        nlohmann::ordered_json out = nlohmann::ordered_json::object();
        RecordWriter writer(out);
        T::describe(record, writer);
        return out;
    }

    static nlohmann::ordered_json to_json(const std::string& value) { return value; }
    static nlohmann::ordered_json to_json(int value) { return value; }
    static nlohmann::ordered_json to_json(long value) { return value; }
    static nlohmann::ordered_json to_json(double value) { return value; }
    static nlohmann::ordered_json to_json(bool value) { return value; }
    static nlohmann::ordered_json to_json(const common::Date& value) { return value.to_iso(); }
    static nlohmann::ordered_json to_json(const common::TimeOfDay& value) {
        return value.to_string();
    }
    static nlohmann::ordered_json to_json(const domain::Counts& counts) {
        nlohmann::ordered_json out = nlohmann::ordered_json::object();
        for (const auto& [name, count] : counts) {
            out[name] = count;
        }
        return out;
    }
    template <domain::WireEnum E>
    static nlohmann::ordered_json to_json(E value) {
        return std::string(domain::to_wire(value));
    }
    template <class T>
    static nlohmann::ordered_json to_json(const std::vector<T>& values) {
        nlohmann::ordered_json out = nlohmann::ordered_json::array();
        for (const auto& value : values) {
            out.push_back(to_json(value));
        }
        return out;
    }

private:
    nlohmann::ordered_json& m_out;
};

}  // namespace vincula::bundle
