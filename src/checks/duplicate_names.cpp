// People and organizations typed twice («Erika Estrada Ruiz» and «Erika
// Estrada Ruíz») split one person's attendance, participation or convenios
// over two records. Names are compared by lang::search_key, so accents,
// case and spacing do not hide a duplicate. Homonyms exist, so this is an
// aviso. The registries are shared by every commission: a pair is reported
// to a commission when its records use at least one of the two.
#include <map>
#include <set>
#include <vector>

#include "checks/catalogue.h"
#include "checks/checks.h"
#include "lang/text.h"

namespace vincula::checks {
namespace {

struct UsedKeys {
    std::set<std::string> people;
    std::set<std::string> organizations;
};

UsedKeys used_by_commission(const Context& context) {
    const auto& data = context.data();
    UsedKeys used;
    auto add = [](std::set<std::string>& keys, const std::optional<std::string>& key) {
        if (key) {
            keys.insert(*key);
        }
    };
    for (const auto& seat : data.memberships) {
        if (seat.commission == context.commission().key) {
            add(used.people, seat.person);
            add(used.organizations, seat.organization);
        }
    }
    for (const auto& activity : data.activities) {
        if (activity.action && context.is_commission_action(*activity.action)) {
            for (const auto& participant : activity.participants) {
                add(used.people, participant.person);
                add(used.organizations, participant.organization);
            }
        }
    }
    for (const auto& followed : data.external_sessions) {
        if (followed.action && context.is_commission_action(*followed.action)) {
            used.organizations.insert(followed.organization);
        }
    }
    if (context.follows_convenios()) {
        for (const auto& convenio : data.convenios) {
            used.organizations.insert(convenio.counterparts.begin(), convenio.counterparts.end());
        }
    }
    for (const auto& contest : data.contests) {
        if (context.is_commission_contest(contest)) {
            used.organizations.insert(contest.co_organizers.begin(), contest.co_organizers.end());
        }
    }
    return used;
}

// «Erika Estrada Ruiz» (eer) y «Erika Estrada Ruíz» (eer2)
template <class T>
std::string pair_phrase(const std::vector<const T*>& records) {
    std::vector<std::string> names;
    for (const auto* record : records) {
        names.push_back("«" + record->name + "» (" + record->key + ")");
    }
    return lang::join_list(names);
}

template <class T>
void report_duplicates(const Context& context, const std::vector<T>& records,
                       const std::set<std::string>& used, std::string_view array,
                       std::string_view id, Findings& findings) {
    std::map<std::string, std::vector<const T*>> by_name;
    for (const auto& record : records) {
        by_name[lang::search_key(record.name)].push_back(&record);
    }
    for (const auto& [name, group] : by_name) {
        if (group.size() < 2) {
            continue;
        }
        bool concerns_commission = context.only_commission();
        for (const auto* record : group) {
            concerns_commission = concerns_commission || used.count(record->key) > 0;
        }
        if (concerns_commission) {
            findings.push_back(make_finding(
                id, RecordRef{std::string(array), group[1]->key, "name"}, {pair_phrase(group)}));
        }
    }
}

}  // namespace

void check_duplicate_names(const Context& context, Findings& findings) {
    auto used = used_by_commission(context);
    report_duplicates(context, context.data().people, used.people, "people", "persona_duplicada",
                      findings);
    report_duplicates(context, context.data().organizations, used.organizations, "organizations",
                      "organizacion_duplicada", findings);
}

}  // namespace vincula::checks
