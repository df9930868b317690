#include "web/captions.h"

#include <chrono>

#include "common/date.h"
#include "domain/as_of.h"
#include "domain/key_index.h"
#include "domain/naming.h"
#include "domain/programme.h"
#include "lang/dates.h"
#include "web/labels.h"

namespace vincula::web {
namespace {

template <class T, class Caption>
std::vector<Option> options_of(const std::vector<T>& records, Caption caption) {
    std::vector<Option> options;
    options.reserve(records.size());
    for (const auto& record : records) {
        options.push_back({record.key, caption(record)});
    }
    return options;
}

std::string with_key(const std::string& key, const std::string& text) {
    return text.empty() || text == key ? key : key + " · " + text;
}

}  // namespace

std::string shortened(const std::string& text, std::size_t limit) {
    if (text.size() <= limit) {
        return text;
    }
    auto cut = text.rfind(' ', limit);
    return text.substr(0, cut == std::string::npos ? limit : cut) + "…";
}

common::Date today() {
    return common::mexico_city_time(std::chrono::system_clock::now()).date;
}

std::string area_name(const domain::Dataset& data, const std::optional<std::string>& key,
                      const std::optional<common::Date>& date) {
    if (!key) {
        return "";
    }
    for (const auto& area : data.areas) {
        if (area.key == *key) {
            return domain::area_as_of(area, date.value_or(today())).name;
        }
    }
    return *key;
}

std::string session_caption(const domain::Dataset& data, const domain::Session& session) {
    auto style = domain::OrdinalStyleChoice::Compound;
    std::string acronym = session.commission;
    for (const auto& commission : data.commissions) {
        if (commission.key == session.commission) {
            style = commission.ordinal_style;
            // The acronym the commission bore on the session's date.
            acronym = domain::commission_as_of(commission, session.date).acronym;
        }
    }
    return domain::session_name(session, style) + " de " + std::to_string(session.year) + " (" +
           acronym + ") · " + lang::day_month_year(session.date);
}

std::string record_caption(const domain::Dataset& record, const domain::Dataset& names,
                           const std::string& key) {
    if (!record.sessions.empty()) {
        auto caption = session_caption(names, record.sessions.front());
        return caption.substr(0, caption.find(" · "));
    }
    if (!record.convenios.empty()) {
        return domain::convenio_caption(
            record.convenios.front(), [&](const std::string& named) -> const domain::Organization* {
                return domain::record_with_key(names.organizations, named);
            });
    }
    if (!record.memberships.empty()) {
        return member_name(names, record.memberships.front());
    }
    std::string caption;
    domain::for_each_array(record, [&](domain::ArrayInfo, const auto& records) {
        using R = typename std::decay_t<decltype(records)>::value_type;
        for (const auto& one : records) {
            if constexpr (requires(R r) { r.name; }) {
                caption = caption.empty() ? std::string(one.name) : caption;
            } else if constexpr (requires(R r) { r.title; }) {
                if constexpr (requires(R r) { r.title.has_value(); }) {
                    caption = caption.empty() ? one.title.value_or("") : caption;
                } else {
                    caption = caption.empty() ? std::string(one.title) : caption;
                }
            }
        }
    });
    return caption.empty() ? key : caption;
}

std::string member_name(const domain::Dataset& data, const domain::Membership& membership) {
    if (membership.person) {
        for (const auto& person : data.people) {
            if (person.key == *membership.person) {
                return person.name;
            }
        }
    }
    if (membership.organization) {
        for (const auto& organization : data.organizations) {
            if (organization.key == *membership.organization) {
                return organization.name;
            }
        }
    }
    return membership.label.value_or(membership.key);
}

std::vector<Option> reference_options(const domain::Dataset& data, domain::Refers refers) {
    using domain::Refers;
    switch (refers) {
        // Options name areas and commissions as they are called today.
        case Refers::Areas:
            return options_of(data.areas, [today = today()](const auto& area) {
                return domain::area_as_of(area, today).name;
            });
        case Refers::People:
            return options_of(data.people, [](const auto& person) { return person.name; });
        case Refers::Organizations:
            return options_of(data.organizations,
                              [](const auto& organization) { return organization.name; });
        case Refers::Commissions:
            return options_of(data.commissions, [today = today()](const auto& commission) {
                auto now = domain::commission_as_of(commission, today);
                return now.acronym + " · " + now.name;
            });
        case Refers::Memberships:
            return options_of(data.memberships, [&](const auto& membership) {
                return member_name(data, membership) + " · " +
                       enum_label(domain::to_wire(membership.role)) + " (" + membership.commission +
                       ")";
            });
        case Refers::Sessions:
            return options_of(data.sessions,
                              [&](const auto& session) { return session_caption(data, session); });
        case Refers::Agreements: {
            std::vector<Option> options;
            for (const auto& agreement : data.agreements) {
                options.push_back(
                    {agreement.code, with_key(agreement.code, shortened(agreement.title))});
            }
            return options;
        }
        case Refers::Actions:
        case Refers::ProgrammeParts: {
            std::vector<Option> options;
            // «Programa anual de trabajo 2021 (CVOE)», «2021 · línea 3 ·
            // acción B: …»: what the programme calls each part.
            for (const auto& programme : data.work_programmes) {
                auto year = std::to_string(programme.year);
                if (refers == Refers::ProgrammeParts) {
                    options.push_back({programme.key, "Programa anual de trabajo " + year + " (" +
                                                          programme.commission + ")"});
                }
                for (const auto& line : programme.lines) {
                    auto line_name = year + " · línea " + std::to_string(line.number);
                    if (refers == Refers::ProgrammeParts) {
                        options.push_back({domain::line_key(programme.key, line.number),
                                           line_name + ": " + shortened(line.title)});
                    }
                    for (const auto& action : line.actions) {
                        options.push_back(
                            {domain::action_key(programme.key, line.number, action.letter),
                             line_name + " · acción " + action.letter + ": " +
                                 shortened(action.text)});
                    }
                }
            }
            return options;
        }
        case Refers::DocumentSeries:
            return options_of(data.document_series,
                              [](const auto& series) { return shortened(series.title); });
        case Refers::Documents:
            return options_of(data.documents,
                              [](const auto& document) { return shortened(document.title); });
        case Refers::Convenios:
            return options_of(data.convenios, [](const auto& convenio) {
                return shortened(convenio.title.value_or(convenio.object.value_or("")));
            });
        case Refers::Networks:
            return options_of(data.networks, [](const auto& network) { return network.name; });
        case Refers::Contests:
            return options_of(data.contests, [](const auto& contest) { return contest.name; });
        case Refers::Registrations:
            return options_of(data.registrations,
                              [](const auto& registration) { return registration.name; });
        case Refers::Jurors:
            return options_of(data.jurors, [](const auto& juror) { return juror.name; });
        case Refers::Nothing:
            break;
    }
    return {};
}

}  // namespace vincula::web
