#include "domain/contact_rows.h"

#include <algorithm>
#include <array>
#include <map>
#include <optional>

#include "common/messages.h"
#include "domain/countries.h"
#include "domain/field_rules.h"
#include "domain/key_index.h"
#include "lang/text.h"

namespace vincula::domain {
namespace {

enum class Column { Name, Email, Country };

struct Header {
    Column column;
    std::string_view spanish;               // as messages name it
    std::array<std::string_view, 4> names;  // search keys that mean it
};

constexpr std::array HEADERS = {
    Header{Column::Name, "nombre", {"nombre", "name", "nombre completo", ""}},
    Header{Column::Email, "correo", {"correo", "email", "correo electronico", "e-mail"}},
    Header{Column::Country, "país", {"pais", "country", "", ""}},
};

std::string trimmed(const std::string& text) {
    auto first = text.find_first_not_of(" \t\r\n");
    if (first == std::string::npos) {
        return {};
    }
    auto last = text.find_last_not_of(" \t\r\n");
    return text.substr(first, last - first + 1);
}

std::string upper_ascii(std::string text) {
    std::transform(text.begin(), text.end(), text.begin(), [](unsigned char c) {
        return static_cast<char>(c >= 'a' && c <= 'z' ? c - 'a' + 'A' : c);
    });
    return text;
}

std::string place(std::size_t row, std::string_view column) {
    return "fila " + std::to_string(row) + ", columna " + std::string(column);
}

}  // namespace

common::Result<ContactRows> contacts_from_table(const Table& table, const std::string& network,
                                                const std::vector<Contact>& existing) {
    if (table.empty()) {
        return common::field_error("archivo", "archivo_sin_contactos");
    }
    std::map<Column, std::size_t> at;
    for (std::size_t i = 0; i < table.front().size(); ++i) {
        auto name = lang::search_key(table.front()[i]);
        for (const auto& header : HEADERS) {
            if (std::find(header.names.begin(), header.names.end(), name) != header.names.end() &&
                !name.empty() && !at.contains(header.column)) {
                at[header.column] = i;
            }
        }
    }
    common::FieldErrors errors;
    for (const auto& header : HEADERS) {
        if (header.column != Column::Country && !at.contains(header.column)) {
            errors.push_back(
                common::field_error("fila 1", "columna_contactos", {std::string(header.spanish)}));
        }
    }
    if (!errors.empty()) {
        return errors;
    }
    std::map<std::string, bool> stored;  // search key of the e-mail -> opted out
    for (const auto& contact : existing) {
        if (contact.network == network) {
            auto& out = stored[lang::search_key(contact.email)];
            out = out || contact.opted_out;
        }
    }
    ContactRows result;
    std::map<std::string, std::size_t> seen;  // search key -> first row
    KeyIndex no_keys;
    for (std::size_t r = 1; r < table.size(); ++r) {
        const auto& cells = table[r];
        auto cell = [&](Column column) -> std::string {
            auto found = at.find(column);
            if (found == at.end() || found->second >= cells.size()) {
                return {};
            }
            return trimmed(cells[found->second]);
        };
        Contact contact{network, cell(Column::Name), cell(Column::Email), std::nullopt, false};
        auto country = upper_ascii(cell(Column::Country));
        if (contact.name.empty() && contact.email.empty() && country.empty()) {
            continue;  // a blank line between the data
        }
        auto row = r + 1;
        check_text(place(row, "nombre"), contact.name, FieldSpec{}, no_keys, errors);
        auto before = errors.size();
        check_text(place(row, "correo"), contact.email, FieldSpec{.text = TextRule::Email}, no_keys,
                   errors);
        if (!country.empty()) {
            if (is_country_code(country)) {
                contact.country = country;
            } else {
                errors.push_back(common::field_error(place(row, "país"), "pais_valido",
                                                     {cell(Column::Country)}));
            }
        }
        if (errors.size() != before) {
            continue;
        }
        auto key = lang::search_key(contact.email);
        if (auto first = seen.find(key); first != seen.end()) {
            errors.push_back(common::field_error(place(row, "correo"), "contacto_repetido",
                                                 {contact.email, std::to_string(first->second)}));
            continue;
        }
        seen.emplace(key, row);
        if (auto found = stored.find(key); found != stored.end()) {
            ++result.already;
            result.opted_out += found->second ? 1 : 0;
            continue;
        }
        result.added.push_back(std::move(contact));
    }
    if (!errors.empty()) {
        return errors;
    }
    if (result.added.empty() && result.already == 0) {
        return common::field_error("archivo", "archivo_sin_contactos");
    }
    return result;
}

}  // namespace vincula::domain
