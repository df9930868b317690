#include "web/transparency_pages.h"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <optional>
#include <vector>

#include "domain/as_of.h"
#include "domain/minutes.h"
#include "domain/naming.h"
#include "lang/dates.h"
#include "lang/text.h"
#include "report/session_paper.h"
#include "web/captions.h"
#include "web/downloads.h"
#include "web/labels.h"

namespace vincula::web {
namespace {

// One year of one commission, as the public reads it.
struct CommissionYear {
    domain::Commission commission;  // as it is called today
    int year = 0;
    std::vector<int> years;                        // those with sessions, newest first
    domain::Dataset data;                          // its records (load_scope of the year)
    std::vector<const domain::Session*> sessions;  // of the year, by date
};

std::optional<int> year_named(std::string_view text) {
    int year = 0;
    auto [end, problem] = std::from_chars(text.data(), text.data() + text.size(), year);
    if (problem != std::errc{} || end != text.data() + text.size() || text.size() != 4) {
        return std::nullopt;
    }
    return year;
}

// The commission and year a request names: nothing when the commission
// does not exist or has no session that year (the current year, with no
// session yet, is shown empty).
std::optional<CommissionYear> read_year(Request& request) {
    const auto& key = request.params.at("commission");
    auto found = request.database.find(domain::RecordRef{"commissions", key});
    if (found.commissions.empty()) {
        return std::nullopt;
    }
    CommissionYear result;
    auto now = today();
    result.commission = domain::commission_as_of(found.commissions.front(), now);
    std::optional<int> asked;
    if (auto given = request.params.find("year"); given != request.params.end()) {
        asked = year_named(given->second);
        if (!asked) {
            return std::nullopt;
        }
    }
    // The scope holds every session and agreement of the commission, of
    // any year, and its seats: the year only narrows the other records.
    auto year = asked.value_or(now.year());
    result.data = request.database.load_scope(
        key, *domain::Period::create(common::Date::from_ymd(year, 1, 1),
                                     common::Date::from_ymd(year, 12, 31)));
    for (const auto& session : result.data.sessions) {
        if (session.commission == key) {
            result.years.push_back(session.date.year());
        }
    }
    std::sort(result.years.begin(), result.years.end(), std::greater<>());
    result.years.erase(std::unique(result.years.begin(), result.years.end()), result.years.end());
    if (result.years.empty()) {
        result.years.push_back(now.year());
    }
    result.year = asked.value_or(result.years.front());
    if (std::find(result.years.begin(), result.years.end(), result.year) == result.years.end()) {
        return std::nullopt;
    }
    for (const auto& session : result.data.sessions) {
        if (session.commission == key && session.date.year() == result.year) {
            result.sessions.push_back(&session);
        }
    }
    std::stable_sort(result.sessions.begin(), result.sessions.end(),
                     [](const auto* a, const auto* b) { return a->date < b->date; });
    return result;
}

api::Response not_found(const Request& request) {
    return html_page(request, "No encontrado", "not_found",
                     {{"message", "No hay información pública de esa comisión en ese año."}}, 404);
}

std::string year_path(const CommissionYear& year) {
    return "/transparencia/" + url_encode(year.commission.key) + "/" + std::to_string(year.year);
}

std::string minutes_href(const std::string& session_key, std::string_view format) {
    return "/api/v1/sessions/" + url_encode(session_key) + "/minutes?format=" + std::string(format);
}

// Who integrates the commission today; when nobody does (a commission of
// past years), those who did on its latest session held. The seats are
// those a session held that day lists, named and titled as its paperwork
// names them («Presidenta de la Comisión»); substitutes cover one session
// and are not the integración.
struct Member {
    std::string name;
    std::string title;
    common::Date from;
    std::optional<common::Date> to;
};

struct Members {
    std::vector<Member> seats;
    common::Date as_of;
    bool today = true;
};

std::vector<Member> seats_on(const CommissionYear& year, const common::Date& date) {
    domain::Session that_day;
    that_day.commission = year.commission.key;
    that_day.date = date;
    that_day.year = date.year();
    report::SessionPaper paper(year.data, that_day);
    std::vector<Member> seats;
    for (const auto* seat : paper.seats()) {
        seats.push_back({paper.holder(*seat), paper.seat_title(*seat), seat->from, seat->to});
    }
    return seats;
}

Members members_of(const CommissionYear& year) {
    Members members{seats_on(year, today()), today(), true};
    if (!members.seats.empty()) {
        return members;
    }
    std::optional<common::Date> latest;
    for (const auto& session : year.data.sessions) {
        if (session.commission == year.commission.key &&
            session.status == domain::SessionStatus::Held && (!latest || *latest < session.date)) {
            latest = session.date;
        }
    }
    if (latest) {
        members = {seats_on(year, *latest), *latest, false};
    }
    return members;
}

ListTable members_table(const Members& members) {
    ListTable table{"Integración", {"Nombre", "Cargo", "Desde", "Hasta"}, {}};
    for (const auto& seat : members.seats) {
        table.rows.push_back(
            {seat.name, seat.title, seat.from.to_iso(), seat.to ? seat.to->to_iso() : ""});
    }
    return table;
}

std::string session_title(const CommissionYear& year, const domain::Session& session) {
    return domain::session_name(session, year.commission.ordinal_style);
}

const domain::Agreement* approval_of(const CommissionYear& year, const domain::Session& session) {
    if (session.status != domain::SessionStatus::Held) {
        return nullptr;
    }
    return domain::minutes_approval(year.data, session);
}

ListTable sessions_table(const CommissionYear& year) {
    ListTable table{"Sesiones",
                    {"Clave", "Sesión", "Fecha", "Hora", "Modalidad", "Estado",
                     "Minuta aprobada mediante", "Minuta (PDF)"},
                    {}};
    for (const auto* session : year.sessions) {
        const auto* approval = approval_of(year, *session);
        table.rows.push_back({session->key, session_title(year, *session), session->date.to_iso(),
                              session->time ? session->time->to_string() : "",
                              enum_label(domain::to_wire(session->modality)),
                              enum_label(domain::to_wire(session->status)),
                              approval ? approval->code : "",
                              approval ? minutes_href(session->key, "pdf") : ""});
    }
    return table;
}

// The agreements of the year's sessions, session by session, with how
// each was voted as the minuta says it (or that it was not recorded).
struct AgreementLine {
    const domain::Session* session;
    const domain::Agreement* agreement;
    std::string vote;
};

std::vector<AgreementLine> agreement_lines(const CommissionYear& year) {
    std::vector<AgreementLine> lines;
    for (const auto* session : year.sessions) {
        std::vector<const domain::Agreement*> adopted;
        for (const auto& agreement : year.data.agreements) {
            if (agreement.session == session->key) {
                adopted.push_back(&agreement);
            }
        }
        if (adopted.empty()) {
            continue;
        }
        std::sort(adopted.begin(), adopted.end(),
                  [](const auto* a, const auto* b) { return a->code < b->code; });
        report::SessionPaper paper(year.data, *session);
        for (const auto* agreement : adopted) {
            auto vote = paper.vote_phrase(*agreement);
            lines.push_back({session, agreement,
                             vote ? lang::capitalize_first(*vote) : "Votación no registrada"});
        }
    }
    return lines;
}

ListTable agreements_table(const CommissionYear& year) {
    ListTable table{"Acuerdos", {"Clave", "Fecha", "Sesión", "Asunto", "Sentido", "Votación"}, {}};
    for (const auto& line : agreement_lines(year)) {
        table.rows.push_back({line.agreement->code,
                              line.agreement->date.value_or(line.session->date).to_iso(),
                              session_title(year, *line.session), line.agreement->title,
                              enum_label(domain::to_wire(line.agreement->result)), line.vote});
    }
    return table;
}

std::string file_stem(const CommissionYear& year) {
    std::string stem;
    for (char c : year.commission.acronym) {
        stem +=
            std::isalnum(static_cast<unsigned char>(c)) ? static_cast<char>(std::tolower(c)) : '-';
    }
    return stem;
}

}  // namespace

api::Response transparency_index(Request& request) {
    domain::ListQuery query;
    query.array = "commissions";
    query.limit = 200;
    auto commissions = request.database.list(query).records.commissions;
    if (commissions.size() == 1) {
        return redirect("/transparencia/" + url_encode(commissions.front().key));
    }
    auto now = today();
    nlohmann::json rows = nlohmann::json::array();
    for (const auto& commission : commissions) {
        auto named = domain::commission_as_of(commission, now);
        rows.push_back({{"href", "/transparencia/" + url_encode(commission.key)},
                        {"name", named.name},
                        {"acronym", named.acronym}});
    }
    return html_page(request, "Transparencia", "transparency_index",
                     {{"commissions", rows}, {"empty", rows.empty()}});
}

api::Response transparency_page(Request& request) {
    auto year = read_year(request);
    if (!year) {
        return not_found(request);
    }
    nlohmann::json years = nlohmann::json::array();
    for (int shown : year->years) {
        years.push_back({{"year", std::to_string(shown)},
                         {"href", "/transparencia/" + url_encode(year->commission.key) + "/" +
                                      std::to_string(shown)},
                         {"current", shown == year->year}});
    }
    auto members = members_of(*year);
    nlohmann::json member_rows = nlohmann::json::array();
    for (const auto& seat : members.seats) {
        member_rows.push_back({{"name", seat.name},
                               {"role", seat.title},
                               {"since", lang::day_month_year(seat.from)}});
    }
    nlohmann::json session_rows = nlohmann::json::array();
    for (const auto* session : year->sessions) {
        const auto* approval = approval_of(*year, *session);
        nlohmann::json row{{"key", session->key},
                           {"name", session_title(*year, *session)},
                           {"date", lang::long_date(session->date)},
                           {"time", session->time ? session->time->to_string() + " h" : ""},
                           {"modality", enum_label(domain::to_wire(session->modality))},
                           {"status", enum_label(domain::to_wire(session->status))},
                           {"held", session->status == domain::SessionStatus::Held},
                           {"approved", approval != nullptr}};
        if (approval != nullptr) {
            row["agreement"] = approval->code;
            row["pdf"] = minutes_href(session->key, "pdf");
            row["docx"] = minutes_href(session->key, "docx");
        }
        session_rows.push_back(std::move(row));
    }
    nlohmann::json agreement_rows = nlohmann::json::array();
    for (const auto& line : agreement_lines(*year)) {
        agreement_rows.push_back(
            {{"code", line.agreement->code},
             {"session", session_title(*year, *line.session)},
             {"date", lang::day_month_year(line.agreement->date.value_or(line.session->date))},
             {"title", line.agreement->title},
             {"result", enum_label(domain::to_wire(line.agreement->result))},
             {"vote", line.vote}});
    }
    auto base = year_path(*year);
    nlohmann::json view{
        {"acronym", year->commission.acronym},
        {"year", std::to_string(year->year)},
        {"years", years},
        {"members", member_rows},
        {"no_members", member_rows.empty()},
        {"members_today", members.today},
        {"members_as_of", lang::day_month_year(members.as_of)},
        {"members_csv", "/transparencia/" + url_encode(year->commission.key) + "/integracion.csv"},
        {"sessions", session_rows},
        {"no_sessions", session_rows.empty()},
        {"sessions_csv", base + "/sesiones.csv"},
        {"agreements", agreement_rows},
        {"no_agreements", agreement_rows.empty()},
        {"agreements_csv", base + "/acuerdos.csv"},
    };
    return html_page(request, year->commission.name, "transparency", view);
}

api::Response transparency_members_csv(Request& request) {
    auto year = read_year(request);
    if (!year) {
        return not_found(request);
    }
    return csv_download(members_table(members_of(*year)),
                        "integracion-" + file_stem(*year) + ".csv");
}

api::Response transparency_sessions_csv(Request& request) {
    auto year = read_year(request);
    if (!year) {
        return not_found(request);
    }
    return csv_download(sessions_table(*year),
                        "sesiones-" + file_stem(*year) + "-" + std::to_string(year->year) + ".csv");
}

api::Response transparency_agreements_csv(Request& request) {
    auto year = read_year(request);
    if (!year) {
        return not_found(request);
    }
    return csv_download(agreements_table(*year),
                        "acuerdos-" + file_stem(*year) + "-" + std::to_string(year->year) + ".csv");
}

}  // namespace vincula::web
