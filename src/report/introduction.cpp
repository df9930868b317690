#include "report/introduction.h"

#include <algorithm>

#include "domain/agreement_code.h"
#include "domain/agreement_code_format.h"
#include "domain/as_of.h"
#include "domain/naming.h"
#include "lang/dates.h"
#include "lang/names.h"
#include "lang/numbers.h"
#include "lang/text.h"
#include "report/build_text.h"
#include "report/people_words.h"

namespace vincula::report {
namespace {

using domain::MemberRole;

std::vector<const domain::Membership*> seats_on(const Context& context, const common::Date& date,
                                                std::initializer_list<MemberRole> roles) {
    std::vector<const domain::Membership*> seats;
    for (const auto& membership : context.data().memberships) {
        if (membership.commission == context.commission().key && membership.valid_on(date) &&
            membership.person &&
            std::find(roles.begin(), roles.end(), membership.role) != roles.end()) {
            seats.push_back(&membership);
        }
    }
    return seats;
}

// «la novena sesión ordinaria de 2020», from the agreement's session or the
// session it says it was adopted in.
std::string adopted_in(const Context& context, const domain::Agreement& agreement) {
    if (agreement.session) {
        if (const auto* session = context.session(*agreement.session)) {
            return "la " + context.session_name_lower_with_year(*session);
        }
    }
    if (agreement.held_in && agreement.held_in->number) {
        domain::Session described;
        described.type = agreement.held_in->type;
        described.number = *agreement.held_in->number;
        auto code = domain::AgreementCode::create(agreement.code);
        int year = agreement.held_in->year ? *agreement.held_in->year : code ? code->year() : 0;
        return "la " + context.session_name_lower(described) +
               (year > 0 ? " de " + std::to_string(year) : "");
    }
    return "";
}

// «, en su primera sesión ordinaria,»: a session of another body, described
// by what is known of it.
std::string described_session(const Context& context,
                              const std::optional<domain::SessionReference>& reference) {
    if (!reference || !reference->number) {
        return "";
    }
    domain::Session described;
    described.type = reference->type;
    described.number = *reference->number;
    auto text = ", en su " + context.session_name_lower(described);
    if (reference->date) {
        text += " del " + lang::long_date(*reference->date);
    }
    return text + ",";
}

Paragraph integration(const Context& context) {
    const auto& commission = context.commission();
    auto when = commission.integrated_on ? *commission.integrated_on : context.period().to();
    std::vector<const domain::Person*> members;
    const domain::Person* president = nullptr;
    for (const auto* seat :
         seats_on(context, context.period().to(), {MemberRole::Presidency, MemberRole::Member})) {
        const auto* person = context.person(*seat->person);
        if (person == nullptr) {
            continue;
        }
        if (seat->role == MemberRole::Presidency) {
            president = person;
        } else {
            members.push_back(person);
        }
    }
    std::string text = "El Consejo General del " + context.institution_acronym();
    if (commission.integration_session) {
        text += ", en su sesión " +
                std::string(domain::session_type_word(commission.integration_session->type)) +
                " del " + lang::long_date(when);
    } else if (commission.integrated_on) {
        text += ", el " + lang::long_date(when);
    }
    text += ", aprobó la actual integración de la " + commission.name +
            " (Comisión), mediante el acuerdo " + *commission.integrated_by +
            ", quedando conformada por ";
    if (!members.empty()) {
        text += councillors(members);
    }
    if (president != nullptr) {
        text += (members.empty() ? "" : " y, ") +
                std::string(president->gender == domain::Gender::Female ? "como presidenta, "
                            : president->gender == domain::Gender::Male ? "como presidente, "
                                                                        : "en la presidencia, ") +
                councillor(*president);
    }
    return paragraph(text + ".");
}

// «como secretaria técnica», «como secretario técnico», or the seat itself
// for a person neither word fits.
std::string as_secretary(const domain::Person& person) {
    switch (person.gender) {
        case domain::Gender::Female:
            return "como secretaria técnica";
        case domain::Gender::Male:
            return "como secretario técnico";
        case domain::Gender::NonBinary:
            return "como titular de la secretaría técnica";
    }
    return "";
}

std::string ratification(const domain::Person& person, const domain::Membership& seat) {
    std::string when = seat.ratified_on ? "El " + lang::long_date(*seat.ratified_on) + ", " : "";
    std::string by = " mediante el acuerdo " + *seat.ratified_by + ".";
    if (person.gender == domain::Gender::NonBinary) {
        return " " + (when.empty() ? "La" : when + "la") + " Comisión ratificó la designación" + by;
    }
    auto who = short_person_phrase(person);
    return " " + (when.empty() ? lang::capitalize_first(who) : when + who) +
           (is_feminine(person) ? " fue ratificada" : " fue ratificado") + " por la Comisión" + by;
}

std::optional<Paragraph> secretary(const Context& context) {
    auto seats = seats_on(context, context.period().to(), {MemberRole::TechnicalSecretary});
    auto regular = std::find_if(seats.begin(), seats.end(),
                                [](const auto* seat) { return !seat->substitute_for; });
    if (regular == seats.end() || !(*regular)->appointed_by) {
        return std::nullopt;
    }
    const auto& seat = **regular;
    const auto* person = context.person(*seat.person);
    if (person == nullptr) {
        return std::nullopt;
    }
    std::string text;
    if (seat.appointed_on) {
        text += "El " + lang::long_date(*seat.appointed_on) + ", la ";
    } else {
        text += "La ";
    }
    text += "Comisión aprobó, mediante el acuerdo " + *seat.appointed_by + ", la designación " +
            lang::after_preposition("de", person_phrase(*person));
    auto appointed = seat.appointed_on ? *seat.appointed_on : seat.from;
    for (const auto& area : context.data().areas) {
        auto then = domain::area_as_of(area, appointed);
        if (then.head == person->key) {
            text +=
                ", titular " +
                lang::after_preposition(
                    "de", lang::with_article(lang::definite_article_for(then.name), then.name)) +
                " (" + then.acronym + ")";
            break;
        }
    }
    text += ", " + as_secretary(*person) + " de dicho órgano colegiado.";
    if (seat.ratified_by) {
        text += ratification(*person, seat);
    }
    return paragraph(text);
}

void programme_paragraphs(const Context& context, const domain::WorkProgramme& programme,
                          bool several, std::vector<Block>& blocks) {
    auto year = std::to_string(programme.year);
    auto called = domain::programme_called(programme, several);
    auto title =
        programme.title.value_or("Programa Anual de Trabajo y el Calendario de Sesiones " + year);
    bool abbreviated = domain::programme_abbreviation(programme).has_value();
    blocks.emplace_back(paragraph(
        lang::capitalize_first(lang::with_article(lang::definite_article_for(title), title)) +
        (abbreviated ? " (" + called + ")" : "") +
        " establece las directrices, los objetivos específicos y líneas estratégicas, así "
        "como las acciones programadas de la Comisión durante el " +
        year + "."));
    // «el PAT correspondiente al 2021»; beside another year's, «el PAT 2022».
    auto named = "el " + called + (several ? "" : " correspondiente al " + year);
    std::string chain;
    for (std::size_t i = 0; i < programme.approved_by.size(); ++i) {
        const auto* agreement = context.agreement(programme.approved_by[i]);
        auto where = agreement ? adopted_in(context, *agreement) : "";
        auto in = where.empty() ? "" : " en " + where;
        if (i == 0) {
            chain += "En este sentido, " + named + " fue aprobado por la Comisión" + in +
                     ", mediante el acuerdo " + programme.approved_by[i];
        } else {
            chain +=
                ", y fue ratificado" + in + ", a través del acuerdo " + programme.approved_by[i];
        }
    }
    if (!chain.empty()) {
        chain += ".";
    }
    if (programme.acknowledged_in) {
        chain += std::string(chain.empty() ? "" : " Igualmente, ") + (chain.empty() ? "El" : "el") +
                 " Consejo General del " + context.institution_acronym() +
                 described_session(context, programme.acknowledged_session) +
                 " tomó conocimiento " + lang::after_preposition("de", "el " + called) +
                 ", tal como se establece en el acta " + *programme.acknowledged_in + ".";
    }
    if (!chain.empty()) {
        blocks.emplace_back(paragraph(chain));
    }
}

// Each programme of a year the period touches, in order: a period from
// December to March gives account under two.
void programme_paragraphs(const Context& context, std::vector<Block>& blocks) {
    auto programmes = context.programmes();
    for (const auto* programme : programmes) {
        programme_paragraphs(context, *programme, programmes.size() > 1, blocks);
    }
}

// «2021», or «2021 y 2022» for a period that crosses a year: each year has
// its own programme, and the period answers to both.
std::string programme_years(const Context& context) {
    auto first = context.period().from().year();
    auto last = context.period().to().year();
    std::vector<std::string> years;
    for (auto year = first; year <= last; ++year) {
        years.push_back(std::to_string(year));
    }
    return lang::join_list(years);
}

// An agreement of the commission itself, taken in one of its sessions (or
// recorded without one under a code of its series): another commission's
// report of the same period, approved by its own agreement, is not this one.
bool commission_agreement(const Context& context, const domain::Agreement& agreement) {
    if (agreement.session) {
        const auto* session = context.session(*agreement.session);
        return session != nullptr && session->commission == context.commission().key;
    }
    auto code = domain::AgreementCode::create(agreement.code);
    return code && domain::issues_code(context.commission(), *code);
}

}  // namespace

std::string report_title(const Context& context) {
    const auto& period = context.period();
    const auto& name = context.commission().name;
    if (auto quarter = period.quarter_number()) {
        return lang::capitalize_first(lang::ordinal(*quarter, lang::Gender::Masculine,
                                                    lang::OrdinalStyle::Compound,
                                                    lang::Position::BeforeNoun)) +
               " informe trimestral de actividades de la " + name + " " +
               std::to_string(period.from().year());
    }
    if (period.from() == common::Date::from_ymd(period.from().year(), 1, 1) &&
        period.to() == common::Date::from_ymd(period.from().year(), 12, 31)) {
        return "Informe anual de actividades de la " + name + " " +
               std::to_string(period.from().year());
    }
    return "Informe de actividades de la " + name + " del " + lang::day_month_year(period.from()) +
           " al " + lang::day_month_year(period.to());
}

Cover make_cover(const Context& context) {
    Cover cover{
        lang::to_upper(context.commission().name), lang::to_upper(report_title(context)), {}};
    for (const auto& document : context.data().documents) {
        if (document.covers_from != context.period().from() ||
            document.covers_to != context.period().to() || !document.approved_by) {
            continue;
        }
        const auto* agreement = context.agreement(*document.approved_by);
        if (agreement == nullptr || agreement->result != domain::AgreementResult::Approved ||
            !commission_agreement(context, *agreement)) {
            continue;
        }
        cover.approval = {"APROBADO MEDIANTE ACUERDO", agreement->code};
        const auto* session = agreement->session ? context.session(*agreement->session) : nullptr;
        if (session != nullptr) {
            for (const auto& item : context.data().agenda_items) {
                if (item.session == session->key && item.agreement == agreement->code) {
                    cover.approval.push_back("PUNTO " + std::to_string(item.order));
                }
            }
            cover.approval.push_back(lang::to_upper(context.session_name(*session)));
            cover.approval.push_back(lang::to_upper(lang::long_date(session->date)));
        }
        return cover;
    }
    cover.approval = {"PROYECTO SUJETO A LA APROBACIÓN DE LA COMISIÓN"};
    return cover;
}

Section make_introduction(Context& context, const std::vector<std::string>& parts) {
    Section section{"introduccion", "", "Introducción", 1, true, {}, {}};
    const auto& commission = context.commission();
    if (commission.legal_basis) {
        section.blocks.emplace_back(paragraph(*commission.legal_basis));
    }
    if (commission.integrated_by) {
        section.blocks.emplace_back(integration(context));
    }
    if (auto text = secretary(context)) {
        section.blocks.emplace_back(std::move(*text));
    }
    auto before_programme = section.blocks.size();
    programme_paragraphs(context, section.blocks);
    // «dicho marco» needs the programme said just before; without one the
    // sentence stands on its own (the review names the missing programme).
    bool programme_said = section.blocks.size() > before_programme;
    section.blocks.emplace_back(paragraph(
        std::string(programme_said ? "Bajo dicho marco de planeación, el presente documento"
                                   : "El presente documento") +
        " da cuenta de las actividades correspondientes al periodo " +
        lang::period_span(context.period().from(), context.period().to()) +
        (programme_said ? ", en relación con la programación establecida." : ".")));
    section.blocks.emplace_back(paragraph(
        "A efecto de dar cumplimiento a los objetivos estratégicos que la Comisión trazó para " +
        programme_years(context) + ", el informe se estructura en " +
        lang::cardinal(static_cast<long>(parts.size()), lang::Gender::Masculine,
                       lang::Position::BeforeNoun) +
        (parts.size() == 1 ? " apartado:" : " apartados:")));
    List list{ListStyle::Bullet, {}};
    for (const auto& part : parts) {
        list.items.push_back(ListItem{Text{plain(part)}, {}});
    }
    section.blocks.emplace_back(std::move(list));
    return section;
}

}  // namespace vincula::report
