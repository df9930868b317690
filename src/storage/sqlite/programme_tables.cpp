#include "storage/sqlite/programme_tables.h"

#include <string>
#include <tuple>
#include <unordered_map>

#include <SQLiteCpp/Statement.h>

namespace vincula::storage::sqlite {

void insert_programme_lines(SQLite::Database& database, int64_t programme_id,
                            const domain::WorkProgramme& programme) {
    SQLite::Statement line_insert(database,
                                  "INSERT INTO programme_lines (work_programme_id, position, "
                                  "number, title) VALUES (?, ?, ?, ?)");
    SQLite::Statement action_insert(database,
                                    "INSERT INTO programme_actions (line_id, position, key, "
                                    "letter, text) VALUES (?, ?, ?, ?, ?)");
    for (std::size_t l = 0; l < programme.lines.size(); ++l) {
        const auto& line = programme.lines[l];
        line_insert.bind(1, static_cast<int64_t>(programme_id));
        line_insert.bind(2, static_cast<int64_t>(l));
        line_insert.bind(3, line.number);
        line_insert.bind(4, line.title);
        line_insert.exec();
        line_insert.reset();
        auto line_id = database.getLastInsertRowid();
        for (std::size_t a = 0; a < line.actions.size(); ++a) {
            const auto& action = line.actions[a];
            action_insert.bind(1, static_cast<int64_t>(line_id));
            action_insert.bind(2, static_cast<int64_t>(a));
            action_insert.bind(3, domain::action_key(programme.key, line.number, action.letter));
            action_insert.bind(4, action.letter);
            action_insert.bind(5, action.text);
            action_insert.exec();
            action_insert.reset();
        }
    }
}

void load_programme_lines(
    SQLite::Database& database,
    const std::vector<std::pair<int64_t, domain::WorkProgramme*>>& programmes) {
    std::unordered_map<int64_t, domain::WorkProgramme*> by_id(programmes.begin(), programmes.end());
    // Only the lines of the programmes read (a scoped read holds one or two
    // of a database's hundreds). The ids are the database's own integers.
    std::string owners;
    for (const auto& [id, programme] : programmes) {
        owners += (owners.empty() ? "" : ", ") + std::to_string(id);
    }
    SQLite::Statement line_select(
        database,
        "SELECT id, work_programme_id, number, title FROM programme_lines "
        "WHERE work_programme_id IN (" +
            owners + ") ORDER BY work_programme_id, position");
    // Addresses are taken once every line is in place: push_back may move them.
    std::vector<std::tuple<int64_t, domain::WorkProgramme*, std::size_t>> placed;
    while (line_select.executeStep()) {
        auto programme = by_id.find(line_select.getColumn(1).getInt64());
        if (programme == by_id.end()) {
            continue;
        }
        auto& owner_lines = programme->second->lines;
        placed.emplace_back(line_select.getColumn(0).getInt64(), programme->second,
                            owner_lines.size());
        owner_lines.push_back(domain::ProgrammeLine{
            line_select.getColumn(2).getInt(), line_select.getColumn(3).getString(), {}});
    }
    std::unordered_map<int64_t, domain::ProgrammeLine*> lines;
    for (const auto& [id, programme, index] : placed) {
        lines.emplace(id, &programme->lines[index]);
    }
    SQLite::Statement action_select(
        database,
        "SELECT line_id, letter, text FROM programme_actions WHERE line_id IN (SELECT id FROM "
        "programme_lines WHERE work_programme_id IN (" +
            owners + ")) ORDER BY line_id, position");
    while (action_select.executeStep()) {
        auto line = lines.find(action_select.getColumn(0).getInt64());
        if (line != lines.end()) {
            line->second->actions.push_back(domain::ProgrammeAction{
                action_select.getColumn(1).getString(), action_select.getColumn(2).getString()});
        }
    }
}

}  // namespace vincula::storage::sqlite
