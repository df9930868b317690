#include "storage/schema/scope_filters.h"

#include <cctype>

#include <array>
#include <utility>

namespace vincula::storage::schema {
namespace {

// Open ends of date ranges compare as the far future.
#define OPEN_END(column) "COALESCE(" column ", '9999-12-31')"
#define COMMISSION_SESSIONS "(SELECT key FROM sessions WHERE commission = :commission)"
// The programmed actions of the commission's work programmes: records of
// other commissions in the same period are not the report's.
#define COMMISSION_ACTIONS                                                                 \
    "(SELECT key FROM programme_actions WHERE line_id IN (SELECT id FROM programme_lines " \
    "WHERE work_programme_id IN (SELECT id FROM work_programmes WHERE commission = "       \
    ":commission)))"
// The period's accompaniments and opinions for the commission's actions:
// the report prints these, and reads the convenios they name.
#define ACCOMPANIMENTS_IN_SCOPE \
    "\"from\" <= :to AND " OPEN_END("\"to\"") " >= :from AND action IN " COMMISSION_ACTIONS
#define OPINIONS_IN_SCOPE                                               \
    "(date BETWEEN :from AND :to OR (issued_from <= :to AND " OPEN_END( \
        "issued_to") " >= :from)) AND action IN " COMMISSION_ACTIONS
// The actions of its programmes for the period's years: which of them
// follow convenios is told by the progress tied to them all year long.
#define PERIOD_YEARS_ACTIONS                                                                  \
    "(SELECT key FROM programme_actions WHERE line_id IN (SELECT id FROM programme_lines "    \
    "WHERE work_programme_id IN (SELECT id FROM work_programmes WHERE commission = "          \
    ":commission AND year BETWEEN CAST(substr(:from, 1, 4) AS INTEGER) AND CAST(substr(:to, " \
    "1, 4) AS INTEGER))))"
// Its sessions a text of the period may count over: those held in the
// period, or in the days of its activities or texts of the period that
// state their own (an activity of two quarters counts the progress of
// both); from the first such day to the last, a superset computed once.
#define PERIOD_ACTIVITIES \
    "date <= :to AND COALESCE(end_date, date) >= :from AND action IN " COMMISSION_ACTIONS
#define PERIOD_TEXTS "\"from\" <= :to AND \"to\" >= :from"
#define COUNTED_SESSIONS                                                                        \
    "(SELECT key FROM sessions WHERE commission = :commission AND (date BETWEEN :from AND :to " \
    "OR date BETWEEN (SELECT MIN(date) FROM activities WHERE " PERIOD_ACTIVITIES                \
    ") AND (SELECT MAX(COALESCE(end_date, date)) FROM activities WHERE " PERIOD_ACTIVITIES      \
    ") OR date BETWEEN (SELECT MIN(\"from\") FROM action_texts WHERE " PERIOD_TEXTS             \
    ") AND (SELECT MAX(\"to\") FROM action_texts WHERE " PERIOD_TEXTS ")))"
// The progress the report and the review read: of its sessions the
// period's texts count over, tied to its actions of the period's years,
// and its latest one, whatever its date (it tells that the commission
// follows convenios, so the register's figures print in a quarter
// without progress). One list of ids (a UNION), each part found by an
// index, rather than an OR that scans the table.
#define PROGRESS_IN_SCOPE                                                           \
    "id IN (SELECT id FROM convenio_progress WHERE session IN " COUNTED_SESSIONS    \
    " UNION SELECT id FROM convenio_progress WHERE action IN " PERIOD_YEARS_ACTIONS \
    " UNION SELECT MAX(id) FROM convenio_progress WHERE session IN " COMMISSION_SESSIONS ")"
// Agreement codes start with the commission's acronym and a slash.
#define COMMISSION_CODE_PREFIX "(SELECT acronym || '/' FROM commissions WHERE key = :commission)"
// Every contest open in the period: the review decides which are the
// commission's (by the agreement that approved it).
#define CONTESTS_IN_PERIOD \
    "(SELECT key FROM contests WHERE registration_open <= :to AND registration_close >= :from)"
// Of those, the ones that may be the commission's: all but those approved
// by an agreement recorded in another commission's session. Their works
// are read; in a database of every electoral body the others' would be
// tens of thousands.
#define CONTESTS_IN_PERIOD_NOT_OTHERS                                                       \
    "(SELECT key FROM contests c WHERE registration_open <= :to AND registration_close >= " \
    ":from AND NOT EXISTS (SELECT 1 FROM agreements a WHERE a.code = c.approved_by AND "    \
    "a.session IS NOT NULL AND a.session NOT IN " COMMISSION_SESSIONS "))"

constexpr std::array FILTERS = std::to_array<std::pair<std::string_view, std::string_view>>({
    {"memberships", "commission = :commission"},
    {"sessions", "commission = :commission"},
    {"attendance", "session IN " COMMISSION_SESSIONS},
    {"agenda_items", "session IN " COMMISSION_SESSIONS},
    // Its sessions' agreements, and those of other years it cites that
    // were recorded without their session (by code). Both sides of the OR
    // can use the index on session, so the table is not scanned.
    {"agreements", "session IN " COMMISSION_SESSIONS
                   " OR (session IS NULL AND substr(code, 1, length(" COMMISSION_CODE_PREFIX
                   ")) = " COMMISSION_CODE_PREFIX ")"},
    // The votes and separate opinions on its sessions' agreements.
    {"votes",
     "agreement IN (SELECT code FROM agreements WHERE session IN " COMMISSION_SESSIONS ")"},
    {"vote_opinions",
     "agreement IN (SELECT code FROM agreements WHERE session IN " COMMISSION_SESSIONS ")"},
    // The follow-up of every agreement of its sessions, whatever the
    // period: an agreement of last year may still be pending.
    {"minutes_observations", "session IN " COMMISSION_SESSIONS},
    {"agreement_follow_ups",
     "agreement IN (SELECT code FROM agreements WHERE session IN " COMMISSION_SESSIONS ")"},
    {"work_programmes", "commission = :commission"},
    {"no_activity", "\"from\" <= :to AND \"to\" >= :from AND action IN " COMMISSION_ACTIONS},
    {"action_texts",
     "\"from\" <= :to AND \"to\" >= :from AND EXISTS (SELECT 1 FROM work_programmes w WHERE "
     "w.commission = :commission AND (action = w.key OR action LIKE w.key || '/%'))"},
    // Dated in the period, presented over a span that meets it, covering
    // it exactly, or presented in its sessions: one list of ids (a UNION),
    // each part found by an index.
    {"documents",
     "id IN (SELECT id FROM documents WHERE date BETWEEN :from AND :to"
     " UNION SELECT id FROM documents WHERE presented_from <= :to AND " OPEN_END(
         "presented_to") " >= :from"
                         " UNION SELECT id FROM documents WHERE covers_from = :from AND "
                         "covers_to = :to"
                         " UNION SELECT owner_id FROM documents__presented_in WHERE value "
                         "IN " COMMISSION_SESSIONS ")"},
    {"activities",
     "date <= :to AND COALESCE(end_date, date) >= :from AND action IN " COMMISSION_ACTIONS},
    {"external_sessions", "date BETWEEN :from AND :to AND action IN " COMMISSION_ACTIONS},
    {"sivople_reports", "date BETWEEN :from AND :to AND action IN " COMMISSION_ACTIONS},
    {"election_notes", "election_date BETWEEN :from AND :to AND action IN " COMMISSION_ACTIONS},
    // Those the period's tables print, and those still marked in force
    // after their validity ended (the review points at them). The register's
    // figures count the rest in the store (domain::SignedSpan) instead of
    // reading them. One list of keys (a UNION), looked up by the key's
    // index, rather than an OR of lists that made SQLite test every convenio
    // against each.
    {"convenios", "key IN (SELECT convenio FROM convenio_progress WHERE " PROGRESS_IN_SCOPE
                  " UNION SELECT convenio FROM accompaniments WHERE " ACCOMPANIMENTS_IN_SCOPE
                  " UNION SELECT convenio FROM pertinence_opinions WHERE " OPINIONS_IN_SCOPE
                  " UNION SELECT key FROM convenios WHERE status = 'vigente' AND valid_to < :to)"},
    {"convenio_progress", PROGRESS_IN_SCOPE},
    {"accompaniments", ACCOMPANIMENTS_IN_SCOPE},
    {"pertinence_opinions", OPINIONS_IN_SCOPE},
    {"contacts", "0"},
    {"mailings", "date BETWEEN :from AND :to AND action IN " COMMISSION_ACTIONS},
    {"contests", "key IN " CONTESTS_IN_PERIOD},
    {"registrations", "contest IN " CONTESTS_IN_PERIOD_NOT_OTHERS},
    {"jurors", "0"},
    {"rubric", "0"},
    {"scores", "0"},
});

#undef OPEN_END
#undef COMMISSION_SESSIONS
#undef CONTESTS_IN_PERIOD
#undef CONTESTS_IN_PERIOD_NOT_OTHERS
#undef ACCOMPANIMENTS_IN_SCOPE
#undef OPINIONS_IN_SCOPE
#undef COMMISSION_CODE_PREFIX
#undef COMMISSION_ACTIONS
#undef PERIOD_YEARS_ACTIONS
#undef COUNTED_SESSIONS
#undef PERIOD_ACTIVITIES
#undef PERIOD_TEXTS
#undef PROGRESS_IN_SCOPE

}  // namespace

std::string_view scope_filter(std::string_view array) {
    for (const auto& [name, filter] : FILTERS) {
        if (name == array) {
            return filter;
        }
    }
    return {};
}

PositionalFilter positional(std::string_view filter, int first) {
    PositionalFilter result;
    if (filter == "0") {
        result.condition = "FALSE";
        return result;
    }
    for (std::size_t i = 0; i < filter.size();) {
        bool replaced = false;
        if (filter[i] == ':') {
            for (std::string_view name : {"commission", "from", "to"}) {
                auto end = i + 1 + name.size();
                bool word_ends =
                    end >= filter.size() ||
                    !(std::isalnum(static_cast<unsigned char>(filter[end])) || filter[end] == '_');
                if (filter.substr(i + 1, name.size()) == name && word_ends) {
                    std::size_t index = 0;
                    while (index < result.parameters.size() && result.parameters[index] != name) {
                        ++index;
                    }
                    if (index == result.parameters.size()) {
                        result.parameters.emplace_back(name);
                    }
                    result.condition += "$" + std::to_string(first + static_cast<int>(index));
                    i = end;
                    replaced = true;
                    break;
                }
            }
        }
        if (!replaced) {
            result.condition += filter[i++];
        }
    }
    return result;
}

}  // namespace vincula::storage::schema
