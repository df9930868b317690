#include "render/md/markdown.h"

#include <sstream>

namespace vincula::render::md {
namespace {

using namespace report;

// Characters that would start Markdown syntax inside running text. «#» and
// «_» are left alone: pandoc reads them literally mid-line, and hashtags
// such as «#Vincula2IECM» stay searchable in the file.
std::string escape(const std::string& text) {
    std::string out;
    out.reserve(text.size());
    for (char c : text) {
        if (c == '*' || c == '`' || c == '|' || c == '\\' || c == '<') {
            out += '\\';
        }
        out += c;
    }
    return out;
}

std::string inline_text(const Text& text) {
    std::string out;
    for (const auto& span : text) {
        if (span.footnote) {
            out += "[^" + std::to_string(*span.footnote) + "]";
            continue;
        }
        auto body = escape(span.text);
        // Emphasis markers must hug the words: move edge spaces outside.
        auto first = body.find_first_not_of(' ');
        if (first == std::string::npos || span.emphasis == Emphasis::None) {
            out += body;
            continue;
        }
        auto last = body.find_last_not_of(' ');
        std::string marker = span.emphasis == Emphasis::Bold     ? "**"
                             : span.emphasis == Emphasis::Italic ? "*"
                                                                 : "***";
        out += body.substr(0, first) + marker + body.substr(first, last - first + 1) + marker +
               body.substr(last + 1);
    }
    return out;
}

void write_list_items(std::ostream& out, const std::vector<ListItem>& items, ListStyle style,
                      int depth) {
    int number = 1;
    for (const auto& item : items) {
        out << std::string(static_cast<std::size_t>(depth) * 4, ' ');
        if (style == ListStyle::Bullet || depth > 0) {
            out << "- ";
        } else {
            out << number++ << ". ";
        }
        out << inline_text(item.text) << '\n';
        write_list_items(out, item.items, ListStyle::Bullet, depth + 1);
    }
}

std::string cell_text(const Cell& cell) {
    std::string out;
    for (std::size_t i = 0; i < cell.lines.size(); ++i) {
        out += (i > 0 ? "<br>" : "") + std::string(cell.bulleted ? "• " : "") +
               inline_text(cell.lines[i]);
    }
    return out;
}

void write_table(std::ostream& out, const Table& table) {
    out << "**Tabla " << table.number << ".** " << escape(table.caption) << "\n\n";
    // Pipe tables have one header row: a title spanning several columns
    // (the attendance matrix's «Asistencia a las sesiones») prefixes the
    // first column it spans.
    std::vector<std::string> titles;
    for (const auto& column : table.columns) {
        titles.push_back(escape(column.title));
    }
    std::size_t first = 0;
    for (const auto& [title, span] : table.super_header) {
        if (!title.empty() && first < titles.size()) {
            titles[first] = escape(title) + ": " + titles[first];
        }
        first += static_cast<std::size_t>(span > 1 ? span : 1);
    }
    out << '|';
    for (const auto& title : titles) {
        out << ' ' << title << " |";
    }
    out << "\n|";
    for (const auto& column : table.columns) {
        out << (column.kind == ColumnKind::Number ? "---:|" : "---|");
    }
    out << '\n';
    for (const auto& row : table.rows) {
        out << '|';
        for (const auto& cell : row) {
            out << ' ' << cell_text(cell) << " |";
        }
        out << '\n';
    }
    out << '\n';
}

void write_blocks(std::ostream& out, const std::vector<Block>& blocks) {
    for (const auto& block : blocks) {
        if (const auto* paragraph = std::get_if<Paragraph>(&block)) {
            out << inline_text(paragraph->text) << "\n\n";
        } else if (const auto* list = std::get_if<List>(&block)) {
            write_list_items(out, list->items, list->style, 0);
            out << '\n';
        } else {
            write_table(out, std::get<Table>(block));
        }
    }
}

std::string heading_text(const Section& section) {
    return section.label.empty() ? section.title : section.label + " " + section.title;
}

void write_index(std::ostream& out, const std::vector<Section>& sections, int depth) {
    for (const auto& section : sections) {
        if (section.in_index) {
            out << std::string(static_cast<std::size_t>(depth) * 4, ' ') << "- ["
                << escape(heading_text(section)) << "](#" << section.anchor << ")\n";
        }
        write_index(out, section.sections, section.in_index ? depth + 1 : depth);
    }
}

void write_sections(std::ostream& out, const std::vector<Section>& sections) {
    for (const auto& section : sections) {
        out << std::string(static_cast<std::size_t>(section.level), '#') << ' '
            << escape(heading_text(section)) << " {#" << section.anchor << "}\n\n";
        write_blocks(out, section.blocks);
        write_sections(out, section.sections);
    }
}

}  // namespace

std::string render_markdown(const ReportModel& model) {
    std::ostringstream out;
    out << "**" << escape(model.cover.commission) << "**\n\n";
    out << "**" << escape(model.cover.title) << "**\n\n";
    for (const auto& line : model.cover.approval) {
        out << escape(line) << "  \n";
    }
    if (!model.cover.approval.empty()) {
        out << '\n';
    }
    if (!model.brief) {
        out << "**Índice**\n\n";
        write_index(out, model.sections, 0);
        out << '\n';
    }
    write_sections(out, model.sections);
    for (const auto& note : model.footnotes) {
        out << "[^" << note.number << "]: " << inline_text(note.text) << '\n';
    }
    return out.str();
}

}  // namespace vincula::render::md
