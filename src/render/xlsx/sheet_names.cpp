#include "render/xlsx/sheet_names.h"

#include <algorithm>
#include <set>
#include <string_view>

namespace vincula::render::xlsx {
namespace {

constexpr std::size_t MAX_NAME_LENGTH = 31;  // characters, as Excel counts them
constexpr std::string_view FORBIDDEN = "[]:*?/\\";

bool continuation_byte(char byte) {
    return (static_cast<unsigned char>(byte) & 0xC0) == 0x80;
}

// The first `count` characters of UTF-8 `text`, never cutting one in half.
std::string first_characters(const std::string& text, std::size_t count) {
    std::size_t seen = 0;
    for (std::size_t at = 0; at < text.size(); ++at) {
        if (!continuation_byte(text[at]) && seen++ == count) {
            return text.substr(0, at);
        }
    }
    return text;
}

std::string trim(std::string text) {
    auto edge = [](char character) { return character == ' ' || character == '\''; };
    while (!text.empty() && edge(text.back())) {
        text.pop_back();
    }
    auto start = std::find_if_not(text.begin(), text.end(), edge);
    return std::string(start, text.end());
}

std::string base_name(const report::Table& table) {
    std::string name = table.number.empty() ? table.caption : "Tabla " + table.number;
    for (char& character : name) {
        if (FORBIDDEN.find(character) != std::string_view::npos || character == '\n' ||
            character == '\t') {
            character = ' ';
        }
    }
    name = trim(first_characters(trim(name), MAX_NAME_LENGTH));
    return name.empty() ? "Tabla" : name;
}

// Excel compares names without regard to case (ASCII is enough for ours).
std::string folded(std::string name) {
    std::transform(name.begin(), name.end(), name.begin(), [](char character) {
        return character >= 'A' && character <= 'Z' ? static_cast<char>(character - 'A' + 'a')
                                                    : character;
    });
    return name;
}

}  // namespace

std::vector<std::string> sheet_names(const std::vector<const report::Table*>& tables) {
    std::vector<std::string> names;
    std::set<std::string> taken;
    for (const auto* table : tables) {
        std::string base = base_name(*table);
        std::string name = base;
        for (int copy = 2; taken.count(folded(name)) != 0; ++copy) {
            std::string suffix = " (" + std::to_string(copy) + ")";
            name = first_characters(base, MAX_NAME_LENGTH - suffix.size()) + suffix;
        }
        taken.insert(folded(name));
        names.push_back(name);
    }
    return names;
}

}  // namespace vincula::render::xlsx
