#include "checks/phrases.h"

#include "domain/naming.h"

#include <vector>

#include "lang/dates.h"
#include "lang/text.h"

namespace vincula::checks {
namespace {

template <class T>
const T* by_key(const std::vector<T>& records, const std::string& key) {
    for (const auto& record : records) {
        if (record.key == key) {
            return &record;
        }
    }
    return nullptr;
}

}  // namespace

std::string excerpt(std::string_view text, std::size_t words) {
    std::size_t seen = 0;
    bool in_word = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        bool space = text[i] == ' ' || text[i] == '\n' || text[i] == '\t';
        if (!space && !in_word && ++seen > words) {
            auto cut = text.substr(0, i);
            while (!cut.empty() && (cut.back() == ' ' || cut.back() == ',' || cut.back() == ';')) {
                cut.remove_suffix(1);
            }
            return std::string(cut) + "…";
        }
        in_word = !space;
    }
    return std::string(text);
}

std::string date_range_phrase(const common::Date& from, const std::optional<common::Date>& to) {
    if (!to) {
        return "desde el " + lang::long_date(from);
    }
    if (*to == from) {
        return "el " + lang::long_date(from);
    }
    return lang::long_date_range(from, *to);
}

std::string person_phrase(const domain::Dataset& data, const std::string& key) {
    const auto* person = by_key(data.people, key);
    return (person ? person->name : std::string("persona")) + " (" + key + ")";
}

std::string organization_phrase(const domain::Dataset& data, const std::string& key) {
    const auto* organization = by_key(data.organizations, key);
    return (organization ? organization->name : std::string("organización")) + " (" + key + ")";
}

std::string membership_phrase(const domain::Dataset& data, const domain::Membership& seat) {
    if (seat.label) {
        return "«" + *seat.label + "» (" + seat.key + ")";
    }
    std::string who = seat.person         ? person_phrase(data, *seat.person)
                      : seat.organization ? organization_phrase(data, *seat.organization)
                                          : std::string();
    return who.empty() ? seat.key : who + ", integración " + seat.key;
}

std::string convenio_phrase(const domain::Dataset& data, const domain::Convenio& convenio) {
    std::string name;
    if (convenio.title) {
        name = excerpt(*convenio.title);
    } else {
        std::vector<std::string> counterparts;
        for (const auto& key : convenio.counterparts) {
            const auto* organization = by_key(data.organizations, key);
            counterparts.push_back(organization ? organization->name : key);
        }
        name = std::string(domain::convenio_type_name(convenio.type));
        if (!counterparts.empty()) {
            name += " con " + lang::join_list(counterparts);
        }
    }
    return "«" + name + "» (" + convenio.key + ")";
}

std::string_view convenio_status_words(domain::ConvenioStatus status) {
    using domain::ConvenioStatus;
    switch (status) {
        case ConvenioStatus::InProcess:
            return "en gestión";
        case ConvenioStatus::InNegotiation:
            return "en negociación";
        case ConvenioStatus::WithOpinion:
            return "con opinión de pertinencia, sin firmar";
        case ConvenioStatus::InForce:
            return "vigente";
        case ConvenioStatus::Concluded:
            return "concluido";
        case ConvenioStatus::Cancelled:
            return "cancelado";
    }
    return "";
}

}  // namespace vincula::checks
