#include "api/record_json.h"

#include <algorithm>
#include <charconv>

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

// Writes a record as RecordWriter::to_json(record).dump() would: fields in
// describe() order, absent optionals, empty lists and false flags left out.
class TextWriter {
public:
    explicit TextWriter(std::string& out) : m_out(out) {}

    template <class T>
    void field(std::string_view name, const T& value, domain::FieldSpec = {}) {
        if constexpr (domain::IsOptional<T>::value) {
            if (value) {
                key(name);
                write(m_out, *value);
            }
        } else if constexpr (domain::IsVector<T>::value || std::is_same_v<T, domain::Counts>) {
            if (!value.empty()) {
                key(name);
                write(m_out, value);
            }
        } else if constexpr (std::is_same_v<T, bool>) {
            if (value) {
                key(name);
                m_out += "true";
            }
        } else {
            key(name);
            write(m_out, value);
        }
    }

    // `id` first when given: the address of a record without a key field.
    template <domain::Record T>
    static void write(std::string& out, const T& record, std::optional<std::int64_t> id = {}) {
        out += '{';
        TextWriter writer(out);
        if (id) {
            writer.key("id");
            write(out, static_cast<long>(*id));
        }
        T::describe(record, writer);
        out += '}';
    }
    static void write(std::string& out, const std::string& value) {
        append_json_string(out, value);
    }
    template <class Number>
    requires(std::is_same_v<Number, int> ||
             std::is_same_v<Number, long>) static void write(std::string& out, Number value) {
        char digits[24];
        auto [end, error] = std::to_chars(digits, digits + sizeof digits, value);
        out.append(digits, end);
    }
    // Rare (contest weights and scores): nlohmann's shortest round-trip form.
    static void write(std::string& out, double value) { out += nlohmann::json(value).dump(); }
    static void write(std::string& out, bool value) { out += value ? "true" : "false"; }
    // As Date::to_iso, without its snprintf: a list writes hundreds.
    static void write(std::string& out, const common::Date& value) {
        int year = value.year();
        if (year < 0 || year > 9999) {
            append_json_string(out, value.to_iso());
            return;
        }
        char text[12] = {'"',
                         static_cast<char>('0' + year / 1000),
                         static_cast<char>('0' + year / 100 % 10),
                         static_cast<char>('0' + year / 10 % 10),
                         static_cast<char>('0' + year % 10),
                         '-',
                         static_cast<char>('0' + value.month() / 10),
                         static_cast<char>('0' + value.month() % 10),
                         '-',
                         static_cast<char>('0' + value.day() / 10),
                         static_cast<char>('0' + value.day() % 10),
                         '"'};
        out.append(text, sizeof text);
    }
    static void write(std::string& out, const common::TimeOfDay& value) {
        append_json_string(out, value.to_string());
    }
    template <domain::WireEnum E>
    static void write(std::string& out, E value) {
        append_json_string(out, domain::to_wire(value));
    }
    static void write(std::string& out, const domain::Counts& counts) {
        out += '{';
        bool first = true;
        for (const auto& [name, count] : counts) {
            out += first ? "" : ",";
            first = false;
            append_json_string(out, name);
            out += ':';
            write(out, count);
        }
        out += '}';
    }
    template <class T>
    static void write(std::string& out, const std::vector<T>& values) {
        out += '[';
        for (std::size_t i = 0; i < values.size(); ++i) {
            out += i == 0 ? "" : ",";
            write(out, values[i]);
        }
        out += ']';
    }

private:
    void key(std::string_view name) {
        m_out += m_first ? "" : ",";
        m_first = false;
        append_json_string(m_out, name);
        m_out += ':';
    }

    std::string& m_out;
    bool m_first = true;
};

// Finds one text-like scalar field of a record and gives its value as text.
struct FieldText {
    std::string_view name;
    std::optional<std::string> found;

    template <class T>
    void field(std::string_view field_name, const T& value, domain::FieldSpec = {}) {
        if (field_name == name) {
            found = text_of(value);
        }
    }
    template <class T>
    static std::optional<std::string> text_of(const T& value) {
        if constexpr (domain::IsOptional<T>::value) {
            return value ? text_of(*value) : std::nullopt;
        } else if constexpr (std::is_same_v<T, std::string>) {
            return value;
        } else if constexpr (std::is_same_v<T, common::Date>) {
            return value.to_iso();
        } else if constexpr (domain::WireEnum<T>) {
            return std::string(domain::to_wire(value));
        } else {
            return std::nullopt;
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

std::string records_json_text(const domain::Dataset& data, std::string_view array,
                              const std::vector<std::int64_t>& ids) {
    std::string out = "[";
    domain::with_array(data, array, [&](domain::ArrayInfo, const auto& records) {
        using T = typename std::decay_t<decltype(records)>::value_type;
        bool keyless = domain::key_field_name<T>().empty();
        out.reserve(records.size() * 512);
        for (std::size_t i = 0; i < records.size(); ++i) {
            out += i == 0 ? "" : ",";
            TextWriter::write(out, records[i],
                              keyless && i < ids.size() ? std::optional(ids[i]) : std::nullopt);
        }
    });
    out += ']';
    return out;
}

std::string record_json_text(const domain::Dataset& data, std::string_view array, std::size_t index,
                             std::int64_t id) {
    std::string out;
    domain::with_array(data, array, [&](domain::ArrayInfo, const auto& records) {
        using T = typename std::decay_t<decltype(records)>::value_type;
        if (index < records.size()) {
            out.reserve(512);
            TextWriter::write(
                out, records[index],
                domain::key_field_name<T>().empty() ? std::optional(id) : std::nullopt);
        }
    });
    return out;
}

std::optional<std::string> field_text(const domain::Dataset& data, std::string_view array,
                                      std::size_t index, std::string_view field) {
    FieldText finder{field, std::nullopt};
    domain::with_array(data, array, [&](domain::ArrayInfo, const auto& records) {
        if (index < records.size()) {
            using T = typename std::decay_t<decltype(records)>::value_type;
            T::describe(records[index], finder);
        }
    });
    return finder.found;
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
