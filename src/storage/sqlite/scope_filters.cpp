#include "storage/sqlite/scope_filters.h"

#include <array>
#include <utility>

namespace vincula::storage::sqlite {
namespace {

// Open ends of date ranges compare as the far future.
#define OPEN_END(column) "COALESCE(" column ", '9999-12-31')"
#define COMMISSION_SESSIONS "(SELECT key FROM sessions WHERE commission = :commission)"
#define CONTESTS_IN_PERIOD \
    "(SELECT key FROM contests WHERE registration_open <= :to AND registration_close >= :from)"

constexpr std::array FILTERS = std::to_array<std::pair<std::string_view, std::string_view>>({
    {"memberships", "commission = :commission"},
    {"sessions", "commission = :commission"},
    {"attendance", "session IN " COMMISSION_SESSIONS},
    {"agenda_items", "session IN " COMMISSION_SESSIONS},
    // Its sessions' agreements and those it cites from other years.
    {"agreements",
     "session IN " COMMISSION_SESSIONS
     " OR code LIKE (SELECT acronym FROM commissions WHERE key = :commission) || '/%'"},
    {"work_programmes", "commission = :commission"},
    {"no_activity", "\"from\" <= :to AND \"to\" >= :from"},
    {"action_texts", "\"from\" <= :to AND \"to\" >= :from"},
    {"documents",
     "date BETWEEN :from AND :to"
     " OR (presented_from <= :to AND " OPEN_END(
         "presented_to") " >= :from)"
                         " OR (covers_from = :from AND covers_to = :to)"
                         " OR id IN (SELECT owner_id FROM documents__presented_in WHERE value "
                         "IN " COMMISSION_SESSIONS ")"},
    {"activities", "date <= :to AND COALESCE(end_date, date) >= :from"},
    {"external_sessions", "date BETWEEN :from AND :to"},
    {"sivople_reports", "date BETWEEN :from AND :to"},
    {"election_notes", "election_date BETWEEN :from AND :to"},
    {"convenio_progress", "session IN " COMMISSION_SESSIONS},
    {"accompaniments", "\"from\" <= :to AND " OPEN_END("\"to\"") " >= :from"},
    {"pertinence_opinions",
     "date BETWEEN :from AND :to OR (issued_from <= :to AND " OPEN_END("issued_to") " >= :from)"},
    {"contacts", "0"},
    {"mailings", "date BETWEEN :from AND :to"},
    {"contests", "registration_open <= :to AND registration_close >= :from"},
    {"registrations", "contest IN " CONTESTS_IN_PERIOD},
    {"jurors", "0"},
    {"rubric", "0"},
    {"scores", "0"},
});

#undef OPEN_END
#undef COMMISSION_SESSIONS
#undef CONTESTS_IN_PERIOD

}  // namespace

std::string_view scope_filter(std::string_view array) {
    for (const auto& [name, filter] : FILTERS) {
        if (name == array) {
            return filter;
        }
    }
    return {};
}

}  // namespace vincula::storage::sqlite
