#pragma once

#include <optional>
#include <string>
#include <vector>

#include "common/date.h"
#include "domain/describe.h"
#include "domain/enums.h"
#include "domain/sessions.h"

namespace vincula::domain {

// A lettered programmed action («A) El seguimiento a los compromisos …»).
// Other records refer to it as "<programme key>/<line number>/<letter>".
struct ProgrammeAction {
    std::string letter;
    std::string text;

    template <class Self, class V>
    static void describe(Self& self, V& v) {
        v.field("letter", self.letter);
        v.field("text", self.text, prose());
    }
};

struct ProgrammeLine {
    int number = 0;
    std::string title;
    std::vector<ProgrammeAction> actions;

    template <class Self, class V>
    static void describe(Self& self, V& v) {
        v.field("number", self.number, ordinal_field());
        v.field("title", self.title);
        v.field("actions", self.actions);
    }
};

// The annual work programme (PAT) of a commission; part II of the quarterly
// report follows its lines and actions in order.
struct WorkProgramme {
    std::string key;
    std::string commission;
    int year = 0;
    std::vector<std::string> approved_by;
    // The Consejo General's record that took note of it (an «acta»).
    std::optional<std::string> acknowledged_in;
    std::vector<ProgrammeLine> lines;
    // The Consejo General's session that took note of it.
    std::optional<SessionReference> acknowledged_session;
    // The document's own title and the abbreviation the text then uses,
    // when they are not the IECM's «Programa Anual de Trabajo y el
    // Calendario de Sesiones 2021» and «PAT».
    std::optional<std::string> title;
    std::optional<std::string> abbreviation;

    template <class Self, class V>
    static void describe(Self& self, V& v) {
        v.field("key", self.key, key_field());
        v.field("commission", self.commission, refers_to(Refers::Commissions));
        v.field("year", self.year, year_field());
        v.field("approved_by", self.approved_by, agreement_ref());
        v.field("acknowledged_in", self.acknowledged_in);
        v.field("acknowledged_session", self.acknowledged_session);
        v.field("title", self.title);
        v.field("abbreviation", self.abbreviation);
        v.field("lines", self.lines, FieldSpec{.stored_apart = true});
    }
};

// «Programa Anual de Trabajo 2021», or the title the programme states: its
// heading in a list or a report.
std::string programme_heading(const WorkProgramme& programme);
// What a text calls it after naming it once: its abbreviation, «PAT» when it
// has the IECM's title, none when a stated title has none.
std::optional<std::string> programme_abbreviation(const WorkProgramme& programme);
// What a text calls it after naming it: «PAT», «PAT 2022» beside another
// year's programme, «programa» when a stated title has no abbreviation.
std::string programme_called(const WorkProgramme& programme, bool several);

std::string action_key(const std::string& programme, int line, const std::string& letter);
// "<programme key>/<line number>": what text under a line heading names.
std::string line_key(const std::string& programme, int line);

// The stated reason why an action had no activity in a period.
struct NoActivity {
    std::string action;
    common::Date from;
    common::Date to;
    std::string reason;

    template <class Self, class V>
    static void describe(Self& self, V& v) {
        v.field("action", self.action, refers_to(Refers::Actions));
        v.field("from", self.from);
        v.field("to", self.to);
        v.field("reason", self.reason, prose());
    }
};

// Staff prose about a programme, line or action in a period that is not the
// description of one activity: a paragraph introducing a table, closing
// remarks, the introduction under a line heading. `action` names the part
// ("pat-2021", "pat-2021/2" or "pat-2021/2/C"). Without `block` it opens
// (inicio) or closes (final) the part's subsection; with one, it goes inside
// that printed block: after the block's heading and generated lead sentence
// and before its table or list (inicio), or at the block's end (final).
struct ActionText {
    std::string key;
    std::string action;
    common::Date from;
    common::Date to;
    TextPlacement placement = TextPlacement::Start;
    std::optional<SectionBlock> block;
    std::string text;

    template <class Self, class V>
    static void describe(Self& self, V& v) {
        v.field("key", self.key, key_field());
        v.field("action", self.action, refers_to(Refers::ProgrammeParts));
        v.field("from", self.from);
        v.field("to", self.to);
        v.field("placement", self.placement);
        v.field("block", self.block);
        v.field("text", self.text, prose());
    }
};

}  // namespace vincula::domain
