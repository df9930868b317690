#include "support/example_report.h"

#include <algorithm>

namespace vincula::testing {
namespace {

using report::Cell;
using report::ColumnKind;
using report::Emphasis;
using report::Span;
using report::Text;

Text words(const std::string& text) {
    return {Span{text, Emphasis::None, std::nullopt}};
}

Span footnote(int number) {
    return Span{"", Emphasis::None, number};
}

Cell text_cell(const std::string& text) {
    return Cell{{words(text)}, std::nullopt, std::nullopt, 1, false};
}

Cell number_cell(long number) {
    return Cell{{words(std::to_string(number))}, std::nullopt, number, 1, false};
}

Cell date_cell(const std::string& words_for_date, int year, unsigned month, unsigned day) {
    return Cell{
        {words(words_for_date)}, common::Date::from_ymd(year, month, day), std::nullopt, 1, false};
}

Cell covered_cell() {
    return Cell{{}, std::nullopt, std::nullopt, 0, false};
}

report::Section introduction() {
    report::Section section{"introduccion", "", "Introducción", 1, true, {}, {}};
    section.blocks.push_back(report::Paragraph{{
        Span{"Este informe se presenta de conformidad con el ", Emphasis::None, std::nullopt},
        Span{"Código de Instituciones y Procedimientos Electorales", Emphasis::Bold, std::nullopt},
        Span{" y con el ", Emphasis::None, std::nullopt},
        Span{"Reglamento Interior", Emphasis::Italic, std::nullopt},
        footnote(1),
        Span{" del Instituto.", Emphasis::None, std::nullopt},
    }});
    section.blocks.push_back(
        report::Paragraph{words("El informe se estructura en tres apartados:")});
    section.blocks.push_back(report::List{report::ListStyle::Roman,
                                          {{words("Sesiones celebradas en el trimestre."), {}},
                                           {words("Acuerdos tomados por la Comisión."), {}},
                                           {words("Principales resultados obtenidos."), {}}}});
    return section;
}

report::Table sessions_table() {
    report::Table table{"1.1", "Sesiones celebradas en el trimestre", {}, {}, {}};
    table.columns = {{"Sesión", ColumnKind::Text, 0}, {"Fecha", ColumnKind::Date, 0}};
    table.rows = {
        {text_cell("Décima sesión ordinaria"),
         date_cell("Jueves 21 de octubre de 2021", 2021, 10, 21)},
        {text_cell("Décima primera sesión ordinaria"),
         date_cell("Miércoles 24 de noviembre de 2021", 2021, 11, 24)},
        {text_cell("Décima segunda sesión ordinaria"),
         date_cell("Lunes 13 de diciembre de 2021", 2021, 12, 13)},
    };
    return table;
}

report::Table attendance_table() {
    report::Table table{"1.2", "Asistencia a las sesiones", {}, {}, {}};
    table.columns = {{"Integrantes e invitados", ColumnKind::Text, 40},
                     {"Décima sesión ordinaria", ColumnKind::Text, 20},
                     {"Décima primera sesión ordinaria", ColumnKind::Text, 20},
                     {"Décima segunda sesión ordinaria", ColumnKind::Text, 20}};
    table.super_header = {{"", 1}, {"Asistencia a las sesiones", 3}};
    table.rows = {
        {text_cell("Presidencia: Erika Estrada Ruiz"), text_cell("✓"), text_cell("✓"),
         text_cell("✓")},
        {text_cell("Integrante: Bernardo Valle Monroy"), text_cell(""), text_cell("✓"),
         text_cell("✓")},
        {text_cell("Partido de la Revolución Democrática"), text_cell(""), text_cell("✓"),
         text_cell("")},
    };
    return table;
}

report::Section sessions_part() {
    report::Section section{"parte-1",
                            "I.",
                            "Sesiones de la Comisión Permanente de Vinculación con Organismos "
                            "Externos y asistencia",
                            1,
                            true,
                            {},
                            {}};
    section.blocks.push_back(report::Paragraph{
        words("Durante el cuarto trimestre de 2021, la Comisión celebró tres sesiones ordinarias "
              "en modalidad a distancia:")});
    section.blocks.push_back(sessions_table());
    section.blocks.push_back(attendance_table());
    section.blocks.push_back(report::Paragraph{words("Se presentaron los documentos siguientes:")});
    Text report_item = words("Informes de avance del Programa Anual de Trabajo");
    report_item.push_back(footnote(2));
    section.blocks.push_back(report::List{
        report::ListStyle::Bullet,
        {{report_item, {{words("Anexo estadístico de la décima primera sesión ordinaria"), {}}}},
         {words("Calendario de sesiones 2022"), {}}}});
    return section;
}

report::Table ine_table() {
    report::Table table{
        "2.1", "Sesiones de comisiones del INE a las que se dio seguimiento", {}, {}, {}};
    table.columns = {{"Órgano", ColumnKind::Text, 0},
                     {"No.", ColumnKind::Number, 0},
                     {"Fecha", ColumnKind::Date, 0}};
    Cell group = text_cell("Comisión de Capacitación y Organización Electoral");
    group.row_span = 2;
    table.rows = {
        {group, number_cell(1), date_cell("Jueves 21 de octubre de 2021", 2021, 10, 21)},
        {covered_cell(), number_cell(2),
         date_cell("Miércoles 24 de noviembre de 2021", 2021, 11, 24)},
        {text_cell("Comisión del Registro Federal de Electores"), number_cell(3),
         date_cell("Lunes 13 de diciembre de 2021", 2021, 12, 13)},
    };
    return table;
}

report::Table convenios_table() {
    report::Table table{"2.3", "Convenios con avance en el periodo", {}, {}, {}};
    table.columns = {{"No.", ColumnKind::Number, 0},
                     {"Tipo", ColumnKind::Text, 0},
                     {"Contraparte", ColumnKind::Text, 0},
                     {"Sesiones en que se informó", ColumnKind::Text, 0}};
    Cell counterpart = text_cell("Universidad Nacional Autónoma de México");
    counterpart.lines.front().push_back(footnote(3));
    Cell sessions{{words("Décima"), words("Décima segunda")}, std::nullopt, std::nullopt, 1, true};
    table.rows = {
        {number_cell(1), text_cell("Convenio general de colaboración"), counterpart,
         text_cell("Décima, Décima primera y Décima segunda")},
        {number_cell(2), text_cell("Convenio específico de coordinación"),
         text_cell("Instituto Nacional Electoral"), sessions},
    };
    return table;
}

report::Section results_part() {
    report::Section action{
        "accion-1-a", "A)", "Seguimiento a las sesiones de las comisiones del INE", 3, true,
        {},           {}};
    action.blocks.push_back(
        report::Paragraph{words("La Unidad Técnica dio seguimiento a las sesiones siguientes:")});
    action.blocks.push_back(ine_table());
    report::Section line{
        "linea-1", "1.", "Seguimiento a la vinculación con el Instituto Nacional Electoral",
        2,         true, {},
        {action}};

    report::Section detail{"detalle-convenios", "", "Detalle de los convenios", 4, false, {}, {}};
    detail.blocks.push_back(convenios_table());
    report::Section agreements{"linea-2",
                               "2.",
                               "Suscripción de convenios interinstitucionales de coordinación y "
                               "colaboración",
                               2,
                               true,
                               {},
                               {detail}};
    agreements.blocks.push_back(report::Paragraph{{
        Span{"De 2019 a la fecha, el IECM ha suscrito un total de ", Emphasis::None, std::nullopt},
        Span{"103", Emphasis::BoldItalic, std::nullopt},
        Span{" instrumentos jurídicos.", Emphasis::None, std::nullopt},
    }});

    return report::Section{"parte-2", "II.", "Principales resultados", 1,
                           true,      {},    {line, agreements}};
}

void add_section_text(const report::Section& section, std::vector<std::string>& texts);

// A footnote marker prints as a number inside the text ("[1]" in pandoc, a
// superscript 1 in a PDF): the pieces on either side are read separately.
void add_text(const report::Text& text, std::vector<std::string>& texts) {
    std::string piece;
    for (const auto& span : text) {
        piece += span.text;
        if (span.footnote) {
            texts.push_back(piece);
            piece.clear();
        }
    }
    texts.push_back(piece);
}

void add_list_text(const std::vector<report::ListItem>& items, std::vector<std::string>& texts) {
    for (const auto& item : items) {
        add_text(item.text, texts);
        add_list_text(item.items, texts);
    }
}

// Row by row: a one-column super-header entry without text is the column's
// title printed two rows high, read with the first row.
void add_header_text(const report::Table& table, std::vector<std::string>& texts) {
    std::vector<bool> read(table.columns.size(), false);
    std::size_t column = 0;
    for (const auto& [text, span] : table.super_header) {
        if (text.empty() && span == 1 && column < table.columns.size()) {
            texts.push_back(table.columns[column].title);
            read[column] = true;
        } else {
            texts.push_back(text);
        }
        column += static_cast<std::size_t>(std::max(span, 1));
    }
    for (column = 0; column < table.columns.size(); ++column) {
        if (!read[column]) {
            texts.push_back(table.columns[column].title);
        }
    }
}

void add_table_text(const report::Table& table, std::vector<std::string>& texts) {
    std::string caption = table.number.empty() ? "" : "Tabla " + table.number + ".";
    texts.push_back(caption.empty() ? table.caption : caption + " " + table.caption);
    add_header_text(table, texts);
    for (const auto& row : table.rows) {
        for (const auto& cell : row) {
            for (const auto& line : cell.lines) {
                add_text(line, texts);
            }
        }
    }
}

void add_section_text(const report::Section& section, std::vector<std::string>& texts) {
    texts.push_back(section.label.empty() ? section.title : section.label + " " + section.title);
    for (const auto& block : section.blocks) {
        if (const auto* paragraph = std::get_if<report::Paragraph>(&block)) {
            add_text(paragraph->text, texts);
        } else if (const auto* list = std::get_if<report::List>(&block)) {
            add_list_text(list->items, texts);
        } else if (const auto* table = std::get_if<report::Table>(&block)) {
            add_table_text(*table, texts);
        }
    }
    for (const auto& child : section.sections) {
        add_section_text(child, texts);
    }
}

}  // namespace

report::ReportModel example_report() {
    report::ReportModel model;
    model.title =
        "Cuarto informe trimestral de actividades de la Comisión Permanente de Vinculación con "
        "Organismos Externos 2021";
    model.author = "Comisión Permanente de Vinculación con Organismos Externos";
    model.institution = "Instituto Electoral de la Ciudad de México";
    model.commission_acronym = "CVOE";
    model.from = common::Date::from_ymd(2021, 10, 1);
    model.to = common::Date::from_ymd(2021, 12, 31);
    model.cover = {"COMISIÓN PERMANENTE DE VINCULACIÓN CON ORGANISMOS EXTERNOS",
                   "CUARTO INFORME TRIMESTRAL DE ACTIVIDADES DE LA COMISIÓN PERMANENTE DE "
                   "VINCULACIÓN CON ORGANISMOS EXTERNOS 2021",
                   {"APROBADO MEDIANTE ACUERDO", "CVOE/004/22", "PUNTO 4",
                    "PRIMERA SESIÓN ORDINARIA", "LUNES 24 DE ENERO DE 2022"}};
    model.sections = {introduction(), sessions_part(), results_part()};
    model.footnotes = {
        {1, words("Artículo 33 del Reglamento Interior del Instituto Electoral de la Ciudad de "
                  "México.")},
        {2, words("Presentados en la décima y en la décima primera sesiones ordinarias.")},
        {3, words("Convenio firmado el viernes 3 de diciembre de 2021.")},
    };
    return model;
}

std::vector<std::string> reading_order(const report::ReportModel& model) {
    std::vector<std::string> texts{model.cover.commission, model.cover.title};
    texts.insert(texts.end(), model.cover.approval.begin(), model.cover.approval.end());
    for (const auto& section : model.sections) {
        add_section_text(section, texts);
    }
    for (const auto& note : model.footnotes) {
        texts.push_back(plain(note.text));
    }
    std::erase(texts, std::string());
    return texts;
}

std::string plain(const report::Text& text) {
    std::string joined;
    for (const auto& span : text) {
        joined += span.text;
    }
    return joined;
}

}  // namespace vincula::testing
