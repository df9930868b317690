#include "web/convenio_pages.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <set>
#include <unordered_map>

#include "api/permissions.h"
#include "api/record_files.h"
#include "common/messages.h"
#include "domain/key_index.h"
#include "domain/naming.h"
#include "domain/progress_action.h"
#include "lang/dates.h"
#include "lang/plurals.h"
#include "lang/text.h"
#include "web/api_answers.h"
#include "web/captions.h"
#include "web/downloads.h"
#include "web/labels.h"
#include "web/record_file_pages.h"
#include "web/record_form.h"
#include "web/scoped_reads.h"

namespace vincula::web {
namespace {

// Rows a page of the registry shows, as «Sesiones» does. A registry of
// thousands reads better searched than scrolled: the filters and the search
// come first, and the pages go on from there.
constexpr std::size_t ROWS_PER_PAGE = 50;

// The choices a page of the list keeps in its links to other pages.
constexpr std::array<const char*, 7> LIST_CHOICES = {"q",    "tipo", "estado", "sector",
                                                     "area", "anio", "orden"};

std::string convenio_path(const std::string& key) {
    return "/convenios/" + url_encode(key);
}

using Organizations = std::unordered_map<std::string, const domain::Organization*>;

// Finds an organization of `data` by key, for captions.
std::function<const domain::Organization*(const std::string&)> organization_named(
    const domain::Dataset& data) {
    return [&data](const std::string& key) -> const domain::Organization* {
        return domain::record_with_key(data.organizations, key);
    };
}

// How the registry may be ordered («orden»): as registered, by signature
// either way, or by name.
const std::vector<std::pair<std::string, std::string>>& orderings() {
    static const std::vector<std::pair<std::string, std::string>> choices = {
        {"", "Como se registraron"},
        {"firma-reciente", "Firma: la más reciente primero"},
        {"firma-antigua", "Firma: la más antigua primero"},
        {"nombre", "Nombre (A–Z)"},
    };
    return choices;
}

// Every word of `query` (a search key) appears in `haystack`, in any order
// and place: «fideicomiso central abasto» finds «Fideicomiso para la
// Construcción y Operación de la Central de Abasto».
bool has_every_word(const std::string& haystack, const std::string& query) {
    std::size_t start = 0;
    while (start < query.size()) {
        auto space = query.find(' ', start);
        auto word =
            query.substr(start, space == std::string::npos ? std::string::npos : space - start);
        if (!word.empty() && haystack.find(word) == std::string::npos) {
            return false;
        }
        if (space == std::string::npos) {
            break;
        }
        start = space + 1;
    }
    return true;
}

std::string counterparts_text(const Organizations& organizations,
                              const domain::Convenio& convenio) {
    std::vector<std::string> names;
    for (const auto& key : convenio.counterparts) {
        auto found = organizations.find(key);
        names.push_back(found == organizations.end() ? key : found->second->name);
    }
    return lang::join_list(names);
}

std::vector<std::string> sectors_of(const Organizations& organizations,
                                    const domain::Convenio& convenio) {
    std::vector<std::string> sectors;
    for (const auto& key : convenio.counterparts) {
        if (auto found = organizations.find(key); found != organizations.end()) {
            sectors.emplace_back(domain::to_wire(found->second->sector));
        }
    }
    return sectors;
}

// A select's options from the values present, with the chosen one marked.
nlohmann::json filter_options(const std::set<std::string>& values, const std::string& chosen,
                              bool enum_values, const domain::Dataset* data_for_areas = nullptr) {
    nlohmann::json options = nlohmann::json::array({{{"value", ""}, {"caption", "Todos"}}});
    for (const auto& value : values) {
        std::string caption = value;
        if (enum_values) {
            caption = enum_label(value);
        } else if (data_for_areas) {
            caption = area_name(*data_for_areas, value);
        }
        options.push_back({{"value", value}, {"caption", caption}, {"selected", value == chosen}});
    }
    return options;
}

// The wire values of an enumerated field, as its form offers them.
std::set<std::string> choices_of(std::string_view array, std::string_view field_name) {
    for (const auto& field : form_fields(array)) {
        if (field.name == field_name) {
            return {field.choices.begin(), field.choices.end()};
        }
    }
    return {};
}

// Every year from the registry's first signature to its last, read from
// the ends of the signature's order rather than from every convenio.
std::set<std::string> signature_years(domain::Store& store) {
    domain::ListQuery ends;
    ends.array = "convenios";
    ends.sort = "signed";
    ends.limit = 100;
    std::optional<int> first;
    std::optional<int> last;
    ends.order = domain::SortOrder::Descending;
    for (const auto& convenio : store.list(ends).records.convenios) {
        if (convenio.signed_on && !last) {
            last = convenio.signed_on->year();
        }
    }
    // Unsigned convenios sort first: the earliest signature follows them.
    ends.order = domain::SortOrder::Ascending;
    for (int page = 0; page < 20 && !first; ++page) {
        auto read = store.list(ends);
        for (const auto& convenio : read.records.convenios) {
            if (convenio.signed_on && !first) {
                first = convenio.signed_on->year();
            }
        }
        if (read.next.empty()) {
            break;
        }
        ends.after = read.next;
    }
    std::set<std::string> years;
    for (int year = first.value_or(last.value_or(0)); last && year <= *last; ++year) {
        years.insert(std::to_string(year));
    }
    return years;
}

std::string date_text(const std::optional<common::Date>& date) {
    return date ? lang::long_date(*date) : "";
}

// What the page of one convenio shows: the convenio, what hangs from it
// (its progress, accompaniments and pertinence opinions), and the areas,
// organizations, sessions and commissions those name.
domain::Dataset convenio_file(domain::Store& store, const std::string& key) {
    auto data = store.find(domain::RecordRef{"convenios", key});
    if (data.convenios.empty()) {
        return data;
    }
    for (const char* array : {"convenio_progress", "accompaniments", "pertinence_opinions"}) {
        domain::append(data, records_where(store, array, "convenio", key));
    }
    add_named(store, data);
    return data;
}

// How many sessions the progress form offers: those of about the last
// year of an institute with ten commissions, newest first.
constexpr std::size_t OFFERED_SESSIONS = 120;

// What the progress form offers: the most recent sessions (with their
// commissions, for their names), newest first. A convenio some commission
// already follows offers that commission's (or those commissions'); staff
// then choose among their own sessions, and the page reads as much in an
// institute of ten commissions as of one. A convenio nobody follows yet
// offers every commission's. The actions follow the session chosen.
domain::Dataset progress_choices(domain::Store& store, const std::set<std::string>& followers) {
    auto recent_sessions = [&](const std::optional<std::string>& commission) {
        domain::ListQuery query;
        query.array = "sessions";
        if (commission) {
            query.equal.emplace_back("commission", *commission);
        }
        query.sort = "date";
        query.order = domain::SortOrder::Descending;
        query.limit = OFFERED_SESSIONS;
        return store.list(query).records.sessions;
    };
    domain::Dataset choices;
    if (followers.empty()) {
        choices.sessions = recent_sessions(std::nullopt);
    }
    for (const auto& commission : followers) {
        auto sessions = recent_sessions(commission);
        choices.sessions.insert(choices.sessions.end(), sessions.begin(), sessions.end());
    }
    if (followers.size() > 1) {
        std::stable_sort(choices.sessions.begin(), choices.sessions.end(),
                         [](const auto& a, const auto& b) { return a.date > b.date; });
        if (choices.sessions.size() > OFFERED_SESSIONS) {
            choices.sessions.resize(OFFERED_SESSIONS);
        }
    }
    add_named(store, choices, 1);
    return choices;
}

// What choosing the obvious action of a progress reads: the session, its
// commission's programmes, and whether any progress already counts under
// each action of the session's year (one row each, by the action's index).
domain::Dataset progress_action_file(domain::Store& store, const std::string& session_key) {
    auto data = store.find(domain::RecordRef{"sessions", session_key});
    if (data.sessions.empty()) {
        return data;
    }
    const auto session = data.sessions.front();  // `data` grows below
    data.work_programmes =
        records_where(store, "work_programmes", "commission", session.commission).work_programmes;
    for (const auto& programme : data.work_programmes) {
        if (programme.year != session.date.year()) {
            continue;
        }
        for (const auto& line : programme.lines) {
            for (const auto& action : line.actions) {
                domain::ListQuery used;
                used.array = "convenio_progress";
                used.equal.emplace_back(
                    "action", domain::action_key(programme.key, line.number, action.letter));
                used.limit = 1;
                domain::append(data, store.list(used).records);
            }
        }
    }
    return data;
}

// The choices of the progress form's action for progress reported in
// `session`: the actions of the programme of the session's commission for
// the session's year, under its heading. None until a session is chosen:
// the programmes of every commission would be hundreds of actions.
nlohmann::json action_options(domain::Store& store, const std::string& session_key) {
    nlohmann::json programmes = nlohmann::json::array();
    if (session_key.empty()) {
        return programmes;
    }
    auto data = progress_action_file(store, session_key);
    auto choices = domain::progress_actions(data, session_key);
    if (data.sessions.empty() || choices.empty()) {
        return programmes;
    }
    const auto& session = data.sessions.front();
    for (const auto& programme : data.work_programmes) {
        if (programme.commission == session.commission && programme.year == session.date.year()) {
            nlohmann::json actions = nlohmann::json::array();
            for (const auto& choice : choices) {
                actions.push_back({{"value", choice.key}, {"caption", choice.caption}});
            }
            programmes.push_back({{"label", domain::programme_heading(programme) + " (" +
                                                programme.commission + ")"},
                                  {"actions", actions}});
        }
    }
    return programmes;
}

nlohmann::json ordering_options(const std::string& chosen) {
    nlohmann::json options = nlohmann::json::array();
    for (const auto& [value, caption] : orderings()) {
        options.push_back({{"value", value}, {"caption", caption}, {"selected", value == chosen}});
    }
    return options;
}

}  // namespace

api::Response convenio_list(Request& request) {
    if (!api::may(request.caller, api::Operation::Read, "convenios")) {
        return refusal(request, request.caller.is_public() ? 401 : 403);
    }
    auto wanted = [&](const char* name) { return request.query_value(name); };
    auto query = lang::search_key(wanted("q"));
    // Type, status and area are columns: the store filters by them. The
    // public sees convenios in force only.
    domain::ListQuery chosen;
    chosen.array = "convenios";
    for (auto [parameter, field] :
         {std::pair{"tipo", "type"}, std::pair{"estado", "status"}, std::pair{"area", "area"}}) {
        if (!wanted(parameter).empty()) {
            chosen.equal.emplace_back(field, wanted(parameter));
        }
    }
    if (auto forced = api::forced_filter(request.caller, "convenios")) {
        std::erase_if(chosen.equal, [&](const auto& kept) { return kept.first == forced->first; });
        chosen.equal.push_back(*forced);
    }
    // A search, a sector (of the counterparts) or a year (of the signature)
    // is answered by reading the convenios those columns choose; the first
    // page of the rest, in the order they were registered, is read alone
    // and counted by the store, however many years the registry holds.
    auto ordering = wanted("orden");
    bool known_ordering = std::any_of(orderings().begin(), orderings().end(),
                                      [&](const auto& choice) { return choice.first == ordering; });
    if (!known_ordering) {
        ordering.clear();
    }
    // The newest signatures first and the oldest first (unsigned ones last)
    // are asked of the store; by name is sorted here, over what is read.
    bool sorted_here = ordering == "nombre";
    bool whole = !query.empty() || !wanted("sector").empty() || !wanted("anio").empty() ||
                 wants_spreadsheet(request) || sorted_here;
    if (ordering == "firma-reciente" || ordering == "firma-antigua") {
        chosen.sort = "signed";
        chosen.order = ordering == "firma-reciente" ? domain::SortOrder::Descending
                                                    : domain::SortOrder::Ascending;
        chosen.absent_last = true;
    }
    // The list's address with its choices and `more` (another page, the
    // spreadsheet), without the page it is at.
    auto list_address = [&](const std::string& more) {
        std::string query_text;
        for (const char* name : LIST_CHOICES) {
            if (!wanted(name).empty()) {
                query_text += (query_text.empty() ? "" : "&") + std::string(name) + "=" +
                              url_encode(wanted(name));
            }
        }
        if (!more.empty()) {
            query_text += (query_text.empty() ? "" : "&") + more;
        }
        return query_text.empty() ? std::string("/convenios") : "/convenios?" + query_text;
    };
    domain::Dataset data;
    std::size_t total = 0;
    // Where this page starts: the store's cursor when the store pages, the
    // number of rows before it when the rows are chosen here.
    std::string next_page;
    std::size_t skipped = 0;
    if (whole) {
        data = every_record(request.database, chosen);
        domain::append(data, every_record(request.database, "organizations"));
        const auto from = wanted("desde");
        std::from_chars(from.data(), from.data() + from.size(), skipped);
    } else {
        chosen.limit = ROWS_PER_PAGE;
        chosen.after = wanted("cursor");
        auto page = request.database.list(chosen);
        if (page.unreadable_cursor) {
            // A page of a list that has changed since: its first page.
            return redirect(list_address(""));
        }
        data = std::move(page.records);
        if (!page.next.empty()) {
            next_page = list_address("cursor=" + url_encode(page.next));
        }
        total = request.database.count(chosen);
        add_named(request.database, data, 1);
    }
    data.areas = every_record(request.database, "areas").areas;
    auto organizations = domain::records_by_key(data.organizations);

    auto named = organization_named(data);
    if (sorted_here) {
        std::vector<std::pair<std::string, const domain::Convenio*>> order;
        for (const auto& convenio : data.convenios) {
            order.emplace_back(lang::search_key(domain::convenio_caption(convenio, named)),
                               &convenio);
        }
        std::stable_sort(order.begin(), order.end(),
                         [](const auto& a, const auto& b) { return a.first < b.first; });
        std::vector<domain::Convenio> sorted;
        for (const auto& [sort_key, convenio] : order) {
            sorted.push_back(*convenio);
        }
        data.convenios = std::move(sorted);
    }
    nlohmann::json rows = nlohmann::json::array();
    ListTable table{request.caller.is_public() ? "Convenios vigentes" : "Convenios",
                    {"Clave", "Contrapartes", "Tipo", "Estado", "Firma", "Área", "Objeto"},
                    {}};
    std::size_t matched = 0;
    for (const auto& convenio : data.convenios) {
        auto convenio_sectors = sectors_of(organizations, convenio);
        auto year = convenio.signed_on ? std::to_string(convenio.signed_on->year()) : "";
        auto counterparts = counterparts_text(organizations, convenio);
        bool matches =
            (wanted("sector").empty() || std::find(convenio_sectors.begin(), convenio_sectors.end(),
                                                   wanted("sector")) != convenio_sectors.end()) &&
            (wanted("anio").empty() || wanted("anio") == year);
        if (matches && !query.empty()) {
            auto haystack = lang::search_key(convenio.key + " " + convenio.folio.value_or("") +
                                             " " + domain::convenio_caption(convenio, named) + " " +
                                             convenio.object.value_or("") + " " + counterparts);
            matches = has_every_word(haystack, query);
        }
        if (!matches) {
            continue;
        }
        // The spreadsheet has every row; the page, the rows of its page.
        ++matched;
        bool on_this_page = !whole || (matched > skipped && matched <= skipped + ROWS_PER_PAGE);
        if (!wants_spreadsheet(request) && !on_this_page) {
            continue;
        }
        auto status = std::string(domain::to_wire(convenio.status));
        std::vector<std::string> cells{convenio.key,
                                       counterparts,
                                       std::string(domain::convenio_type_name(convenio.type)),
                                       enum_label(status),
                                       date_text(convenio.signed_on),
                                       area_name(data, convenio.area, convenio.signed_on),
                                       convenio.object.value_or("")};
        if (on_this_page) {
            rows.push_back({{"href", convenio_path(convenio.key)},
                            {"key", cells[0]},
                            {"caption", domain::convenio_caption(convenio, named)},
                            {"counterparts", cells[1]},
                            {"type", cells[2]},
                            {"status", cells[3]},
                            {"signed", cells[4]},
                            {"area", cells[5]}});
        }
        table.rows.push_back(std::move(cells));
    }
    if (wants_spreadsheet(request)) {
        return spreadsheet_download(table, "convenios.xlsx");
    }
    bool first_page = whole ? skipped == 0 : chosen.after.empty();
    if (whole) {
        total = matched;
        if (matched > skipped + ROWS_PER_PAGE) {
            next_page = list_address("desde=" + std::to_string(skipped + ROWS_PER_PAGE));
        }
    }
    auto spreadsheet = list_address("formato=xlsx");
    std::set<std::string> areas;
    for (const auto& area : data.areas) {
        areas.insert(area.key);
    }
    bool empty = rows.empty() && first_page;
    nlohmann::json view{
        {"spreadsheet", spreadsheet},
        {"q", wanted("q")},
        {"rows", std::move(rows)},
        {"count", lang::counted(static_cast<long>(total), "convenio")},
        {"paged", total > ROWS_PER_PAGE},
        {"per_page", std::to_string(ROWS_PER_PAGE)},
        {"next", next_page},
        {"first", first_page ? "" : list_address("")},
        {"empty", empty},
        {"public", request.caller.is_public()},
        {"types", filter_options(choices_of("convenios", "type"), wanted("tipo"), true)},
        {"statuses", filter_options(choices_of("convenios", "status"), wanted("estado"), true)},
        {"sectors", filter_options(choices_of("organizations", "sector"), wanted("sector"), true)},
        {"areas", filter_options(areas, wanted("area"), false, &data)},
        {"years", filter_options(signature_years(request.database), wanted("anio"), false)},
        {"orderings", ordering_options(ordering)},
        {"may_write", api::may(request.caller, api::Operation::Write, "convenios")},
        {"new_href", "/registros/convenios/nuevo?volver=" + url_encode("/convenios/{clave}")},
    };
    return html_page(request, request.caller.is_public() ? "Convenios vigentes" : "Convenios",
                     "convenios", view);
}

api::Response convenio_page(Request& request) {
    const auto& key = request.params.at("key");
    // The api decides who may see this convenio (the public: in force only).
    auto answer = api::Records(request.database).get(request.caller, "convenios", key);
    if (answer.status == 401 || answer.status == 403) {
        return refusal(request, answer.status);
    }
    if (!succeeded(answer)) {
        return html_page(request, "No encontrado", "not_found",
                         {{"message", "No existe el convenio «" + key + "»."}}, 404);
    }
    auto data = convenio_file(request.database, key);
    const domain::Convenio* convenio = data.convenios.empty() ? nullptr : &data.convenios.front();
    if (convenio == nullptr) {
        return html_page(request, "No encontrado", "not_found", nlohmann::json::object(), 404);
    }
    // The instrument's life, in date order: negotiation, opinions,
    // signature, validity, conclusion.
    std::vector<std::pair<common::Date, std::string>> events;
    for (const auto& accompaniment : data.accompaniments) {
        if (accompaniment.convenio == key) {
            events.emplace_back(accompaniment.from,
                                "Inicia el acompañamiento a " +
                                    area_name(data, accompaniment.area, accompaniment.from));
        }
    }
    for (const auto& opinion : data.pertinence_opinions) {
        if (opinion.convenio == key && opinion.date) {
            events.emplace_back(*opinion.date, "Opinión de pertinencia " + opinion.number + " (" +
                                                   enum_label(domain::to_wire(opinion.sense)) +
                                                   ")");
        }
    }
    if (convenio->signed_on) {
        events.emplace_back(*convenio->signed_on, "Firma");
    }
    if (convenio->valid_from) {
        events.emplace_back(*convenio->valid_from, "Inicio de la vigencia");
    }
    if (convenio->valid_to) {
        events.emplace_back(*convenio->valid_to, "Fin de la vigencia");
    }
    std::stable_sort(events.begin(), events.end(),
                     [](const auto& a, const auto& b) { return a.first < b.first; });
    nlohmann::json timeline = nlohmann::json::array();
    for (const auto& [date, what] : events) {
        timeline.push_back({{"date", lang::long_date(date)}, {"what", what}});
    }
    nlohmann::json progress = nlohmann::json::array();
    for (const auto& entry : data.convenio_progress) {
        if (entry.convenio != key) {
            continue;
        }
        std::string session = entry.session;
        std::optional<common::Date> reported_on;
        for (const auto& candidate : data.sessions) {
            if (candidate.key == entry.session) {
                session = session_caption(data, candidate);
                reported_on = candidate.date;
            }
        }
        progress.push_back({{"session", session},
                            {"area", area_name(data, entry.area, reported_on)},
                            {"text", entry.text.value_or("")}});
    }
    nlohmann::json accompaniments = nlohmann::json::array();
    for (const auto& accompaniment : data.accompaniments) {
        if (accompaniment.convenio == key) {
            accompaniments.push_back(
                {{"area", accompaniment.area_label.value_or(
                              area_name(data, accompaniment.area, accompaniment.from))},
                 {"span", "del " + lang::day_month_year(accompaniment.from) +
                              (accompaniment.to ? " al " + lang::day_month_year(*accompaniment.to)
                                                : std::string(" a la fecha"))}});
        }
    }
    nlohmann::json opinions = nlohmann::json::array();
    for (const auto& opinion : data.pertinence_opinions) {
        if (opinion.convenio == key) {
            opinions.push_back({{"number", opinion.number},
                                {"sense", enum_label(domain::to_wire(opinion.sense))},
                                {"date", date_text(opinion.date)},
                                {"instrument", opinion.instrument}});
        }
    }
    bool may_report_progress = api::may(request.caller, api::Operation::Write, "convenio_progress");
    bool own = !request.caller.has_role(domain::Role::Area) ||
               (request.caller.user->area && convenio->area == request.caller.user->area);
    std::set<std::string> followers;
    for (const auto& entry : data.convenio_progress) {
        for (const auto& session : data.sessions) {
            if (entry.convenio == key && session.key == entry.session) {
                followers.insert(session.commission);
            }
        }
    }
    // The form is only shown to whoever may report progress on it.
    auto choices = may_report_progress && own ? progress_choices(request.database, followers)
                                              : domain::Dataset{};
    nlohmann::json sessions = nlohmann::json::array();
    for (const auto& session : choices.sessions) {
        sessions.push_back(
            {{"value", session.key}, {"caption", session_caption(choices, session)}});
    }
    // Progress counts in the report under an action of the programme: the
    // obvious one by default, or the one staff choose once the session is
    // chosen (the page asks for that session's actions: no «programmes»
    // here).
    nlohmann::json view{
        {"key", convenio->key},
        {"type", std::string(domain::convenio_type_name(convenio->type))},
        {"status", enum_label(domain::to_wire(convenio->status))},
        {"counterparts", counterparts_text(domain::records_by_key(data.organizations), *convenio)},
        {"object", convenio->object.value_or("")},
        {"area", area_name(data, convenio->area)},
        {"signed", date_text(convenio->signed_on)},
        // Validity means something once signed: until a date, or indefinite.
        {"valid_to", convenio->valid_to    ? date_text(convenio->valid_to)
                     : convenio->signed_on ? "indefinida"
                                           : ""},
        {"timeline", timeline},
        {"no_timeline", timeline.empty()},
        {"progress", progress},
        {"no_progress", progress.empty()},
        {"has_accompaniments", !accompaniments.empty()},
        {"accompaniments", accompaniments},
        {"has_opinions", !opinions.empty()},
        {"opinions", opinions},
        {"may_report_progress", may_report_progress && own},
        {"progress_action", convenio_path(key) + "/avances"},
        {"actions_href", convenio_path(key) + "/acciones"},
        {"sessions", std::move(sessions)},
        {"expediente",
         request.caller.is_public()
             ? nlohmann::json(nullptr)
             : expediente_view(request.database, {{"convenios", key, "El convenio"}},
                               api::may_attach(request.database, request.caller, "convenios", key)
                                   ? convenio_path(key) + "/archivos"
                                   : "",
                               {})},
        {"edit_href", api::may(request.caller, api::Operation::Write, "convenios")
                          ? "/registros/convenios/editar/" + url_encode(key)
                          : ""},
    };
    return html_page(request, domain::convenio_caption(*convenio, organization_named(data)),
                     "convenio", view);
}

api::Response add_progress(Request& request) {
    const auto& key = request.params.at("key");
    nlohmann::json body{{"convenio", key}};
    for (const char* name : {"session", "text", "action"}) {
        if (auto value = request.form_value(name); !value.empty()) {
            body[name] = value;
        }
    }
    // No action chosen: the programme's one action for convenio follow-up.
    // When there is none, or several, staff must choose: progress tied to no
    // action would be missing from the report.
    if (auto session = request.form_value("session");
        !body.contains("action") && !session.empty()) {
        auto data = progress_action_file(request.database, session);
        if (auto obvious = domain::obvious_progress_action(data, session)) {
            body["action"] = *obvious;
        } else if (auto programmes = action_options(request.database, session);
                   !programmes.empty()) {
            // The same form again, with the session's actions to choose
            // from and what was written kept.
            return html_page(
                request, "Elija la acción del avance", "progress_action_choice",
                {{"errors", messages_of({common::field_error("action", "accion_no_evidente")})},
                 {"progress_action", convenio_path(key) + "/avances"},
                 {"session", session},
                 {"text", request.form_value("text")},
                 {"programmes", programmes},
                 {"must_choose", true},
                 {"back", convenio_path(key)}},
                422);
        } else {
            return html_page(
                request, "No se guardó el avance", "form_refused",
                {{"errors", messages_of({common::field_error("action", "accion_no_evidente")})},
                 {"back", convenio_path(key)}},
                422);
        }
    }
    if (request.caller.user && request.caller.user->area) {
        body["area"] = *request.caller.user->area;
    }
    auto answer =
        api::Records(request.database).create(request.caller, "convenio_progress", body.dump());
    if (answer.status == 401) {
        return refusal(request, 401);
    }
    if (!succeeded(answer)) {
        auto messages = messages_of(errors_of(answer));
        return html_page(request, "No se guardó el avance", "form_refused",
                         {{"errors", messages}, {"back", convenio_path(key)}}, answer.status);
    }
    return redirect(with_notice(convenio_path(key), "guardado"));
}

api::Response progress_actions_choice(Request& request) {
    if (!api::may(request.caller, api::Operation::Write, "convenio_progress")) {
        return refusal(request, request.caller.is_public() ? 401 : 403);
    }
    return html_fragment(
        "_progress_action",
        {{"programmes", action_options(request.database, request.query_value("session"))}});
}

api::Response attach_convenio_file(Request& request) {
    const auto& key = request.params.at("key");
    if (request.caller.is_public()) {
        return refusal(request, 401);
    }
    auto errors = attach_from_form(request, {{"convenios", key, "El convenio"}});
    if (!errors.empty()) {
        return html_page(request, "No se guardó el archivo", "form_refused",
                         {{"errors", messages_of(errors)}, {"back", convenio_path(key)}}, 422);
    }
    return redirect(with_notice(convenio_path(key), "archivo") + "#expediente");
}

}  // namespace vincula::web
