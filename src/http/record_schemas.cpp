#include "http/record_schemas.h"

#include <string>

#include "common/date.h"
#include "domain/dataset.h"

namespace vincula::http {
namespace {

class SchemaWriter {
public:
    template <class T>
    void field(std::string_view name, const T& value, domain::FieldSpec spec = {}) {
        auto schema = of(value, spec);
        if (spec.refers != domain::Refers::Nothing && !spec.is_key) {
            schema["description"] =
                "Clave de un registro de " + std::string(domain::referred_array_name(spec.refers));
        }
        // An agreement's code is assigned from its session when left out.
        bool assigned = spec.is_key && spec.text == domain::TextRule::AgreementCode;
        if (spec.is_key) {
            schema["description"] = assigned ? "Clave del registro; si se omite y se indica la "
                                               "sesión, se asigna el siguiente código"
                                             : "Clave del registro";
        }
        m_properties[std::string(name)] = schema;
        if (required(value) && !assigned && !spec.defaulted) {
            m_required.push_back(std::string(name));
        }
    }

    nlohmann::ordered_json result() const {
        nlohmann::ordered_json schema{{"type", "object"}, {"properties", m_properties}};
        if (!m_required.empty()) {
            schema["required"] = m_required;
        }
        schema["additionalProperties"] = false;
        return schema;
    }

    template <domain::Record T>
    static nlohmann::ordered_json of_record() {
        const T sample{};
        SchemaWriter writer;
        T::describe(sample, writer);
        return writer.result();
    }

private:
    // What the bundle reader lets a record leave out.
    template <class T>
    static bool required(const T&) {
        return !(domain::IsOptional<T>::value || domain::IsVector<T>::value ||
                 std::is_same_v<T, domain::Counts> || std::is_same_v<T, bool>);
    }

    static nlohmann::ordered_json of(const std::string&, domain::FieldSpec spec) {
        nlohmann::ordered_json schema{{"type", "string"}, {"minLength", 1}};
        if (spec.text == domain::TextRule::AgreementCode) {
            // AgreementCode's grammar: a prefix, the number, a separator, the year.
            schema["pattern"] = "^[A-Z]([A-Z0-9/_.-]*[A-Z/_.-])?[0-9]{1,5}[/-]([0-9]{2}|[0-9]{4})$";
        } else if (spec.text == domain::TextRule::Email) {
            schema["format"] = "email";
        }
        return schema;
    }
    static nlohmann::ordered_json of(int, domain::FieldSpec) { return {{"type", "integer"}}; }
    static nlohmann::ordered_json of(long, domain::FieldSpec) { return {{"type", "integer"}}; }
    static nlohmann::ordered_json of(double, domain::FieldSpec) { return {{"type", "number"}}; }
    static nlohmann::ordered_json of(bool, domain::FieldSpec) { return {{"type", "boolean"}}; }
    static nlohmann::ordered_json of(const common::Date&, domain::FieldSpec) {
        return {{"type", "string"}, {"format", "date"}};
    }
    static nlohmann::ordered_json of(const common::TimeOfDay&, domain::FieldSpec) {
        return {{"type", "string"}, {"pattern", "^[0-2][0-9]:[0-5][0-9]$"}};
    }
    static nlohmann::ordered_json of(const domain::Counts&, domain::FieldSpec) {
        return {{"type", "object"}, {"additionalProperties", {{"type", "integer"}}}};
    }
    template <domain::WireEnum E>
    static nlohmann::ordered_json of(E, domain::FieldSpec) {
        nlohmann::ordered_json names = nlohmann::ordered_json::array();
        for (const auto& [value, name] : domain::WireNames<E>::values) {
            names.push_back(std::string(name));
        }
        return {{"type", "string"}, {"enum", names}};
    }
    template <class T>
    static nlohmann::ordered_json of(const std::optional<T>&, domain::FieldSpec spec) {
        return of(T{}, spec);
    }
    template <class T>
    static nlohmann::ordered_json of(const std::vector<T>&, domain::FieldSpec spec) {
        return {{"type", "array"}, {"items", of(T{}, spec)}};
    }
    template <domain::Record T>
    static nlohmann::ordered_json of(const T&, domain::FieldSpec) {
        return of_record<T>();
    }

    nlohmann::ordered_json m_properties = nlohmann::ordered_json::object();
    std::vector<std::string> m_required;
};

}  // namespace

nlohmann::ordered_json record_schemas() {
    nlohmann::ordered_json schemas = nlohmann::ordered_json::object();
    domain::Dataset empty;
    domain::for_each_array(empty, [&](domain::ArrayInfo info, const auto& records) {
        using T = typename std::decay_t<decltype(records)>::value_type;
        schemas[std::string(info.name)] = SchemaWriter::of_record<T>();
    });
    return schemas;
}

}  // namespace vincula::http
