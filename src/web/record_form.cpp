#include "web/record_form.h"

#include <algorithm>
#include <charconv>
#include <set>
#include <sstream>

#include "bundle/json_input.h"
#include "common/date.h"
#include "domain/assigned_fields.h"
#include "domain/wire_enum.h"
#include "web/captions.h"
#include "web/labels.h"

namespace vincula::web {
namespace {

// Texts long enough for a textarea.
bool long_text(std::string_view name) {
    static const std::set<std::string_view> names = {
        "title",      "text",        "object",   "description", "instrument",       "info",
        "reason",     "purpose",     "question", "legal_basis", "rejection_reason", "subject",
        "area_label", "instruction", "evidence", "summary"};
    return names.contains(name);
}

class FieldCollector {
public:
    explicit FieldCollector(std::string prefix = {}) : m_prefix(std::move(prefix)) {}

    template <class T>
    void field(std::string_view name, const T& value, domain::FieldSpec spec = {}) {
        FormField field;
        field.name = m_prefix + std::string(name);
        field.label = std::string(field_label(name));
        field.is_key = spec.is_key;
        field.refers = spec.refers;
        // An agreement's own code is assigned; a key that names another
        // record (a vote's or a follow-up's agreement) is chosen.
        field.assigned = spec.is_key && spec.text == domain::TextRule::AgreementCode &&
                         spec.refers == domain::Refers::Nothing;
        field.required = !m_optional && !field.assigned && !spec.defaulted && required(value);
        if (add(field, value, spec)) {
            m_fields.push_back(std::move(field));
        }
    }

    std::vector<FormField> take() { return std::move(m_fields); }

private:
    template <class T>
    static bool required(const T&) {
        return !(domain::IsOptional<T>::value || domain::IsVector<T>::value ||
                 std::is_same_v<T, domain::Counts> || std::is_same_v<T, bool>);
    }

    bool add(FormField& field, const std::string&, domain::FieldSpec spec) {
        if (spec.refers != domain::Refers::Nothing) {
            field.kind = InputKind::Reference;
        } else if (spec.text == domain::TextRule::Email) {
            field.kind = InputKind::Email;
        } else {
            field.kind = long_text(field.name.substr(field.name.rfind('.') + 1))
                             ? InputKind::LongText
                             : InputKind::Text;
        }
        return true;
    }
    bool add(FormField& field, int, domain::FieldSpec) {
        field.kind = InputKind::Integer;
        return true;
    }
    bool add(FormField& field, long, domain::FieldSpec) {
        field.kind = InputKind::Integer;
        return true;
    }
    bool add(FormField& field, double, domain::FieldSpec) {
        field.kind = InputKind::Decimal;
        return true;
    }
    bool add(FormField& field, bool, domain::FieldSpec) {
        field.kind = InputKind::Checkbox;
        return true;
    }
    bool add(FormField& field, const common::Date&, domain::FieldSpec) {
        field.kind = InputKind::Date;
        return true;
    }
    bool add(FormField& field, const common::TimeOfDay&, domain::FieldSpec) {
        field.kind = InputKind::Time;
        return true;
    }
    bool add(FormField& field, const domain::Counts&, domain::FieldSpec) {
        field.kind = InputKind::Counts;
        return true;
    }
    template <domain::WireEnum E>
    bool add(FormField& field, E sample, domain::FieldSpec) {
        field.kind = InputKind::Choice;
        for (const auto& [value, name] : domain::WireNames<E>::values) {
            field.choices.emplace_back(name);
            if (value == sample && field.name.find('.') == std::string::npos) {
                field.preset = name;
            }
        }
        return true;
    }
    template <class T>
    bool add(FormField& field, const std::optional<T>&, domain::FieldSpec spec) {
        if constexpr (domain::Record<T>) {
            // A nested record (a signing ceremony): its fields, prefixed,
            // all optional as the whole is.
            FieldCollector nested(field.name + ".");
            nested.m_optional = true;
            T sample{};
            T::describe(sample, nested);
            for (auto& inner : nested.take()) {
                inner.label = field.label + ": " + inner.label;
                m_fields.push_back(std::move(inner));
            }
            return false;
        } else {
            return add(field, T{}, spec);
        }
    }
    template <class T>
    bool add(FormField& field, const std::vector<T>&, domain::FieldSpec spec) {
        if constexpr (std::is_same_v<T, std::string>) {
            field.kind =
                spec.refers != domain::Refers::Nothing ? InputKind::References : InputKind::Lines;
        } else if constexpr (domain::Record<T>) {
            // Records of scalars only (a category: key, label, ages) are a
            // table of inputs; deeper ones stay JSON.
            FieldCollector nested;
            T sample{};
            T::describe(sample, nested);
            auto columns = nested.take();
            bool flat = std::all_of(columns.begin(), columns.end(), [](const FormField& column) {
                return column.name.find('.') == std::string::npos &&
                       column.kind != InputKind::Json && column.kind != InputKind::Rows &&
                       column.kind != InputKind::Lines && column.kind != InputKind::Counts &&
                       column.kind != InputKind::References;
            });
            field.kind = flat ? InputKind::Rows : InputKind::Json;
            if (flat) {
                field.columns = std::move(columns);
            }
        } else {
            field.kind = InputKind::Json;
        }
        return true;
    }
    template <domain::Record T>
    bool add(FormField& field, const T&, domain::FieldSpec) {
        field.kind = InputKind::Json;
        return true;
    }

    std::string m_prefix;
    bool m_optional = false;
    std::vector<FormField> m_fields;
};

std::vector<std::string> values_of(const api::Query& form, std::string_view name) {
    std::vector<std::string> values;
    for (const auto& [field, value] : form) {
        if (field == name) {
            values.push_back(value);
        }
    }
    return values;
}

std::string trimmed(std::string_view text) {
    auto first = text.find_first_not_of(" \t\r\n");
    if (first == std::string_view::npos) {
        return {};
    }
    auto last = text.find_last_not_of(" \t\r\n");
    return std::string(text.substr(first, last - first + 1));
}

std::vector<std::string> lines_of(std::string_view text) {
    std::vector<std::string> lines;
    std::istringstream stream{std::string(text)};
    for (std::string line; std::getline(stream, line);) {
        if (auto clean = trimmed(line); !clean.empty()) {
            lines.push_back(clean);
        }
    }
    return lines;
}

nlohmann::json number_or_text(const std::string& text, bool integer) {
    if (integer) {
        long value = 0;
        auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
        if (error == std::errc{} && end == text.data() + text.size()) {
            return value;
        }
    } else {
        try {
            std::size_t used = 0;
            double value = std::stod(text, &used);
            if (used == text.size()) {
                return value;
            }
        } catch (const std::exception&) {
        }
    }
    return text;
}

// «nombre: número» per line → {"nombre": número}.
nlohmann::json counts_of(const std::string& text) {
    nlohmann::json counts = nlohmann::json::object();
    for (const auto& line : lines_of(text)) {
        auto colon = line.rfind(':');
        if (colon == std::string::npos) {
            counts[line] = line;  // the API names the count that is no number
            continue;
        }
        counts[trimmed(line.substr(0, colon))] =
            number_or_text(trimmed(line.substr(colon + 1)), true);
    }
    return counts;
}

// Sets value at a dotted path («ceremony.date»).
void set_path(nlohmann::json& object, const std::string& path, nlohmann::json value) {
    auto dot = path.find('.');
    if (dot == std::string::npos) {
        object[path] = std::move(value);
        return;
    }
    auto& inner = object[path.substr(0, dot)];
    if (!inner.is_object()) {
        inner = nlohmann::json::object();
    }
    set_path(inner, path.substr(dot + 1), std::move(value));
}

// Whether a value the form built says nothing: empty, unchecked, or a nested
// record all of whose fields say nothing.
bool says_nothing(const nlohmann::json& value) {
    if (value.is_null() || (value.is_boolean() && !value.get<bool>())) {
        return true;
    }
    if (value.is_array()) {
        return value.empty();
    }
    if (value.is_object()) {
        return std::all_of(value.begin(), value.end(),
                           [](const nlohmann::json& member) { return says_nothing(member); });
    }
    return false;
}

// A nested record whose inputs were all left blank is absent, not present
// with blank required fields: «Celebrado en» with no type, number or date
// means the agreement names no such session. A new record leaves it out; a
// change removes it (null, as a merge patch says it).
void drop_blank_records(nlohmann::json& object, bool change) {
    for (auto member = object.begin(); member != object.end();) {
        if (!member->is_object()) {
            ++member;
        } else if (says_nothing(*member)) {
            if (change) {
                *member = nullptr;
                ++member;
            } else {
                member = object.erase(member);
            }
        } else {
            drop_blank_records(*member, change);
            ++member;
        }
    }
}

}  // namespace

std::vector<FormField> form_fields(std::string_view array) {
    std::vector<FormField> fields;
    domain::Dataset empty;
    domain::with_array(empty, array, [&](domain::ArrayInfo, const auto& records) {
        using T = typename std::decay_t<decltype(records)>::value_type;
        FieldCollector collector;
        T sample{};
        T::describe(sample, collector);
        fields = collector.take();
    });
    for (auto& field : fields) {
        if (field.assigned) {
            field.hint = "Se asigna el siguiente código de la comisión si se deja vacío.";
        } else if (field.is_key && domain::assigns_key(array)) {
            field.assigned = true;
            field.required = false;
            field.hint = "Se forma sola con los datos del registro si se deja vacía.";
        }
    }
    if (array == "sessions") {
        for (auto& field : fields) {
            if (field.name == "year" || field.name == "number") {
                field.assigned = true;
                field.required = false;
                field.hint = field.name == "year"
                                 ? "El de la fecha si se deja vacío."
                                 : "El siguiente de su tipo en el año si se deja vacío.";
            } else if (field.name == "status") {
                // Said by the date unless someone says otherwise.
                field.preset.clear();
                field.required = false;
                field.hint =
                    "Si se deja vacío: programada si la fecha aún no llega; celebrada si ya pasó.";
            }
        }
    }
    return fields;
}

namespace {

nlohmann::json field_json(const FormField& field, const api::Query& form, const std::string& name);

// A Rows field's records: «categories[0].key», «categories[0].label»… row
// after row while the form has them; a row left blank is no record.
nlohmann::json rows_json(const FormField& field, const api::Query& form) {
    constexpr int MOST_ROWS = 500;
    nlohmann::json rows = nlohmann::json::array();
    for (int index = 0; index < MOST_ROWS; ++index) {
        auto prefix = field.name + "[" + std::to_string(index) + "].";
        bool sent = false;
        nlohmann::json row = nlohmann::json::object();
        for (const auto& column : field.columns) {
            sent = sent || !values_of(form, prefix + column.name).empty();
            auto value = field_json(column, form, prefix + column.name);
            bool blank = value.is_null() || (value.is_boolean() && !value.get<bool>());
            if (!blank) {
                row[column.name] = std::move(value);
            }
        }
        if (!sent) {
            break;
        }
        if (!row.empty()) {
            rows.push_back(std::move(row));
        }
    }
    return rows;
}

// What one input (or the inputs of one field) of the form says, as JSON;
// null when nothing was given.
nlohmann::json field_json(const FormField& field, const api::Query& form, const std::string& name) {
    auto values = values_of(form, name);
    auto text = values.empty() ? std::string() : trimmed(values.front());
    nlohmann::json value;
    switch (field.kind) {
        case InputKind::Checkbox:
            value = !values.empty();
            break;
        case InputKind::References: {
            value = nlohmann::json::array();
            for (const auto& chosen : values) {
                if (!chosen.empty()) {
                    value.push_back(chosen);
                }
            }
            break;
        }
        case InputKind::Lines:
            value = lines_of(text);
            break;
        case InputKind::Counts:
            value = counts_of(text);
            break;
        case InputKind::Integer:
        case InputKind::Decimal:
            if (!text.empty()) {
                value = number_or_text(text, field.kind == InputKind::Integer);
            }
            break;
        case InputKind::Json:
            if (!text.empty()) {
                if (auto parsed = bundle::parse_json_input(text)) {
                    value = std::move(*parsed);
                } else {
                    value = text;  // the API says what it expected
                }
            }
            break;
        case InputKind::Rows:
            value = rows_json(field, form);
            break;
        default:
            if (!text.empty()) {
                value = text;
            }
    }
    return value;
}

}  // namespace

nlohmann::json form_to_json(const std::vector<FormField>& fields, const api::Query& form,
                            bool change) {
    nlohmann::json body = nlohmann::json::object();
    for (const auto& field : fields) {
        if (change && field.is_key) {
            continue;  // keys never change
        }
        auto value = field_json(field, form, field.name);
        bool empty = value.is_null() || ((value.is_array() || value.is_object()) && value.empty());
        if (empty && !change) {
            continue;
        }
        set_path(body, field.name, empty ? nlohmann::json() : std::move(value));
    }
    drop_blank_records(body, change);
    return body;
}

}  // namespace vincula::web
