#include "render/html/html_report.h"

#include "render/html/html_blocks.h"
#include "render/html/html_escape.h"

namespace vincula::render::html {
namespace {

using namespace report;

std::string heading_text(const Section& section) {
    return section.label.empty() ? section.title : section.label + " " + section.title;
}

void write_cover(std::string& out, const ReportModel& model) {
    out += "<section class=\"cover\" data-short-title=\"" + escape(model.title) + "\">\n";
    out += "<p class=\"commission\">" + escape(model.cover.commission) + "</p>\n";
    out += "<p class=\"title\">" + escape(model.cover.title) + "</p>\n";
    for (const auto& line : model.cover.approval) {
        out += "<p class=\"approval\">" + escape(line) + "</p>\n";
    }
    out += "</section>\n";
}

void write_index_entries(std::string& out, const std::vector<Section>& sections) {
    bool opened = false;
    for (const auto& section : sections) {
        if (!section.in_index) {
            write_index_entries(out, section.sections);
            continue;
        }
        if (!opened) {
            out += "<ol>";
            opened = true;
        }
        out += "<li><a href=\"#" + escape(section.anchor) + "\">" + escape(heading_text(section)) +
               "</a>";
        write_index_entries(out, section.sections);
        out += "</li>\n";
    }
    if (opened) {
        out += "</ol>";
    }
}

void write_sections(std::string& out, BlockWriter& writer, const std::vector<Section>& sections) {
    for (const auto& section : sections) {
        auto level = std::to_string(section.level < 1 ? 1 : section.level > 4 ? 4 : section.level);
        out += "<h" + level + " id=\"" + escape(section.anchor) + "\">" +
               escape(heading_text(section)) + "</h" + level + ">\n";
        writer.blocks(section.blocks);
        write_sections(out, writer, section.sections);
    }
}

void write_notes(std::string& out, BlockWriter& writer, const ReportModel& model) {
    if (model.footnotes.empty()) {
        return;
    }
    out += "<section class=\"footnotes\" aria-label=\"Notas\">\n<ol>\n";
    for (const auto& note : model.footnotes) {
        auto id = std::to_string(note.number);
        out += "<li id=\"nota-" + id + "\" value=\"" + id + "\">";
        writer.text(note.text);
        out += " <a href=\"#llamada-" + id + "\" aria-label=\"Volver al texto\">↩</a></li>\n";
    }
    out += "</ol>\n</section>\n";
}

}  // namespace

std::string render_html(const ReportModel& model) {
    std::map<int, const Footnote*> notes;
    for (const auto& note : model.footnotes) {
        notes.emplace(note.number, &note);
    }
    std::string out;
    out.reserve(256 * 1024);
    out += "<!DOCTYPE html>\n<html lang=\"" + escape(model.language) + "\">\n<head>\n";
    out += "<meta charset=\"utf-8\">\n";
    out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n";
    out += "<title>" + escape(model.title) + "</title>\n";
    out += "<meta name=\"author\" content=\"" + escape(model.author) + "\">\n";
    out += "<meta name=\"description\" content=\"" + escape(model.title) + ", " +
           escape(model.institution) + "\">\n";
    out += "<meta name=\"generator\" content=\"Vincula\">\n";
    out += "<style>\n";
    out += report_stylesheet();
    out += "</style>\n</head>\n";
    out += model.brief ? "<body class=\"brief\">\n" : "<body>\n";
    write_cover(out, model);
    if (!model.brief) {
        out += "<nav class=\"index\" aria-label=\"Índice\">\n<h1 id=\"indice\">Índice</h1>\n";
        write_index_entries(out, model.sections);
        out += "\n</nav>\n";
    }
    out += "<main>\n";
    BlockWriter writer(out, notes);
    write_sections(out, writer, model.sections);
    write_notes(out, writer, model);
    out += "</main>\n</body>\n</html>\n";
    return out;
}

}  // namespace vincula::render::html
