// Only seats valid on a session's date can be marked present or excused
// (DOMAIN.md: who is expected derives from memberships valid that day). The
// import refuses such rolls; the review also catches them when a membership's
// dates are corrected afterwards.
#include <algorithm>
#include <unordered_map>

#include "checks/catalogue.h"
#include "checks/checks.h"
#include "checks/phrases.h"
#include "common/field_error.h"
#include "lang/dates.h"

namespace vincula::checks {
namespace {

// Why the seat was not the commission's on that date.
std::string why_not_valid(const Context& context, const domain::Membership& seat,
                          const common::Date& date) {
    if (seat.commission != context.commission().key) {
        return "es de otra comisión (" + seat.commission + ")";
    }
    if (date < seat.from) {
        return "empezó hasta el " + lang::long_date(seat.from);
    }
    return "terminó el " + lang::long_date(*seat.to);
}

}  // namespace

void check_attendance_members(const Context& context, Findings& findings) {
    std::unordered_map<std::string, const domain::Membership*> seats;
    for (const auto& seat : context.data().memberships) {
        seats.emplace(seat.key, &seat);
    }
    for (const auto& roll : context.data().attendance) {
        const auto* session = context.session(roll.session);
        if (session == nullptr || !context.in_period(session->date)) {
            continue;
        }
        auto check = [&](const std::vector<std::string>& keys, const char* field, const char* as) {
            for (std::size_t i = 0; i < keys.size(); ++i) {
                auto found = seats.find(keys[i]);
                if (found == seats.end()) {
                    continue;  // a dangling reference, refused by the import
                }
                const auto& seat = *found->second;
                if (seat.commission == context.commission().key && seat.valid_on(session->date)) {
                    continue;
                }
                findings.push_back(make_finding(
                    "asistente_no_integrante",
                    RecordRef{"attendance", roll.session, common::index_path(field, i)},
                    {context.session_phrase(*session), as, membership_phrase(context.data(), seat),
                     why_not_valid(context, seat, session->date)}));
            }
        };
        check(roll.present, "present", "como presente");
        check(roll.justified, "justified", "con inasistencia justificada");
        // A substitute covers an absence: the seat it covers is not present too.
        for (std::size_t i = 0; i < roll.present.size(); ++i) {
            auto substitute = seats.find(roll.present[i]);
            if (substitute == seats.end() || !substitute->second->substitute_for) {
                continue;
            }
            const auto& covered = *substitute->second->substitute_for;
            if (std::find(roll.present.begin(), roll.present.end(), covered) ==
                roll.present.end()) {
                continue;
            }
            auto regular = seats.find(covered);
            if (regular == seats.end()) {
                continue;
            }
            findings.push_back(make_finding(
                "suplencia_con_titular_presente",
                RecordRef{"attendance", roll.session, common::index_path("present", i)},
                {context.session_phrase(*session),
                 membership_phrase(context.data(), *regular->second),
                 membership_phrase(context.data(), *substitute->second)}));
        }
    }
}

}  // namespace vincula::checks
