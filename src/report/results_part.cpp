#include "report/results_part.h"

#include "report/build_text.h"
#include "report/prose.h"
#include "report/results_scope.h"

namespace vincula::report {
namespace {

using domain::SectionBlock;
using domain::TextPlacement;

using Builder = BlockOutput (*)(ActionScope&);

// The order in which an action prints its blocks.
constexpr std::pair<SectionBlock, Builder> BLOCKS[] = {
    {SectionBlock::Documents, documents_block},
    {SectionBlock::CouncilSessions, council_sessions_block},
    {SectionBlock::CommitteeSessions, committee_sessions_block},
    {SectionBlock::Sivople, sivople_block},
    {SectionBlock::Convenios, convenios_block},
    {SectionBlock::Accompaniments, accompaniments_block},
    {SectionBlock::Opinions, opinions_block},
    {SectionBlock::Emissions, emissions_block},
    {SectionBlock::ContestCall, contest_call_block},
    {SectionBlock::Mailings, mailings_block},
    {SectionBlock::Activities, activities_block},
    {SectionBlock::ContestResults, contest_results_block},
    {SectionBlock::ElectionNotes, election_notes_block},
};

// Staff texts for `part` in the period, at `placement`, anchored to `block`
// (or to the part itself when `block` is empty).
std::vector<Block> texts(const Context& context, const std::string& part, TextPlacement placement,
                         std::optional<SectionBlock> block) {
    std::vector<Block> blocks;
    for (const auto& text : context.data().action_texts) {
        if (text.action == part && text.placement == placement && text.block == block &&
            context.period().overlaps(text.from, text.to)) {
            auto parsed = parse_prose(text.text);
            blocks.insert(blocks.end(), parsed.begin(), parsed.end());
        }
    }
    return blocks;
}

void append(std::vector<Block>& to, std::vector<Block> from) {
    to.insert(to.end(), std::make_move_iterator(from.begin()), std::make_move_iterator(from.end()));
}

Section action_section(Context& context, const domain::WorkProgramme& programme,
                       const domain::ProgrammeLine& line, const domain::ProgrammeAction& action,
                       int level, const std::string& prefix) {
    auto key = domain::action_key(programme.key, line.number, action.letter);
    Section section{"accion-" + prefix + std::to_string(line.number) + "-" + action.letter,
                    action.letter + ")",
                    action.text,
                    level,
                    false,
                    {},
                    {}};
    ActionScope scope{context, key, std::to_string(line.number)};
    // Blocks go to the action's own list until a block opens a sub-heading;
    // from then on, to that sub-heading's section.
    auto* target = &section.blocks;
    append(*target, texts(context, key, TextPlacement::Start, std::nullopt));
    bool printed = !target->empty();
    for (const auto& [kind, build] : BLOCKS) {
        auto output = build(scope);
        if (output.empty()) {
            continue;
        }
        printed = printed || !output.figures_only;
        if (output.sub_heading) {
            section.sections.push_back(
                Section{section.anchor + "-" + std::to_string(static_cast<int>(kind)),
                        "",
                        *output.sub_heading,
                        4,
                        true,
                        {},
                        {}});
            target = &section.sections.back().blocks;
        }
        append(*target, std::move(output.lead));
        auto opening = texts(context, key, TextPlacement::Start, kind);
        auto closing = texts(context, key, TextPlacement::End, kind);
        printed = printed || !opening.empty() || !closing.empty();
        append(*target, std::move(opening));
        append(*target, std::move(output.body));
        append(*target, std::move(closing));
    }
    auto closing = texts(context, key, TextPlacement::End, std::nullopt);
    printed = printed || !closing.empty();
    append(*target, std::move(closing));
    if (!printed) {
        auto before = section.blocks.size();
        for (const auto& statement : context.data().no_activity) {
            if (statement.action == key &&
                context.period().overlaps(statement.from, statement.to)) {
                append(section.blocks, parse_prose(statement.reason));
            }
        }
        if (section.blocks.size() == before) {
            section.blocks.emplace_back(
                paragraph("No se reportan actividades en el periodo que se informa."));
        }
    }
    return section;
}

// The lines of one programme, at `level`; `prefix` keeps anchors apart when
// the part holds two programmes.
std::vector<Section> programme_lines(Context& context, const domain::WorkProgramme& programme,
                                     int level, const std::string& prefix) {
    std::vector<Section> lines;
    for (const auto& line : programme.lines) {
        auto line_key = programme.key + "/" + std::to_string(line.number);
        Section section{"linea-" + prefix + std::to_string(line.number),
                        std::to_string(line.number) + ".",
                        line.title,
                        level,
                        true,
                        {},
                        {}};
        append(section.blocks, texts(context, line_key, TextPlacement::Start, std::nullopt));
        for (const auto& action : line.actions) {
            section.sections.push_back(
                action_section(context, programme, line, action, level + 1, prefix));
        }
        append(section.blocks, texts(context, line_key, TextPlacement::End, std::nullopt));
        lines.push_back(std::move(section));
    }
    return lines;
}

}  // namespace

std::string results_part_summary(const Context&) {
    return "II. Principales resultados obtenidos por la Comisión en el periodo que se informa, "
           "ordenados por las líneas y acciones de su Programa Anual de Trabajo.";
}

Section make_results_part(Context& context) {
    Section part{"resultados", "II.", "Principales resultados", 1, true, {}, {}};
    // Without a programme the part has nothing to be ordered by; the review
    // says so (programa_faltante), the document does not.
    auto programmes = context.programmes();
    if (programmes.size() == 1) {
        const auto& programme = *programmes.front();
        append(part.blocks, texts(context, programme.key, TextPlacement::Start, std::nullopt));
        part.sections = programme_lines(context, programme, 2, "");
        append(part.blocks, texts(context, programme.key, TextPlacement::End, std::nullopt));
        return part;
    }
    // A period across two years reports each year's work under its own
    // programme, one after the other.
    for (const auto* programme : programmes) {
        auto year = std::to_string(programme->year);
        Section section{
            "programa-" + year, "", domain::programme_heading(*programme), 2, true, {}, {}};
        append(section.blocks, texts(context, programme->key, TextPlacement::Start, std::nullopt));
        section.sections = programme_lines(context, *programme, 3, year + "-");
        append(section.blocks, texts(context, programme->key, TextPlacement::End, std::nullopt));
        part.sections.push_back(std::move(section));
    }
    return part;
}

}  // namespace vincula::report
