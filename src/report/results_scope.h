#pragma once

#include <optional>
#include <string>
#include <vector>

#include "report/context.h"

namespace vincula::report {

// What one programmed action prints in the period, built block by block.
struct ActionScope {
    Context& context;
    std::string action;         // "pat-2021/2/C"
    std::string table_section;  // "2": tables are numbered within the line
};

// The output of one kind of block: a generated lead sentence (the count in
// words), then the staff texts anchored to the block are printed, then the
// body (tables, lists). A block may open a sub-heading («Resultados a la
// fecha») under which it and what follows are printed.
struct BlockOutput {
    std::vector<Block> lead;
    std::vector<Block> body;
    std::optional<std::string> sub_heading;
    // Only figures quoted from the registers (the convenio totals), no
    // activity: the action still states why it had none.
    bool figures_only = false;

    bool empty() const { return lead.empty() && body.empty(); }
};

// Builders, one per domain::SectionBlock (results_*.cpp).
BlockOutput documents_block(ActionScope& scope);
BlockOutput council_sessions_block(ActionScope& scope);
BlockOutput committee_sessions_block(ActionScope& scope);
BlockOutput sivople_block(ActionScope& scope);
BlockOutput convenios_block(ActionScope& scope);
BlockOutput accompaniments_block(ActionScope& scope);
BlockOutput opinions_block(ActionScope& scope);
BlockOutput emissions_block(ActionScope& scope);
BlockOutput contest_call_block(ActionScope& scope);
BlockOutput mailings_block(ActionScope& scope);
BlockOutput activities_block(ActionScope& scope);
BlockOutput contest_results_block(ActionScope& scope);
BlockOutput election_notes_block(ActionScope& scope);

}  // namespace vincula::report
