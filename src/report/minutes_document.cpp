// The minuta of a session: when and where it opened, who attended (grouped
// as the institute writes them: consejerías, representaciones, personas
// funcionarias, secretaría técnica, with substitutions said), the quorum,
// each item with what was presented, what staff summarized and each
// agreement with its vote, the closing, and the signatures.
#include <algorithm>
#include <optional>

#include "domain/minutes.h"
#include "domain/wire_enum.h"
#include "lang/dates.h"
#include "lang/names.h"
#include "lang/numbers.h"
#include "lang/text.h"
#include "report/build_text.h"
#include "report/prose.h"
#include "report/session_documents.h"
#include "report/session_paper.h"

namespace vincula::report {
namespace {

using domain::MemberRole;

// «Consejeras y Consejero Electorales», «Consejera Electoral»: the heading
// of the councillors present, by how many of each gender there are.
std::string councillors_heading(const std::vector<const domain::Person*>& people) {
    int women = 0;
    int men = 0;
    int others = 0;
    for (const auto* person : people) {
        if (person == nullptr || person->gender == domain::Gender::NonBinary) {
            ++others;
        } else if (person->gender == domain::Gender::Female) {
            ++women;
        } else {
            ++men;
        }
    }
    std::vector<std::string> groups;
    if (women > 0) {
        groups.emplace_back(women == 1 ? "Consejera" : "Consejeras");
    }
    if (men > 0) {
        groups.emplace_back(men == 1 ? "Consejero" : "Consejeros");
    }
    if (others > 0) {
        groups.emplace_back(others == 1 ? "Persona Consejera" : "Personas Consejeras");
    }
    bool many = women + men + others > 1;
    return lang::join_list(groups) + (many ? " Electorales" : " Electoral");
}

std::string opinion_word(domain::OpinionKind kind) {
    switch (kind) {
        case domain::OpinionKind::Dissenting:
            return "voto particular";
        case domain::OpinionKind::Concurring:
            return "voto concurrente";
        case domain::OpinionKind::Reasoned:
            return "voto razonado";
    }
    return "voto particular";
}

class MinutesWriter {
public:
    explicit MinutesWriter(SessionPaper& paper) : m_paper(paper) {}

    ReportModel write() {
        auto model = session_document_model(m_paper, "Minuta de la " + m_paper.session_name());
        model.sections.push_back(status());
        model.sections.push_back(opening());
        if (m_paper.roll() != nullptr) {
            model.sections.push_back(attendance());
        }
        model.sections.push_back(proceedings());
        model.sections.push_back(closing());
        if (auto observed = observations()) {
            model.sections.push_back(std::move(*observed));
        }
        model.sections.push_back(signatures());
        return model;
    }

private:
    // Whether the minuta is still a draft or which agreement approved it,
    // so a printed copy cannot pass for the approved one.
    Section status() const {
        Section section{"estado", "", "Estado de la minuta", 1, false, {}, {}};
        const auto* approval = domain::minutes_approval(m_paper.data(), m_paper.session());
        if (approval == nullptr) {
            section.blocks.emplace_back(
                paragraph("Proyecto de minuta: pendiente de aprobación " +
                          lang::after_preposition("por", m_paper.commission_phrase()) + "."));
            return section;
        }
        std::string text = "Minuta aprobada mediante el acuerdo " + approval->code;
        if (const auto* session = approving_session(*approval)) {
            text += ", en la " + m_paper.context().session_name_lower_with_year(*session) +
                    ", celebrada el " + lang::long_date(session->date);
        }
        section.blocks.emplace_back(paragraph(text + "."));
        return section;
    }

    const domain::Session* approving_session(const domain::Agreement& approval) const {
        for (const auto& session : m_paper.data().sessions) {
            if (approval.session == session.key) {
                return &session;
            }
        }
        return nullptr;
    }

    Section opening() const {
        const auto& session = m_paper.session();
        Section section{"apertura", "", "Apertura", 1, false, {}, {}};
        auto opened = session.opened_at ? session.opened_at : session.time;
        std::string text = opened ? "Siendo " + lang::time_in_words(*opened) + " del " : "El ";
        text += lang::long_date(session.date);
        auto place = m_paper.where();
        if (!place.empty()) {
            text += ", " + place;
        }
        text += ", se reunieron las personas integrantes " +
                lang::after_preposition("de", m_paper.commission_phrase()) + " para celebrar su " +
                m_paper.session_name() + ".";
        section.blocks.emplace_back(paragraph(text));
        return section;
    }

    bool present(const domain::Membership& seat) const {
        const auto& keys = m_paper.roll()->present;
        return std::find(keys.begin(), keys.end(), seat.key) != keys.end();
    }

    // The seat a present substitute covers.
    const domain::Membership* covered_by(const domain::Membership& seat) const {
        for (const auto& key : m_paper.roll()->present) {
            for (const auto& candidate : m_paper.data().memberships) {
                if (candidate.key == key && candidate.substitute_for == seat.key) {
                    return &candidate;
                }
            }
        }
        return nullptr;
    }

    std::string line_for(const domain::Membership& seat) const { return m_paper.seat_line(seat); }

    Section attendance() const {
        Section section{"asistencia", "", "Asistencia y quórum", 1, false, {}, {}};
        struct Group {
            std::string heading;
            std::vector<MemberRole> roles;
            List members{ListStyle::Bullet, {}};
            std::vector<const domain::Person*> people;
        };
        std::vector<Group> groups{
            {"", {MemberRole::Presidency, MemberRole::Member}, {}, {}},
            {"Representaciones de los partidos políticos",
             {MemberRole::PartyRepresentation},
             {},
             {}},
            {"Personas funcionarias del Instituto", {MemberRole::PermanentGuest}, {}, {}},
            {"Secretaría Técnica", {MemberRole::TechnicalSecretary}, {}, {}},
        };
        std::vector<std::string> justified;
        std::vector<std::string> absent;
        for (const auto* seat : m_paper.seats()) {
            auto group = std::find_if(groups.begin(), groups.end(), [&](const Group& candidate) {
                return std::find(candidate.roles.begin(), candidate.roles.end(), seat->role) !=
                       candidate.roles.end();
            });
            std::string line;
            const domain::Person* person = m_paper.person_of(*seat);
            if (present(*seat)) {
                line = line_for(*seat);
            } else if (const auto* substitute = covered_by(*seat)) {
                person = m_paper.person_of(*substitute);
                bool man = person != nullptr && person->gender == domain::Gender::Male;
                line = m_paper.holder(*substitute) + (man ? ", designado" : ", designada") +
                       " para esta sesión en suplencia " +
                       lang::after_preposition("de", m_paper.mention(*seat)) + ", " +
                       m_paper.seat_title(*seat);
            } else {
                const auto& excused = m_paper.roll()->justified;
                bool with_reason =
                    std::find(excused.begin(), excused.end(), seat->key) != excused.end();
                // Permanent guests are invited, not expected: only a seat
                // of the commission is said to be absent.
                if (seat->role != MemberRole::PermanentGuest) {
                    (with_reason ? justified : absent).push_back(line_for(*seat));
                }
                continue;
            }
            group->members.items.push_back(ListItem{Text{plain(line)}, {}});
            group->people.push_back(person);
        }
        for (auto& group : groups) {
            if (group.members.items.empty()) {
                continue;
            }
            auto heading =
                group.heading.empty() ? councillors_heading(group.people) : group.heading;
            section.blocks.emplace_back(paragraph(Text{bold(heading)}));
            section.blocks.emplace_back(std::move(group.members));
        }
        if (!justified.empty()) {
            section.blocks.emplace_back(
                paragraph(std::string(justified.size() == 1 ? "Justificó su inasistencia: "
                                                            : "Justificaron su inasistencia: ") +
                          lang::join_list(justified) + "."));
        }
        if (!absent.empty()) {
            section.blocks.emplace_back(
                paragraph(std::string(absent.size() == 1 ? "No asistió: " : "No asistieron: ") +
                          lang::join_list(absent) + "."));
        }
        section.blocks.emplace_back(paragraph(quorum_sentence()));
        return section;
    }

    std::string quorum_sentence() const {
        auto roll = m_paper.voting_roll();
        int needed = domain::quorum_needed(m_paper.commission(), roll.voting_seats);
        auto people = [](int count) {
            return lang::cardinal(count, lang::Gender::Feminine, lang::Position::BeforeNoun);
        };
        std::string of_seats = roll.voting_seats == 1 ? "de la única persona con derecho a voto"
                                                      : "de las " + people(roll.voting_seats) +
                                                            " personas con derecho a voto";
        std::string count =
            roll.present() == 1 ? "una " + of_seats : people(roll.present()) + " " + of_seats;
        if (domain::has_quorum(m_paper.commission(), roll)) {
            return "Con la presencia de " + count +
                   ", se declaró la existencia del quórum para sesionar.";
        }
        return std::string(roll.present() == 1 ? "Estuvo presente " : "Estuvieron presentes ") +
               count + "; no se reunió el quórum para sesionar, que es de " + people(needed) + ".";
    }

    std::string agreement_sentence(const domain::Agreement& agreement) const {
        bool approved = agreement.result == domain::AgreementResult::Approved;
        std::string text =
            approved ? "Se aprobó el acuerdo " : "No se aprobó el proyecto de acuerdo ";
        text += agreement.code + ", «" + agreement.title + "»";
        if (auto vote = m_paper.vote_phrase(agreement)) {
            return text + ", " + *vote + ".";
        }
        return text + "; la votación no consta en el registro.";
    }

    Section proceedings() const {
        Section section{"desarrollo", "", "Desarrollo de la sesión", 1, false, {}, {}};
        for (const auto& line : m_paper.agenda()) {
            Section item{"punto-" + std::to_string(line.number),
                         std::to_string(line.number) + ".",
                         line.title,
                         2,
                         false,
                         {},
                         {}};
            if (line.presenter) {
                auto what = line.annex ? "el documento «" + *line.annex + "»" : "el punto";
                item.blocks.emplace_back(
                    paragraph(lang::capitalize_first(*line.presenter) + " presentó " + what + "."));
            } else if (line.annex) {
                item.blocks.emplace_back(
                    paragraph("Se presentó el documento «" + *line.annex + "»."));
            }
            if (line.item != nullptr && line.item->summary) {
                for (auto& block : parse_prose(*line.item->summary)) {
                    item.blocks.push_back(std::move(block));
                }
            }
            for (const auto* agreement : line.agreements) {
                item.blocks.emplace_back(paragraph(agreement_sentence(*agreement)));
                for (const auto* opinion : m_paper.opinions(*agreement)) {
                    const auto* seat = m_paper.context().membership(opinion->membership);
                    auto who = seat != nullptr ? lang::capitalize_first(m_paper.mention(*seat))
                                               : opinion->membership;
                    std::string text = who + " emitió " + opinion_word(opinion->kind);
                    text += opinion->text ? ": «" + *opinion->text + "»" : std::string(".");
                    item.blocks.emplace_back(paragraph(text));
                }
            }
            section.sections.push_back(std::move(item));
        }
        return section;
    }

    Section closing() const {
        const auto& session = m_paper.session();
        Section section{"cierre", "", "Cierre", 1, false, {}, {}};
        std::string text = "Agotados los asuntos del orden del día, se dio por concluida la sesión";
        if (session.closed_at) {
            text += " siendo " + lang::time_in_words(*session.closed_at) + " del mismo día";
        }
        section.blocks.emplace_back(paragraph(text + "."));
        return section;
    }

    // What the members observed to the draft, by date, and what became of
    // each; none when nobody observed it.
    std::optional<Section> observations() const {
        std::vector<const domain::MinutesObservation*> made;
        for (const auto& observation : m_paper.data().minutes_observations) {
            if (observation.session == m_paper.session().key) {
                made.push_back(&observation);
            }
        }
        if (made.empty()) {
            return std::nullopt;
        }
        std::stable_sort(made.begin(), made.end(),
                         [](const auto* a, const auto* b) { return a->date < b->date; });
        Section section{"observaciones", "", "Observaciones a la minuta", 1, false, {}, {}};
        for (const auto* observation : made) {
            const auto* seat = m_paper.context().membership(observation->membership);
            auto who = seat != nullptr ? lang::capitalize_first(m_paper.mention(*seat))
                                       : observation->membership;
            std::string outcome =
                observation->outcome == domain::ObservationOutcome::Incorporated ? "se incorporó"
                : observation->outcome == domain::ObservationOutcome::NotIncorporated
                    ? "no se incorporó"
                    : "pendiente de atender";
            section.blocks.emplace_back(paragraph(who + ", el " +
                                                  lang::long_date(observation->date) + ": «" +
                                                  observation->text + "» (" + outcome + ")."));
        }
        return section;
    }

    // Those who sign: the voting members and the secretary who attended
    // (everyone seated when the roll is not recorded).
    Section signatures() const {
        Section section{"firmas", "", "Firmas", 1, false, {}, {}};
        for (const auto* seat : m_paper.seats()) {
            bool signs = seat->role == MemberRole::Presidency || seat->role == MemberRole::Member ||
                         seat->role == MemberRole::TechnicalSecretary;
            if (!signs) {
                continue;
            }
            const domain::Membership* signer = seat;
            if (m_paper.roll() != nullptr && !present(*seat)) {
                signer = covered_by(*seat);
                if (signer == nullptr) {
                    continue;
                }
            }
            section.blocks.emplace_back(paragraph("______________________________"));
            section.blocks.emplace_back(paragraph(Text{bold(m_paper.holder(*signer))}));
            section.blocks.emplace_back(
                paragraph(m_paper.seat_title(*signer) + (signer == seat ? "" : ", en suplencia")));
        }
        return section;
    }

    SessionPaper& m_paper;
};

}  // namespace

ReportModel minutes_document(SessionPaper& paper) {
    return MinutesWriter(paper).write();
}

}  // namespace vincula::report
