#pragma once

#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "common/date.h"

// The quarterly report as plain data: what the assembly step builds from the
// store for a period, and the only thing every renderer (JSON, Markdown,
// HTML, PDF, DOCX, XLSX) reads. Words are already final here (weekdays,
// ordinals, counts in words, joined lists): renderers only lay them out.
namespace vincula::report {

enum class Emphasis { None, Bold, Italic, BoldItalic };

// A run of text with one emphasis. A span with `footnote` set is the marker
// of that footnote (its `text` is empty): renderers print a superscript
// number in HTML/Markdown/DOCX and a real footnote in PDF and DOCX.
struct Span {
    std::string text;
    Emphasis emphasis = Emphasis::None;
    std::optional<int> footnote;

    bool operator==(const Span&) const = default;
};

// Inline text: a sequence of spans.
using Text = std::vector<Span>;

struct Paragraph {
    Text text;
};

enum class ListStyle { Bullet, Roman, Numbered };

struct ListItem {
    Text text;
    std::vector<ListItem> items;  // a nested list, same style as bullets
};

struct List {
    ListStyle style = ListStyle::Bullet;
    std::vector<ListItem> items;
};

// One table cell. `lines` are separate lines (a list of participants prints
// one per line); `date` or `number` carry the raw value behind the words so
// spreadsheets get real dates and numbers. `row_span` > 1 starts a group
// whose first column is printed once for several rows (the seed's INE
// bodies); the cells it covers have row_span 0 and no lines.
struct Cell {
    std::vector<Text> lines;
    std::optional<common::Date> date;
    std::optional<long> number;
    int row_span = 1;
    bool bulleted = false;  // lines are printed as a bullet list
};

enum class ColumnKind { Text, Number, Date };

struct Column {
    std::string title;
    ColumnKind kind = ColumnKind::Text;
    int width_percent = 0;  // 0: let the renderer decide
};

// A numbered table: «Tabla 2.3. Avance al cumplimiento …». Every table of
// the report is numbered by its section and captioned; rows are numbered
// without gaps by the assembly when the table has a «No.» column.
struct Table {
    std::string number;  // "2.3"
    std::string caption;
    std::vector<Column> columns;
    // Extra header rows above `columns` (the attendance matrix's «Asistencia
    // a las sesiones» spanning the session columns): (text, span) pairs.
    std::vector<std::pair<std::string, int>> super_header;
    std::vector<std::vector<Cell>> rows;
};

using Block = std::variant<Paragraph, List, Table>;

// A heading and what follows it. `label` is the number or letter printed
// before the title ("I.", "2.", "C)"); `anchor` is a stable id for links,
// bookmarks and cross references.
struct Section {
    std::string anchor;
    std::string label;
    std::string title;
    int level = 1;  // 1 part, 2 work-programme line, 3 action, 4 sub-heading
    bool in_index = true;
    std::vector<Block> blocks;
    std::vector<Section> sections;
};

struct Footnote {
    int number = 0;
    Text text;
};

// The cover: the commission in capitals, the title, and, once approved, the
// agreement and session that approved it.
struct Cover {
    std::string commission;
    std::string title;
    std::vector<std::string> approval;  // lines, e.g. «APROBADO MEDIANTE ACUERDO», «CVOE/004/22»
};

struct ReportModel {
    std::string title;        // «Cuarto informe trimestral de actividades … 2021»
    std::string author;       // the commission's name (document metadata)
    std::string institution;  // «Instituto Electoral de la Ciudad de México»
    std::string commission_acronym;
    common::Date from;
    common::Date to;
    std::string language = "es-MX";
    Cover cover;
    // A session's paperwork (convocatoria, orden del día, minuta): a few
    // pages that open with the cover's lines as a heading, without a page of
    // their own or an index, and whose parts do not start new pages.
    bool brief = false;
    std::vector<Section> sections;
    std::vector<Footnote> footnotes;
};

}  // namespace vincula::report
