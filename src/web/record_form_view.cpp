// What a generated form shows: each field's input, current value, options
// and the errors about it.
#include <list>
#include <set>

#include "web/captions.h"
#include "web/labels.h"
#include "web/record_form.h"

namespace vincula::web {
namespace {

const nlohmann::json* at_path(const nlohmann::json& object, const std::string& path) {
    const nlohmann::json* current = &object;
    std::size_t start = 0;
    while (true) {
        auto dot = path.find('.', start);
        auto part = path.substr(start, dot == std::string::npos ? std::string::npos : dot - start);
        if (!current->is_object() || !current->contains(part)) {
            return nullptr;
        }
        current = &(*current)[part];
        if (dot == std::string::npos) {
            return current;
        }
        start = dot + 1;
    }
}

std::string_view input_type(InputKind kind) {
    switch (kind) {
        case InputKind::Email:
            return "email";
        case InputKind::Integer:
        case InputKind::Decimal:
            return "number";
        case InputKind::Date:
            return "date";
        case InputKind::Time:
            return "time";
        default:
            return "text";
    }
}

// The form field an API error is about: «ceremony.date» for
// «ceremony.date», «counterparts» for «counterparts[1]».
std::string error_field(std::string field) {
    if (auto bracket = field.find('['); bracket != std::string::npos) {
        auto close = field.find(']', bracket);
        field.erase(bracket, close == std::string::npos ? std::string::npos : close - bracket + 1);
    }
    return field;
}

bool is_about(const FormField& form_field, const common::FieldError& error) {
    auto field = error_field(error.field);
    return field == form_field.name || field.starts_with(form_field.name + ".");
}

std::string shown_value(const FormField& field, const nlohmann::json& value) {
    if (value.is_null()) {
        return {};
    }
    switch (field.kind) {
        case InputKind::Lines: {
            std::string text;
            for (const auto& line : value) {
                text += (line.is_string() ? line.get<std::string>() : line.dump()) + "\n";
            }
            return text;
        }
        case InputKind::Counts: {
            std::string text;
            for (const auto& [name, count] : value.items()) {
                text += name + ": " +
                        (count.is_string() ? count.get<std::string>() : count.dump()) + "\n";
            }
            return text;
        }
        case InputKind::Json:
            return value.is_string() ? value.get<std::string>() : value.dump(2);
        default:
            return value.is_string() ? value.get<std::string>() : value.dump();
    }
}

// The options of a choice or of a reference to other records, `chosen`
// marked; for one value, first an empty «—» (selected when nothing is).
nlohmann::json option_list(const FormField& field, const std::set<std::string>& chosen,
                           const domain::Dataset& data, bool with_none) {
    nlohmann::json options = nlohmann::json::array();
    if (with_none) {
        options.push_back({{"value", ""}, {"caption", "—"}, {"selected", chosen.empty()}});
    }
    if (field.kind == InputKind::Choice) {
        for (const auto& choice : field.choices) {
            options.push_back({{"value", choice},
                               {"caption", enum_label(choice)},
                               {"selected", chosen.contains(choice)}});
        }
        return options;
    }
    for (auto& option : reference_options(data, field.refers)) {
        bool selected = chosen.contains(option.value);
        options.push_back({{"value", std::move(option.value)},
                           {"caption", std::move(option.caption)},
                           {"selected", selected}});
    }
    return options;
}

// One input of a Rows field's table: `name` «categories[1].min_age», its
// value, labelled by its column and row for those who do not see the table.
// Every kind is said (true or false): mustache would otherwise read the
// field's own.
nlohmann::json cell_view(const FormField& column, const std::string& name, std::size_t row,
                         const nlohmann::json* value, const domain::Dataset& data) {
    nlohmann::json cell{{"name", name},
                        {"aria", column.label + " (fila " + std::to_string(row + 1) + ")"},
                        {"input", false},
                        {"select", false},
                        {"checkbox", false}};
    if (column.kind == InputKind::Checkbox) {
        cell["checkbox"] = true;
        cell["checked"] = value && value->is_boolean() && value->get<bool>();
        return cell;
    }
    if (column.kind == InputKind::Choice || column.kind == InputKind::Reference) {
        std::set<std::string> chosen;
        if (value && value->is_string() && !value->get<std::string>().empty()) {
            chosen.insert(value->get<std::string>());
        }
        auto options = option_list(column, chosen, data, true);
        cell["select"] = true;
        cell["options"] = std::move(options);
        return cell;
    }
    cell["input"] = true;
    cell["type"] = input_type(column.kind);
    cell["step"] = column.kind == InputKind::Decimal ? "any" : "";
    cell["value"] = value ? shown_value(column, *value) : "";
    return cell;
}

}  // namespace

nlohmann::json form_view(const std::vector<FormField>& fields, const nlohmann::json& values,
                         const common::FieldErrors& errors, const domain::Dataset& data,
                         bool editing) {
    nlohmann::json view = nlohmann::json::array();
    std::list<nlohmann::json> preset_values;  // stable addresses for `value`
    for (const auto& field : fields) {
        const auto* value = at_path(values, field.name);
        nlohmann::json entry{{"name", field.name},
                             {"id", "campo-" + field.name},
                             {"label", field.label},
                             {"required", field.required},
                             {"readonly", editing && field.is_key},
                             {"assigned", field.assigned && !editing}};
        if (!field.hint.empty()) {
            entry["hint"] = field.hint;
        }
        // A new record starts from its defaults (what it holds if left
        // alone); a form sent back keeps what was sent.
        if (!value && !editing && !field.preset.empty()) {
            value = &preset_values.emplace_back(field.preset);
        }
        switch (field.kind) {
            case InputKind::Checkbox:
                entry["checkbox"] = true;
                entry["checked"] = value && value->is_boolean() && value->get<bool>();
                break;
            case InputKind::LongText:
            case InputKind::Lines:
            case InputKind::Counts:
            case InputKind::Json:
                entry["textarea"] = true;
                entry["value"] = value ? shown_value(field, *value) : "";
                if (field.kind == InputKind::Lines) {
                    entry["hint"] = "Uno por renglón.";
                } else if (field.kind == InputKind::Counts) {
                    entry["hint"] = "Una cifra por renglón: «nombre: número».";
                } else if (field.kind == InputKind::Json) {
                    entry["hint"] = "En formato JSON, como en el paquete de datos.";
                }
                break;
            case InputKind::Rows: {
                // The records there are, and two blank rows for new ones.
                constexpr std::size_t BLANK_ROWS = 2;
                entry["rows_field"] = true;
                nlohmann::json headers = nlohmann::json::array();
                for (const auto& column : field.columns) {
                    headers.push_back(column.label);
                }
                entry["columns"] = std::move(headers);
                std::size_t existing = value && value->is_array() ? value->size() : 0;
                nlohmann::json rows = nlohmann::json::array();
                for (std::size_t row = 0; row < existing + BLANK_ROWS; ++row) {
                    nlohmann::json cells = nlohmann::json::array();
                    for (const auto& column : field.columns) {
                        const nlohmann::json* cell_value = nullptr;
                        if (row < existing && (*value)[row].is_object() &&
                            (*value)[row].contains(column.name)) {
                            cell_value = &(*value)[row][column.name];
                        }
                        cells.push_back(cell_view(
                            column, field.name + "[" + std::to_string(row) + "]." + column.name,
                            row, cell_value, data));
                    }
                    rows.push_back({{"cells", std::move(cells)}});
                }
                entry["rows"] = std::move(rows);
                entry["hint"] =
                    "Una fila por registro; las filas vacías no se guardan y vaciar una "
                    "fila la quita.";
                break;
            }
            case InputKind::Choice:
            case InputKind::Reference:
            case InputKind::References: {
                entry["select"] = true;
                entry["multiple"] = field.kind == InputKind::References;
                std::set<std::string> chosen;
                if (value && value->is_array()) {
                    for (const auto& item : *value) {
                        if (item.is_string()) {
                            chosen.insert(item.get<std::string>());
                        }
                    }
                } else if (value && value->is_string()) {
                    chosen.insert(value->get<std::string>());
                }
                // The only commission (or contest…) there is: chosen.
                if (chosen.empty() && !editing && field.required &&
                    field.kind == InputKind::Reference) {
                    auto choices = reference_options(data, field.refers);
                    if (choices.size() == 1) {
                        chosen.insert(choices.front().value);
                    }
                }
                auto options =
                    option_list(field, chosen, data, field.kind != InputKind::References);
                // Past a screenful of choices, the list can be searched.
                constexpr std::size_t SEARCHABLE = 12;
                entry["long"] = options.size() > SEARCHABLE;
                entry["options"] = std::move(options);
                break;
            }
            default:
                entry["input"] = true;
                entry["type"] = input_type(field.kind);
                entry["step"] = field.kind == InputKind::Decimal ? "any" : "";
                entry["value"] = value ? shown_value(field, *value) : "";
        }
        nlohmann::json messages = nlohmann::json::array();
        for (const auto& error : errors) {
            if (is_about(field, error)) {
                messages.push_back(error.message);
            }
        }
        entry["invalid"] = !messages.empty();
        entry["errors"] = std::move(messages);
        view.push_back(std::move(entry));
    }
    return view;
}

common::FieldErrors errors_outside(const std::vector<FormField>& fields,
                                   const common::FieldErrors& errors) {
    common::FieldErrors outside;
    for (const auto& error : errors) {
        bool shown = false;
        for (const auto& field : fields) {
            shown = shown || is_about(field, error);
        }
        if (!shown) {
            outside.push_back(error);
        }
    }
    return outside;
}

}  // namespace vincula::web
