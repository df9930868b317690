#include "render/json/report_json.h"

#include <nlohmann/json.hpp>

namespace vincula::render::json {
namespace {

using nlohmann::ordered_json;
using namespace report;

std::string emphasis_name(Emphasis emphasis) {
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

ordered_json text_json(const Text& text) {
    auto spans = ordered_json::array();
    for (const auto& span : text) {
        ordered_json item;
        if (span.footnote) {
            item["nota"] = *span.footnote;
        } else {
            item["texto"] = span.text;
            if (span.emphasis != Emphasis::None) {
                item["estilo"] = emphasis_name(span.emphasis);
            }
        }
        spans.push_back(std::move(item));
    }
    return spans;
}

ordered_json items_json(const std::vector<ListItem>& items) {
    auto out = ordered_json::array();
    for (const auto& item : items) {
        ordered_json entry{{"texto", text_json(item.text)}};
        if (!item.items.empty()) {
            entry["elementos"] = items_json(item.items);
        }
        out.push_back(std::move(entry));
    }
    return out;
}

ordered_json cell_json(const Cell& cell) {
    ordered_json out;
    auto lines = ordered_json::array();
    for (const auto& line : cell.lines) {
        lines.push_back(text_json(line));
    }
    out["lineas"] = std::move(lines);
    if (cell.date) {
        out["fecha"] = cell.date->to_iso();
    }
    if (cell.number) {
        out["numero"] = *cell.number;
    }
    if (cell.row_span != 1) {
        out["filas"] = cell.row_span;
    }
    if (cell.bulleted) {
        out["viñetas"] = true;
    }
    return out;
}

ordered_json table_json(const Table& table) {
    ordered_json out{{"tipo", "tabla"}, {"numero", table.number}, {"titulo", table.caption}};
    auto columns = ordered_json::array();
    for (const auto& column : table.columns) {
        columns.push_back(column.title);
    }
    out["columnas"] = std::move(columns);
    auto rows = ordered_json::array();
    for (const auto& row : table.rows) {
        auto cells = ordered_json::array();
        for (const auto& cell : row) {
            cells.push_back(cell_json(cell));
        }
        rows.push_back(std::move(cells));
    }
    out["filas"] = std::move(rows);
    return out;
}

ordered_json blocks_json(const std::vector<Block>& blocks) {
    auto out = ordered_json::array();
    for (const auto& block : blocks) {
        if (const auto* paragraph = std::get_if<Paragraph>(&block)) {
            out.push_back({{"tipo", "parrafo"}, {"texto", text_json(paragraph->text)}});
        } else if (const auto* list = std::get_if<List>(&block)) {
            out.push_back({{"tipo", "lista"}, {"elementos", items_json(list->items)}});
        } else {
            out.push_back(table_json(std::get<Table>(block)));
        }
    }
    return out;
}

ordered_json sections_json(const std::vector<Section>& sections) {
    auto out = ordered_json::array();
    for (const auto& section : sections) {
        ordered_json entry{
            {"ancla", section.anchor},       {"etiqueta", section.label},
            {"titulo", section.title},       {"nivel", section.level},
            {"en_indice", section.in_index}, {"bloques", blocks_json(section.blocks)}};
        if (!section.sections.empty()) {
            entry["secciones"] = sections_json(section.sections);
        }
        out.push_back(std::move(entry));
    }
    return out;
}

}  // namespace

std::string render_json(const ReportModel& model) {
    ordered_json root;
    root["titulo"] = model.title;
    root["autor"] = model.author;
    root["institucion"] = model.institution;
    root["comision"] = model.commission_acronym;
    root["desde"] = model.from.to_iso();
    root["hasta"] = model.to.to_iso();
    root["idioma"] = model.language;
    root["portada"] = {{"comision", model.cover.commission},
                       {"titulo", model.cover.title},
                       {"aprobacion", model.cover.approval}};
    root["secciones"] = sections_json(model.sections);
    auto notes = ordered_json::array();
    for (const auto& note : model.footnotes) {
        notes.push_back({{"numero", note.number}, {"texto", text_json(note.text)}});
    }
    root["notas"] = std::move(notes);
    return root.dump(2) + "\n";
}

}  // namespace vincula::render::json
