#include "bundle/record_reader.h"

#include <algorithm>
#include <limits>

#include "lang/text.h"

namespace vincula::bundle {

using common::field_error;

std::string json_kind(const nlohmann::json& value) {
    switch (value.type()) {
        case nlohmann::json::value_t::null:
            return "null";
        case nlohmann::json::value_t::object:
            return "un objeto";
        case nlohmann::json::value_t::array:
            return "una lista";
        case nlohmann::json::value_t::string:
            return "el texto \"" + value.get<std::string>() + "\"";
        case nlohmann::json::value_t::boolean:
            return value.get<bool>() ? "true" : "false";
        case nlohmann::json::value_t::number_integer:
        case nlohmann::json::value_t::number_unsigned:
        case nlohmann::json::value_t::number_float:
            return "el número " + value.dump();
        default:
            return "un valor de otro tipo";
    }
}

void RecordReader::finish() {
    std::string valid;
    for (auto known : m_known) {
        valid += valid.empty() ? "" : ", ";
        valid += known;
    }
    for (const auto& [name, value] : m_object.items()) {
        if (std::find(m_known.begin(), m_known.end(), name) == m_known.end()) {
            m_errors.push_back(
                field_error(common::join_path(m_path, name), "campo_conocido", {name, valid}));
        }
    }
}

bool RecordReader::read(const std::string& path, const nlohmann::json& json, std::string& value,
                        const domain::FieldSpec& spec) {
    if (!json.is_string()) {
        m_errors.push_back(field_error(path, "tipo_texto", {json_kind(json)}));
        return false;
    }
    // Stray and doubled spaces of a pasted name would print as they came.
    const auto& text = json.get_ref<const std::string&>();
    value = m_stored ? text : spec.prose ? lang::trim_spaces(text) : lang::tidy_spaces(text);
    return true;
}

bool RecordReader::read(const std::string& path, const nlohmann::json& json, long& value,
                        const domain::FieldSpec&) {
    if (!json.is_number_integer()) {
        m_errors.push_back(field_error(path, "tipo_entero", {json_kind(json)}));
        return false;
    }
    value = json.get<long>();
    return true;
}

bool RecordReader::read(const std::string& path, const nlohmann::json& json, int& value,
                        const domain::FieldSpec& spec) {
    long wide = 0;
    if (!read(path, json, wide, spec)) {
        return false;
    }
    if (wide < std::numeric_limits<int>::min() || wide > std::numeric_limits<int>::max()) {
        m_errors.push_back(
            field_error(path, "rango_numero",
                        {json.dump(), std::to_string(std::numeric_limits<int>::min()),
                         std::to_string(std::numeric_limits<int>::max())}));
        return false;
    }
    value = static_cast<int>(wide);
    return true;
}

bool RecordReader::read(const std::string& path, const nlohmann::json& json, double& value,
                        const domain::FieldSpec&) {
    if (!json.is_number()) {
        m_errors.push_back(field_error(path, "tipo_numero", {json_kind(json)}));
        return false;
    }
    value = json.get<double>();
    return true;
}

bool RecordReader::read(const std::string& path, const nlohmann::json& json, bool& value,
                        const domain::FieldSpec&) {
    if (!json.is_boolean()) {
        m_errors.push_back(field_error(path, "tipo_booleano", {json_kind(json)}));
        return false;
    }
    value = json.get<bool>();
    return true;
}

bool RecordReader::read(const std::string& path, const nlohmann::json& json, common::Date& value,
                        const domain::FieldSpec&) {
    if (!json.is_string()) {
        m_errors.push_back(field_error(path, "tipo_texto", {json_kind(json)}));
        return false;
    }
    const auto& text = json.get_ref<const std::string&>();
    auto date = common::Date::parse_iso(text);
    if (!date) {
        m_errors.push_back(field_error(path, "fecha_valida", {text}));
        return false;
    }
    value = *date;
    return true;
}

bool RecordReader::read(const std::string& path, const nlohmann::json& json,
                        common::TimeOfDay& value, const domain::FieldSpec&) {
    if (!json.is_string()) {
        m_errors.push_back(field_error(path, "tipo_texto", {json_kind(json)}));
        return false;
    }
    const auto& text = json.get_ref<const std::string&>();
    auto time = common::TimeOfDay::parse(text);
    if (!time) {
        m_errors.push_back(field_error(path, "hora_valida", {text}));
        return false;
    }
    value = *time;
    return true;
}

bool RecordReader::read(const std::string& path, const nlohmann::json& json, domain::Counts& value,
                        const domain::FieldSpec& spec) {
    if (!json.is_object()) {
        m_errors.push_back(field_error(path, "tipo_objeto", {json_kind(json)}));
        return false;
    }
    bool all_read = true;
    for (const auto& [name, count] : json.items()) {
        long number = 0;
        if (read(common::join_path(path, name), count, number, spec)) {
            value[name] = number;
        } else {
            all_read = false;
        }
    }
    return all_read;
}

}  // namespace vincula::bundle
