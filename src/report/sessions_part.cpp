#include "report/sessions_part.h"

#include <algorithm>
#include <map>

#include "domain/agreement_code.h"
#include "domain/naming.h"
#include "lang/dates.h"
#include "lang/numbers.h"
#include "lang/text.h"
#include "report/attendance_table.h"
#include "report/build_text.h"
#include "report/counting.h"
#include "report/documents_presented.h"
#include "report/follow_up_table.h"

namespace vincula::report {
namespace {

using domain::Session;

std::string modality_phrase(domain::Modality modality) {
    switch (modality) {
        case domain::Modality::Remote:
            return "en modalidad a distancia, mediante el uso de herramientas tecnológicas";
        case domain::Modality::InPerson:
            return "en modalidad presencial";
        case domain::Modality::Hybrid:
            return "en modalidad híbrida";
    }
    return "";
}

Paragraph sessions_sentence(const Context& context) {
    const auto& sessions = context.sessions_in_period();
    auto opening = "Durante " + context.period_phrase() + ", la Comisión ";
    if (sessions.empty()) {
        return paragraph(opening + "no celebró sesiones.");
    }
    std::vector<std::string> by_type;
    for (auto type : {domain::SessionType::Installation, domain::SessionType::Ordinary,
                      domain::SessionType::Extraordinary, domain::SessionType::Urgent}) {
        long count = 0;
        for (const auto* session : sessions) {
            count += session->type == type ? 1 : 0;
        }
        if (count > 0) {
            by_type.push_back(quantity(count, lang::Gender::Feminine,
                                       "sesión " + std::string(domain::session_type_word(type)),
                                       "sesiones " + domain::session_type_plural(type)));
        }
    }
    bool one_modality = true;
    for (const auto* session : sessions) {
        one_modality = one_modality && session->modality == sessions.front()->modality;
    }
    std::string text = opening + "celebró " + lang::join_list(by_type);
    if (one_modality) {
        text += " " + modality_phrase(sessions.front()->modality);
    }
    return paragraph(text + ":");
}

Table sessions_table(Context& context) {
    Table table{context.next_table_number("I"),
                "Sesiones celebradas en el periodo",
                {{"No.", ColumnKind::Number, 8},
                 {"Sesión", ColumnKind::Text, 46},
                 {"Fecha", ColumnKind::Date, 46}},
                {},
                {}};
    long number = 0;
    for (const auto* session : context.sessions_in_period()) {
        table.rows.push_back({number_cell(++number), text_cell(context.session_name(*session)),
                              date_cell(session->date)});
    }
    return table;
}

// «Se canceló la décima sesión ordinaria, convocada para el jueves 21 de
// octubre de 2021.» Under the rule that releases the number the session
// held in its place bears it, so the cancelled one is named by its type:
// «Se canceló una sesión ordinaria convocada para el…».
std::optional<Paragraph> cancelled_sessions(const Context& context) {
    std::vector<std::string> named;
    for (const auto* session : context.cancelled_in_period()) {
        auto date = lang::long_date(session->date);
        if (context.commission().numbers(*session)) {
            named.push_back("la " + context.session_name_lower(*session) + ", convocada para el " +
                            date);
        } else {
            named.push_back("una sesión " + std::string(domain::session_type_word(session->type)) +
                            " convocada para el " + date);
        }
    }
    if (named.empty()) {
        return std::nullopt;
    }
    return paragraph((named.size() == 1 ? "Se canceló " : "Se cancelaron ") +
                     lang::join_list(named) + ".");
}

std::vector<const domain::Agreement*> agreements_of(const Context& context,
                                                    const Session& session) {
    std::vector<std::pair<int, const domain::Agreement*>> numbered;
    for (const auto& agreement : context.data().agreements) {
        if (agreement.session == session.key) {
            auto code = domain::AgreementCode::create(agreement.code);
            numbered.emplace_back(code ? code->number() : 0, &agreement);
        }
    }
    std::stable_sort(numbered.begin(), numbered.end(),
                     [](const auto& a, const auto& b) { return a.first < b.first; });
    std::vector<const domain::Agreement*> sorted;
    for (const auto& [number, agreement] : numbered) {
        sorted.push_back(agreement);
    }
    return sorted;
}

bool adopted(const domain::Agreement* agreement) {
    return agreement->result != domain::AgreementResult::Rejected;
}

// «un proyecto de acuerdo», «dos proyectos de acuerdo».
std::string draft_agreements(long count) {
    return count == 1 ? "un proyecto de acuerdo"
                      : lang::cardinal(count, lang::Gender::Masculine, lang::Position::BeforeNoun) +
                            " proyectos de acuerdo";
}

// What the Commission adopted: only agreements approved count; drafts put
// to the vote and not approved are said apart and listed, marked.
void agreements_blocks(const Context& context, std::vector<Block>& blocks) {
    struct SessionAgreements {
        const Session* session;
        std::vector<const domain::Agreement*> agreements;
        long adopted;
    };
    std::vector<SessionAgreements> by_session;
    long total = 0;
    long rejected = 0;
    for (const auto* session : context.sessions_in_period()) {
        auto agreements = agreements_of(context, *session);
        if (!agreements.empty()) {
            auto count =
                static_cast<long>(std::count_if(agreements.begin(), agreements.end(), adopted));
            total += count;
            rejected += static_cast<long>(agreements.size()) - count;
            by_session.push_back({session, std::move(agreements), count});
        }
    }
    auto opening = "Durante el periodo " +
                   lang::period_span(context.period().from(), context.period().to()) +
                   " la Comisión ";
    if (total == 0 && rejected == 0) {
        blocks.emplace_back(paragraph(opening + "no adoptó acuerdos."));
        return;
    }
    std::string text = opening;
    if (total == 0) {
        text += "no adoptó acuerdos";
    } else {
        text += "adoptó " + (total == 1 ? std::string("un acuerdo")
                                        : "un total de " + std::to_string(total) + " acuerdos");
        std::vector<const SessionAgreements*> adopting;
        for (const auto& entry : by_session) {
            if (entry.adopted > 0) {
                adopting.push_back(&entry);
            }
        }
        if (adopting.size() == 1) {
            text += " en la " + context.session_name_lower(*adopting.front()->session);
        } else {
            std::vector<std::string> parts;
            for (std::size_t i = 0; i < adopting.size(); ++i) {
                auto count = lang::cardinal(adopting[i]->adopted, lang::Gender::Masculine,
                                            lang::Position::Standalone);
                parts.push_back(count + (i == 0 ? " de ellos" : "") + " en la " +
                                context.session_name_lower(*adopting[i]->session));
            }
            text += ", " + lang::join_list(parts);
        }
    }
    if (rejected > 0) {
        text +=
            (total == 0 ? "; " : ", y ") + std::string("no aprobó ") + draft_agreements(rejected);
        text += total + rejected == 1 ? ", que se enlista a continuación:"
                                      : ", como se enlista a continuación:";
    } else {
        text += total == 1 ? ", el cual se enlista a continuación:"
                           : ", los cuales se enlistan a continuación:";
    }
    blocks.emplace_back(paragraph(text));
    for (const auto& entry : by_session) {
        blocks.emplace_back(paragraph(context.session_name(*entry.session) + ", " +
                                      lang::long_date(entry.session->date) + ":"));
        List list{ListStyle::Bullet, {}};
        for (const auto* agreement : entry.agreements) {
            auto title = agreement->title;
            if (!title.empty() && title.back() != '.') {
                title += '.';
            }
            Text item{bold(agreement->code + "."), plain(" " + title)};
            if (agreement->result == domain::AgreementResult::Rejected) {
                item.push_back(plain(" (No aprobado)."));
            }
            list.items.push_back(ListItem{std::move(item), {}});
        }
        blocks.emplace_back(std::move(list));
    }
}

// The follow-up of the agreements that order something, at the end of the
// period: what is open and what was fulfilled within it. Nothing when no
// agreement is followed.
void follow_up_blocks(Context& context, std::vector<Block>& blocks) {
    const auto& period = context.period();
    auto day = period.to().plus_days(1);
    auto follow_ups =
        domain::follow_ups_to_report(context.data(), context.commission().key, period.from(), day);
    if (follow_ups.empty()) {
        return;
    }
    auto number = context.next_table_number("I");
    auto total = static_cast<long>(follow_ups.size());
    std::string text = total == 1 ? "Del acuerdo que ordena una acción y está en seguimiento"
                                  : "De los " + lang::cardinal(total) +
                                        " acuerdos que ordenan una acción y están en seguimiento";
    text +=
        ", al cierre del periodo " + follow_up_tally(follow_ups, day) + " (tabla " + number + ").";
    blocks.emplace_back(paragraph(text));
    blocks.emplace_back(follow_up_table(context, follow_ups, day, number));
}

}  // namespace

std::string sessions_part_summary(const Context& context) {
    return "I. Sesiones celebradas por la Comisión durante " + context.period_phrase() +
           ", su asistencia, los acuerdos adoptados y los informes, notas y propuestas que se le "
           "presentaron.";
}

Section make_sessions_part(Context& context) {
    Section part{"sesiones", "I.", "Sesiones de la " + context.commission().name + " y asistencia",
                 1,          true, {},
                 {}};
    auto& blocks = part.blocks;
    blocks.emplace_back(sessions_sentence(context));
    if (!context.sessions_in_period().empty()) {
        blocks.emplace_back(sessions_table(context));
        blocks.emplace_back(paragraph(
            "A continuación, se presenta el reporte de asistencia de cada una de las sesiones:"));
        blocks.emplace_back(attendance_table(context));
    }
    if (auto cancelled = cancelled_sessions(context)) {
        blocks.emplace_back(std::move(*cancelled));
    }
    agreements_blocks(context, blocks);
    follow_up_blocks(context, blocks);
    documents_presented(context, blocks);
    return part;
}

}  // namespace vincula::report
