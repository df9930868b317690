#include "report/attendance_table.h"

#include <algorithm>
#include <set>

#include "report/build_text.h"

namespace vincula::report {
namespace {

using domain::MemberRole;

int role_rank(MemberRole role) {
    switch (role) {
        case MemberRole::Presidency:
            return 0;
        case MemberRole::Member:
            return 1;
        case MemberRole::TechnicalSecretary:
            return 2;
        case MemberRole::PartyRepresentation:
            return 3;
        case MemberRole::PermanentGuest:
            return 4;
    }
    return 5;
}

std::string role_label(MemberRole role) {
    switch (role) {
        case MemberRole::Presidency:
            return "Presidencia";
        case MemberRole::Member:
            return "Integrante";
        case MemberRole::TechnicalSecretary:
            return "Secretaría técnica";
        case MemberRole::PartyRepresentation:
            return "Representación";
        case MemberRole::PermanentGuest:
            return "Invitado permanente";
    }
    return "";
}

std::string holder_name(const Context& context, const domain::Membership& seat) {
    if (seat.person) {
        if (const auto* person = context.person(*seat.person)) {
            return person->name;
        }
    }
    if (seat.organization && !seat.label) {
        if (const auto* organization = context.organization(*seat.organization)) {
            return organization->name;
        }
    }
    return seat.label.value_or("");
}

// «Secretaría técnica: Rosa Díaz (en suplencia de Juan Pérez)».
std::string substitute_label(const Context& context, const domain::Membership& seat) {
    const auto* covered = context.membership(*seat.substitute_for);
    if (covered == nullptr) {
        return "";
    }
    auto name = holder_name(context, *covered);
    return name.empty() ? "" : " (en suplencia de " + name + ")";
}

std::string seat_label(const Context& context, const domain::Membership& seat) {
    std::string suffix = seat.substitute_for ? substitute_label(context, seat) : "";
    if (seat.label) {
        return *seat.label + suffix;
    }
    std::string who;
    if (seat.person) {
        if (const auto* person = context.person(*seat.person)) {
            who = person->name;
        }
    }
    // A party's seat: «Partido Verde Ecologista de México: Ana Ruiz».
    if (seat.organization) {
        if (const auto* organization = context.organization(*seat.organization)) {
            return organization->name + (who.empty() ? "" : ": " + who) + suffix;
        }
    }
    return role_label(seat.role) + ": " + who + suffix;
}

}  // namespace

Table attendance_table(Context& context) {
    const auto& sessions = context.sessions_in_period();
    Table table{context.next_table_number("I"), "Asistencia a las sesiones", {}, {}, {}};
    table.columns.push_back({"Integrantes e invitados", ColumnKind::Text, 40});
    int width = sessions.empty() ? 0 : 60 / static_cast<int>(sessions.size());
    for (const auto* session : sessions) {
        table.columns.push_back({context.session_name(*session), ColumnKind::Text, width});
    }
    table.super_header = {{"", 1},
                          {"Asistencia a las sesiones", static_cast<int>(sessions.size())}};

    std::vector<std::pair<int, const domain::Membership*>> seats;
    std::vector<const domain::Membership*> substitutes;
    for (std::size_t i = 0; i < context.data().memberships.size(); ++i) {
        const auto& seat = context.data().memberships[i];
        if (seat.commission != context.commission().key) {
            continue;
        }
        bool expected = std::any_of(sessions.begin(), sessions.end(), [&](const auto* session) {
            return seat.valid_on(session->date);
        });
        if (!expected) {
            continue;
        }
        if (seat.substitute_for) {
            substitutes.push_back(&seat);
        } else {
            seats.emplace_back(role_rank(seat.role), &seat);
        }
    }
    std::stable_sort(seats.begin(), seats.end(),
                     [](const auto& a, const auto& b) { return a.first < b.first; });
    // Each substitute goes right below the seat it covers, so the table reads
    // who stood in for whom; one whose seat is not listed keeps its rank.
    for (const auto* substitute : substitutes) {
        auto covered = std::find_if(seats.begin(), seats.end(), [&](const auto& ranked) {
            return ranked.second->key == *substitute->substitute_for;
        });
        if (covered != seats.end()) {
            auto below = covered + 1;
            while (below != seats.end() && below->second->substitute_for == covered->second->key) {
                ++below;
            }
            seats.insert(below, {covered->first, substitute});
        } else {
            auto at = std::find_if(seats.begin(), seats.end(), [&](const auto& ranked) {
                return ranked.first > role_rank(substitute->role);
            });
            seats.insert(at, {role_rank(substitute->role), substitute});
        }
    }
    auto roll_of = [&](const domain::Session& session) -> const domain::Attendance* {
        const domain::Attendance* roll = nullptr;
        for (const auto& candidate : context.data().attendance) {
            if (candidate.session == session.key) {
                roll = &candidate;
            }
        }
        return roll;
    };
    auto substituted_in = [&](const domain::Membership& seat, const domain::Attendance* roll) {
        return roll != nullptr &&
               std::any_of(roll->present.begin(), roll->present.end(), [&](const auto& key) {
                   const auto* present = context.membership(key);
                   return present != nullptr && present->substitute_for == seat.key;
               });
    };

    for (const auto& ranked : seats) {
        // Not a structured binding: clang 14's lambdas cannot capture those.
        const auto* seat = ranked.second;
        std::vector<Cell> row{text_cell(seat_label(context, *seat))};
        for (const auto* session : sessions) {
            const auto* roll = roll_of(*session);
            auto listed = [&](const std::vector<std::string>& keys) {
                return std::find(keys.begin(), keys.end(), seat->key) != keys.end();
            };
            if (!seat->valid_on(session->date)) {
                row.push_back(text_cell("—"));
            } else if (roll != nullptr && listed(roll->present)) {
                row.push_back(text_cell("✓"));
            } else if (roll != nullptr && listed(roll->justified)) {
                row.push_back(text_cell("Justificada"));
            } else if (substituted_in(*seat, roll)) {
                row.push_back(text_cell("Suplencia"));
            } else {
                row.push_back(text_cell(Text{}));
            }
        }
        table.rows.push_back(std::move(row));
    }
    return table;
}

}  // namespace vincula::report
