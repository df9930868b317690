#include "support/spanish_lint.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <regex>

#include "lang/text.h"

namespace vincula::testing {
namespace {

// Singular words that end in «s» and may follow a «1».
constexpr std::array<std::string_view, 34> SINGULAR_IN_S = {
    "más",     "mes",      "país",   "lunes",  "martes",   "miércoles", "jueves",
    "viernes", "análisis", "tesis",  "crisis", "síntesis", "dos",       "tres",
    "seis",    "después",  "antes",  "menos",  "pues",     "es",        "inglés",
    "francés", "interés",  "través", "gas",    "virus",    "campus",    "bus",
    "autobús", "compás",   "atlas",  "caos",   "cosmos",   "mientras"};

bool is_singular_in_s(const std::string& word) {
    for (auto singular : SINGULAR_IN_S) {
        if (word == singular) {
            return true;
        }
    }
    return false;
}

std::string around(std::string_view text, std::size_t at, std::size_t length) {
    auto start = at > 30 ? at - 30 : 0;
    return "«…" + std::string(text.substr(start, at - start + length + 30)) + "…»";
}

void replace_all(std::string& text, std::string_view from, std::string_view to) {
    for (auto at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size())) {
        text.replace(at, from.size(), to);
    }
}

}  // namespace

std::vector<std::string> spanish_problems(std::string_view text) {
    std::vector<std::string> problems;
    std::string subject(text);
    // «1 sesiones»: a lone 1 (not 21, 1.5 or 2021-1) before a word in -s.
    static const std::regex one_plural(R"((^|[^0-9.,/-])1 ([a-záéíóúüñ]+s)\b)", std::regex::icase);
    for (std::sregex_iterator it(subject.begin(), subject.end(), one_plural), end; it != end;
         ++it) {
        auto word = lang::to_lower((*it)[2].str());
        if (!is_singular_in_s(word)) {
            problems.push_back("«1 " + (*it)[2].str() + "» (número) en " +
                               around(text, static_cast<std::size_t>(it->position(0)),
                                      static_cast<std::size_t>(it->length(0))));
        }
    }
    // «de el», «a el»: Spanish writes «del», «al» (but «de El Colegio…»,
    // a name, keeps its capital).
    static const std::regex contraction(R"(\b(de|a|De|A) el\b)");
    for (std::sregex_iterator it(subject.begin(), subject.end(), contraction), end; it != end;
         ++it) {
        // std::regex's \b knows only ASCII letters: the «a» that ends
        // «atendía» is not a word of its own.
        auto at = static_cast<std::size_t>(it->position(0));
        if (at > 0 && static_cast<unsigned char>(subject[at - 1]) >= 0x80) {
            continue;
        }
        problems.push_back("«" + it->str() + "» (contracción) en " +
                           around(text, static_cast<std::size_t>(it->position(0)),
                                  static_cast<std::size_t>(it->length(0))));
    }
    // A lower-case word twice in a row («de de», «la la»); names may repeat
    // («Sonia Pérez Pérez»), and a key may begin with a word («red red-obs»).
    static const std::regex doubled(
        R"((^|[^A-Za-z0-9áéíóúüñÁÉÍÓÚÑ_-])([a-záéíóúüñ]{2,}) \2(?![A-Za-z0-9áéíóúüñ_-]))");
    for (std::sregex_iterator it(subject.begin(), subject.end(), doubled), end; it != end; ++it) {
        problems.push_back("«" + (*it)[2].str() + " " + (*it)[2].str() +
                           "» (palabra repetida) en " +
                           around(text, static_cast<std::size_t>(it->position(0)),
                                  static_cast<std::size_t>(it->length(0))));
    }
    return problems;
}

std::string visible_text(std::string_view html) {
    // By hand rather than with std::regex, whose recursion a long page can
    // exhaust.
    std::string text;
    std::size_t at = 0;
    while (at < html.size()) {
        if (html[at] != '<') {
            text += html[at++];
            continue;
        }
        auto close = html.find('>', at);
        if (close == std::string_view::npos) {
            break;
        }
        auto tag = lang::to_lower(html.substr(at, std::min<std::size_t>(close - at, 8)));
        for (std::string_view hidden : {"script", "style"}) {
            if (tag.starts_with("<" + std::string(hidden))) {
                auto end = lang::to_lower(html.substr(close)).find("</" + std::string(hidden));
                close = end == std::string::npos ? html.size() - 1 : html.find('>', close + end);
                break;
            }
        }
        // Inline elements are part of their sentence («<strong>1</strong>
        // aviso»); any other tag ends a piece of text (a cell, an option).
        auto name_start = tag.starts_with("</") ? 2u : 1u;
        auto name_end = name_start;
        while (name_end < tag.size() && std::isalnum(static_cast<unsigned char>(tag[name_end]))) {
            ++name_end;
        }
        auto name = tag.substr(name_start, name_end - name_start);
        bool inline_element = false;
        for (std::string_view element :
             {"strong", "b", "em", "i", "a", "span", "abbr", "code", "small", "time", "mark"}) {
            inline_element = inline_element || name == element;
        }
        text += inline_element ? "" : "\n";
        at = close == std::string_view::npos ? html.size() : close + 1;
    }
    replace_all(text, "&lt;", "<");
    replace_all(text, "&gt;", ">");
    replace_all(text, "&quot;", "\"");
    replace_all(text, "&#39;", "'");
    replace_all(text, "&amp;", "&");
    // Runs of spaces become one space, and runs with a line break one line
    // break: the lint's patterns never reach from one piece into the next.
    std::string collapsed;
    bool pending_space = false;
    bool pending_break = false;
    for (char c : text) {
        if (c == '\n') {
            pending_break = true;
        } else if (c == ' ' || c == '\t' || c == '\r') {
            pending_space = true;
        } else {
            if (pending_break) {
                collapsed += '\n';
            } else if (pending_space && !collapsed.empty()) {
                collapsed += ' ';
            }
            pending_break = pending_space = false;
            collapsed += c;
        }
    }
    return collapsed;
}

}  // namespace vincula::testing
