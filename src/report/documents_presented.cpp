#include "report/documents_presented.h"

#include <algorithm>
#include <map>
#include <set>

#include "domain/naming.h"
#include "lang/dates.h"
#include "lang/numbers.h"
#include "lang/text.h"
#include "report/build_text.h"

namespace vincula::report {
namespace {

using domain::Session;

// «las tres sesiones ordinarias del periodo», «la décima y décima segunda
// sesiones ordinarias (jueves 21 de octubre de 2021 y lunes 13 de diciembre
// de 2021)», «la décima sesión ordinaria y la primera sesión extraordinaria».
std::string sessions_phrase(const Context& context, const std::vector<const Session*>& sessions) {
    if (sessions.size() == 1) {
        return "la " + context.session_name_lower(*sessions.front()) + " (" +
               lang::long_date(sessions.front()->date) + ")";
    }
    bool same_type = std::all_of(sessions.begin(), sessions.end(), [&](const auto* session) {
        return session->type == sessions.front()->type;
    });
    auto plural_type = "sesiones " + domain::session_type_plural(sessions.front()->type);
    if (same_type && sessions.size() == context.sessions_in_period().size()) {
        return "las " +
               lang::cardinal(static_cast<long>(sessions.size()), lang::Gender::Feminine,
                              lang::Position::BeforeNoun) +
               " " + plural_type + " celebradas durante " + context.period_phrase();
    }
    std::vector<std::string> dates;
    for (const auto* session : sessions) {
        dates.push_back(lang::long_date(session->date));
    }
    if (same_type) {
        std::vector<std::string> ordinals;
        for (const auto* session : sessions) {
            ordinals.push_back(lang::to_lower(context.session_ordinal(*session)));
        }
        return "la " + lang::join_list(ordinals) + " " + plural_type + " (" +
               lang::join_list(dates) + ")";
    }
    std::vector<std::string> names;
    for (const auto* session : sessions) {
        names.push_back("la " + context.session_name_lower(*session) + " (" +
                        lang::long_date(session->date) + ")");
    }
    return lang::join_list(names);
}

struct Entry {
    std::string title;
    std::set<std::string> session_keys;
    bool series = false;
};

}  // namespace

void documents_presented(Context& context, std::vector<Block>& blocks) {
    std::set<std::string> in_period;
    for (const auto* session : context.sessions_in_period()) {
        in_period.insert(session->key);
    }
    std::vector<Entry> entries;
    std::map<std::string, std::size_t> series_entry;
    std::map<std::string, std::vector<std::string>> required;  // legal basis -> titles
    for (const auto& document : context.data().documents) {
        std::set<std::string> presented;
        for (const auto& key : document.presented_in) {
            if (in_period.contains(key)) {
                presented.insert(key);
            }
        }
        // Presented at some session of a known span, the session unrecorded.
        bool within_span =
            document.presented_from &&
            context.period().overlaps(*document.presented_from, document.presented_to);
        if (presented.empty() && !within_span) {
            continue;
        }
        if (document.legal_basis) {
            required[*document.legal_basis].push_back(document.title);
            continue;
        }
        if (document.series) {
            auto [found, inserted] = series_entry.emplace(*document.series, entries.size());
            if (inserted) {
                std::string title = *document.series;
                for (const auto& series : context.data().document_series) {
                    if (series.key == *document.series) {
                        title = series.title;
                    }
                }
                entries.push_back(Entry{title, {}, true});
            }
            entries[found->second].session_keys.insert(presented.begin(), presented.end());
            continue;
        }
        entries.push_back(Entry{document.title, presented, false});
    }
    if (entries.empty() && required.empty()) {
        return;
    }
    if (!entries.empty()) {
        // «en el PAT» only after the introduction has named it so.
        auto programmes = context.programmes();
        auto aims = programmes.empty() ? std::string("a sus objetivos específicos")
                    : programmes.size() > 1
                        ? std::string("a los objetivos específicos de sus programas de trabajo")
                        : "a los objetivos específicos programados en el " +
                              domain::programme_called(*programmes.front(), false);
        blocks.emplace_back(paragraph(
            "En las sesiones que tuvieron verificativo en el periodo que comprende el presente "
            "informe, la Comisión supervisó las actividades que dieron atención " +
            aims + ", a través de los siguientes informes, notas y propuestas de acciones:"));
        List list{ListStyle::Bullet, {}};
        for (const auto& entry : entries) {
            Text text{plain(entry.title + ".")};
            if (entry.series || entry.session_keys.size() > 1) {
                std::vector<const Session*> sessions;
                for (const auto* session : context.sessions_in_period()) {
                    if (entry.session_keys.contains(session->key)) {
                        sessions.push_back(session);
                    }
                }
                auto note = entry.title + " se " +
                            (entry.series ? std::string("presentaron") : std::string("presentó")) +
                            " en " + sessions_phrase(context, sessions) + ".";
                text.push_back(context.footnote(Text{plain(note)}));
            }
            list.items.push_back(ListItem{std::move(text), {}});
        }
        blocks.emplace_back(std::move(list));
    }
    for (const auto& [basis, titles] : required) {
        blocks.emplace_back(paragraph(
            "Adicionalmente, a efecto de dar cumplimiento a lo establecido en el " + basis +
            (titles.size() == 1 ? ", se presentó a la Comisión el siguiente punto:"
                                : ", se presentaron a la Comisión los siguientes puntos:")));
        List list{ListStyle::Bullet, {}};
        for (const auto& title : titles) {
            list.items.push_back(ListItem{Text{plain(title + ".")}, {}});
        }
        blocks.emplace_back(std::move(list));
    }
}

}  // namespace vincula::report
