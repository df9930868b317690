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
                nlohmann::json options = nlohmann::json::array();
                if (field.kind != InputKind::References) {
                    options.push_back(
                        {{"value", ""}, {"caption", "—"}, {"selected", chosen.empty()}});
                }
                if (field.kind == InputKind::Choice) {
                    for (const auto& choice : field.choices) {
                        options.push_back({{"value", choice},
                                           {"caption", enum_label(choice)},
                                           {"selected", chosen.contains(choice)}});
                    }
                } else {
                    auto choices = reference_options(data, field.refers);
                    // The only commission (or contest…) there is: chosen.
                    if (chosen.empty() && !editing && field.required && choices.size() == 1) {
                        chosen.insert(choices.front().value);
                        options.front()["selected"] = false;
                    }
                    for (auto& option : choices) {
                        bool selected = chosen.contains(option.value);
                        options.push_back({{"value", std::move(option.value)},
                                           {"caption", std::move(option.caption)},
                                           {"selected", selected}});
                    }
                }
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
