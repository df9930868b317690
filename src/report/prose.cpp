#include "report/prose.h"

#include <string>

namespace vincula::report {
namespace {

Emphasis emphasis_of(bool bold, bool italic) {
    if (bold && italic) {
        return Emphasis::BoldItalic;
    }
    if (bold) {
        return Emphasis::Bold;
    }
    return italic ? Emphasis::Italic : Emphasis::None;
}

// Whether a closing marker of `width` asterisks follows `from`.
bool has_closing(std::string_view text, std::size_t from, std::size_t width) {
    for (auto at = text.find('*', from); at != std::string_view::npos;
         at = text.find('*', at + 1)) {
        bool double_star = at + 1 < text.size() && text[at + 1] == '*';
        if (width == 2 && double_star) {
            return true;
        }
        if (width == 1 && !double_star) {
            return true;
        }
        if (double_star) {
            ++at;
        }
    }
    return false;
}

std::string_view trim_end(std::string_view line) {
    while (!line.empty() && (line.back() == ' ' || line.back() == '\t' || line.back() == '\r')) {
        line.remove_suffix(1);
    }
    return line;
}

// Leading spaces of a line, and whether it is a bullet («- »).
struct LineShape {
    std::size_t indent = 0;
    bool bullet = false;
    std::string_view content;
};

LineShape shape_of(std::string_view line) {
    LineShape shape;
    while (shape.indent < line.size() && line[shape.indent] == ' ') {
        ++shape.indent;
    }
    auto rest = line.substr(shape.indent);
    if (rest.starts_with("- ")) {
        shape.bullet = true;
        rest.remove_prefix(2);
    }
    shape.content = rest;
    return shape;
}

}  // namespace

Text parse_inline(std::string_view text) {
    Text spans;
    std::string current;
    bool bold = false;
    bool italic = false;
    auto flush = [&] {
        if (!current.empty()) {
            spans.push_back(Span{current, emphasis_of(bold, italic), std::nullopt});
            current.clear();
        }
    };
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] != '*') {
            current += text[i];
            continue;
        }
        std::size_t width = i + 1 < text.size() && text[i + 1] == '*' ? 2 : 1;
        bool& state = width == 2 ? bold : italic;
        if (state || has_closing(text, i + width, width)) {
            flush();
            state = !state;
        } else {
            current.append(width, '*');
        }
        i += width - 1;
    }
    flush();
    return spans;
}

std::vector<Block> parse_prose(std::string_view text) {
    std::vector<Block> blocks;
    std::string paragraph;
    auto end_paragraph = [&] {
        if (!paragraph.empty()) {
            blocks.emplace_back(Paragraph{parse_inline(paragraph)});
            paragraph.clear();
        }
    };
    List* open_list = nullptr;
    std::size_t start = 0;
    while (start <= text.size()) {
        auto end = text.find('\n', start);
        auto line =
            trim_end(text.substr(start, end == std::string_view::npos ? text.npos : end - start));
        start = end == std::string_view::npos ? text.size() + 1 : end + 1;
        auto shape = shape_of(line);
        if (shape.content.empty() && !shape.bullet) {
            end_paragraph();
            open_list = nullptr;
            continue;
        }
        if (shape.bullet) {
            end_paragraph();
            if (open_list == nullptr) {
                blocks.emplace_back(List{});
                open_list = &std::get<List>(blocks.back());
            }
            ListItem item{parse_inline(shape.content), {}};
            if (shape.indent >= 2 && !open_list->items.empty()) {
                open_list->items.back().items.push_back(std::move(item));
            } else {
                open_list->items.push_back(std::move(item));
            }
            continue;
        }
        if (open_list != nullptr && shape.indent >= 2 && !open_list->items.empty()) {
            // A wrapped continuation of the last bullet.
            auto continuation = parse_inline(" " + std::string(shape.content));
            auto& last = open_list->items.back();
            auto& target = last.items.empty() ? last.text : last.items.back().text;
            target.insert(target.end(), continuation.begin(), continuation.end());
            continue;
        }
        open_list = nullptr;
        if (!paragraph.empty()) {
            paragraph += ' ';
        }
        paragraph += shape.content;
    }
    end_paragraph();
    return blocks;
}

std::string plain_text(const Text& text) {
    std::string out;
    for (const auto& span : text) {
        out += span.text;
    }
    return out;
}

}  // namespace vincula::report
