#include "render/json/report_json.h"

#include <vector>

#include "render/json/json_text.h"

namespace vincula::render::json {
namespace {

using namespace report;

// JSON written straight to text, laid out as nlohmann's dump(2) lays it out
// (two spaces per level, «"key": value», «[]» for an empty list), without
// building a tree first: the tree took as long as the whole Markdown report.
class Pretty {
public:
    std::string take() { return std::move(m_out); }

    void begin_object() { open('{'); }
    void end_object() { close('}'); }
    void begin_array() { open('['); }
    void end_array() { close(']'); }

    // The next member of an object; its value follows.
    Pretty& key(std::string_view name) {
        next();
        append_json_string(m_out, name);
        m_out += ": ";
        m_pending_value = true;
        return *this;
    }
    void text(std::string_view value) {
        before_value();
        append_json_string(m_out, value);
    }
    void number(long value) {
        before_value();
        m_out += std::to_string(value);
    }
    void boolean(bool value) {
        before_value();
        m_out += value ? "true" : "false";
    }

    // Also opens a value: in an array it is the next element.
    void before_value() {
        if (m_pending_value) {
            m_pending_value = false;
        } else if (!m_empty.empty()) {
            next();
        }
    }

private:
    void open(char bracket) {
        before_value();
        m_out += bracket;
        m_empty.push_back(true);
    }
    void close(char bracket) {
        bool empty = m_empty.back();
        m_empty.pop_back();
        if (!empty) {
            newline();
        }
        m_out += bracket;
    }
    void next() {
        if (!m_empty.back()) {
            m_out += ',';
        }
        m_empty.back() = false;
        newline();
    }
    void newline() {
        m_out += '\n';
        m_out.append(2 * m_empty.size(), ' ');
    }

    std::string m_out;
    std::vector<bool> m_empty;  // per open container: nothing written in it yet
    bool m_pending_value = false;
};

std::string_view emphasis_name(Emphasis emphasis) {
    switch (emphasis) {
        case Emphasis::Bold:
            return "negrita";
        case Emphasis::Italic:
            return "cursiva";
        case Emphasis::BoldItalic:
            return "negrita_cursiva";
        case Emphasis::None:
            break;
    }
    return "normal";
}

void write_text(Pretty& out, const Text& text) {
    out.begin_array();
    for (const auto& span : text) {
        out.begin_object();
        if (span.footnote) {
            out.key("nota").number(*span.footnote);
        } else {
            out.key("texto").text(span.text);
            if (span.emphasis != Emphasis::None) {
                out.key("estilo").text(emphasis_name(span.emphasis));
            }
        }
        out.end_object();
    }
    out.end_array();
}

void write_items(Pretty& out, const std::vector<ListItem>& items) {
    out.begin_array();
    for (const auto& item : items) {
        out.begin_object();
        write_text(out.key("texto"), item.text);
        if (!item.items.empty()) {
            write_items(out.key("elementos"), item.items);
        }
        out.end_object();
    }
    out.end_array();
}

void write_cell(Pretty& out, const Cell& cell) {
    out.begin_object();
    out.key("lineas").begin_array();
    for (const auto& line : cell.lines) {
        write_text(out, line);
    }
    out.end_array();
    if (cell.date) {
        out.key("fecha").text(cell.date->to_iso());
    }
    if (cell.number) {
        out.key("numero").number(*cell.number);
    }
    if (cell.row_span != 1) {
        out.key("filas").number(cell.row_span);
    }
    if (cell.bulleted) {
        out.key("viñetas").boolean(true);
    }
    out.end_object();
}

void write_table(Pretty& out, const Table& table) {
    out.begin_object();
    out.key("tipo").text("tabla");
    out.key("numero").text(table.number);
    out.key("titulo").text(table.caption);
    out.key("columnas").begin_array();
    for (const auto& column : table.columns) {
        out.text(column.title);
    }
    out.end_array();
    out.key("filas").begin_array();
    for (const auto& row : table.rows) {
        out.begin_array();
        for (const auto& cell : row) {
            write_cell(out, cell);
        }
        out.end_array();
    }
    out.end_array();
    out.end_object();
}

void write_blocks(Pretty& out, const std::vector<Block>& blocks) {
    out.begin_array();
    for (const auto& block : blocks) {
        if (const auto* paragraph = std::get_if<Paragraph>(&block)) {
            out.begin_object();
            out.key("tipo").text("parrafo");
            write_text(out.key("texto"), paragraph->text);
            out.end_object();
        } else if (const auto* list = std::get_if<List>(&block)) {
            out.begin_object();
            out.key("tipo").text("lista");
            write_items(out.key("elementos"), list->items);
            out.end_object();
        } else {
            write_table(out, std::get<Table>(block));
        }
    }
    out.end_array();
}

void write_sections(Pretty& out, const std::vector<Section>& sections) {
    out.begin_array();
    for (const auto& section : sections) {
        out.begin_object();
        out.key("ancla").text(section.anchor);
        out.key("etiqueta").text(section.label);
        out.key("titulo").text(section.title);
        out.key("nivel").number(section.level);
        out.key("en_indice").boolean(section.in_index);
        write_blocks(out.key("bloques"), section.blocks);
        if (!section.sections.empty()) {
            write_sections(out.key("secciones"), section.sections);
        }
        out.end_object();
    }
    out.end_array();
}

}  // namespace

std::string render_json(const ReportModel& model) {
    Pretty out;
    out.begin_object();
    out.key("titulo").text(model.title);
    out.key("autor").text(model.author);
    out.key("institucion").text(model.institution);
    out.key("comision").text(model.commission_acronym);
    out.key("desde").text(model.from.to_iso());
    out.key("hasta").text(model.to.to_iso());
    out.key("idioma").text(model.language);
    out.key("portada").begin_object();
    out.key("comision").text(model.cover.commission);
    out.key("titulo").text(model.cover.title);
    out.key("aprobacion").begin_array();
    for (const auto& line : model.cover.approval) {
        out.text(line);
    }
    out.end_array();
    out.end_object();
    write_sections(out.key("secciones"), model.sections);
    out.key("notas").begin_array();
    for (const auto& note : model.footnotes) {
        out.begin_object();
        out.key("numero").number(note.number);
        write_text(out.key("texto"), note.text);
        out.end_object();
    }
    out.end_array();
    out.end_object();
    return out.take() + "\n";
}

}  // namespace vincula::render::json
