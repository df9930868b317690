#include "storage/postgres/programme_tables.h"

#include <string>
#include <tuple>
#include <unordered_map>

namespace vincula::storage::postgres {

void insert_programme_lines(Sql& sql, std::int64_t programme_id,
                            const domain::WorkProgramme& programme) {
    for (std::size_t l = 0; l < programme.lines.size(); ++l) {
        const auto& line = programme.lines[l];
        auto line_id =
            sql.run(
                   "INSERT INTO programme_lines (work_programme_id, position, number, "
                   "title) VALUES ($1, $2, $3, $4) RETURNING id",
                   programme_id, static_cast<std::int64_t>(l), line.number, line.title)[0][0]
                .as<std::int64_t>();
        for (std::size_t a = 0; a < line.actions.size(); ++a) {
            const auto& action = line.actions[a];
            sql.run(
                "INSERT INTO programme_actions (line_id, position, key, letter, text) "
                "VALUES ($1, $2, $3, $4, $5)",
                line_id, static_cast<std::int64_t>(a),
                domain::action_key(programme.key, line.number, action.letter), action.letter,
                action.text);
        }
    }
}

void remove_programme_lines(Sql& sql, std::int64_t programme_id) {
    sql.run("DELETE FROM programme_lines WHERE work_programme_id = $1", programme_id);
}

void load_programme_lines(
    Sql& sql, const std::vector<std::pair<std::int64_t, domain::WorkProgramme*>>& programmes) {
    if (programmes.empty()) {
        return;
    }
    std::unordered_map<std::int64_t, domain::WorkProgramme*> by_id(programmes.begin(),
                                                                   programmes.end());
    std::vector<std::int64_t> ids;
    for (const auto& [id, programme] : programmes) {
        ids.push_back(id);
    }
    auto owners = id_array(ids);
    // Addresses are taken once every line is in place: push_back may move them.
    std::vector<std::tuple<std::int64_t, domain::WorkProgramme*, std::size_t>> placed;
    for (const auto& row :
         sql.run("SELECT id, work_programme_id, number, title FROM programme_lines "
                 "WHERE work_programme_id = ANY($1::bigint[]) ORDER BY work_programme_id, position",
                 owners)) {
        auto programme = by_id.find(row[1].as<std::int64_t>());
        if (programme == by_id.end()) {
            continue;
        }
        auto& owner_lines = programme->second->lines;
        placed.emplace_back(row[0].as<std::int64_t>(), programme->second, owner_lines.size());
        owner_lines.push_back(
            domain::ProgrammeLine{row[2].as<int>(), row[3].as<std::string>(), {}});
    }
    std::unordered_map<std::int64_t, domain::ProgrammeLine*> lines;
    for (const auto& [id, programme, index] : placed) {
        lines.emplace(id, &programme->lines[index]);
    }
    for (const auto& row : sql.run(
             "SELECT a.line_id, a.letter, a.text FROM programme_actions a JOIN programme_lines l "
             "ON l.id = a.line_id WHERE l.work_programme_id = ANY($1::bigint[]) "
             "ORDER BY a.line_id, a.position",
             owners)) {
        auto line = lines.find(row[0].as<std::int64_t>());
        if (line != lines.end()) {
            line->second->actions.push_back(
                domain::ProgrammeAction{row[1].as<std::string>(), row[2].as<std::string>()});
        }
    }
}

}  // namespace vincula::storage::postgres
