#include "report/session_paper.h"

#include <algorithm>

#include "domain/naming.h"
#include "lang/dates.h"
#include "lang/names.h"
#include "lang/numbers.h"
#include "lang/text.h"
#include "report/people_words.h"

namespace vincula::report {
namespace {

using domain::Gender;
using domain::MemberRole;

const domain::Commission& commission_of(const domain::Dataset& data,
                                        const domain::Session& session) {
    for (const auto& commission : data.commissions) {
        if (commission.key == session.commission) {
            return commission;
        }
    }
    static const domain::Commission none;
    return none;
}

int role_rank(MemberRole role) {
    switch (role) {
        case MemberRole::Presidency:
            return 0;
        case MemberRole::Member:
            return 1;
        case MemberRole::PartyRepresentation:
            return 2;
        case MemberRole::PermanentGuest:
            return 3;
        case MemberRole::TechnicalSecretary:
            return 4;
    }
    return 5;
}

// «Presidenta», «Presidente», «Presidencia»: a word that changes with the
// holder's gender, the neutral form for a non-binary person or a seat
// without a person on record.
std::string by_gender(const domain::Person* person, const char* feminine, const char* masculine,
                      const char* neutral) {
    if (person == nullptr) {
        return neutral;
    }
    switch (person->gender) {
        case Gender::Female:
            return feminine;
        case Gender::Male:
            return masculine;
        case Gender::NonBinary:
            return neutral;
    }
    return neutral;
}

// «dos votos», «un voto», «una abstención».
std::string count_words(int count, lang::Gender gender, const char* singular,
                        const char* plural_form) {
    return lang::cardinal(count, gender, lang::Position::BeforeNoun) + " " +
           (count == 1 ? singular : plural_form);
}

AgendaLine ruled_line(std::string title, domain::AgendaKind kind) {
    AgendaLine line;
    line.title = std::move(title);
    line.kind = kind;
    return line;
}

int agenda_rank(domain::AgendaKind kind) {
    switch (kind) {
        case domain::AgendaKind::Agenda:
            return 0;
        case domain::AgendaKind::Minutes:
            return 1;
        case domain::AgendaKind::GeneralMatters:
            return 3;
        default:
            return 2;
    }
}

}  // namespace

SessionPaper::SessionPaper(const domain::Dataset& data, const domain::Session& session,
                           const RecordFileNames& files)
    : m_context(data, commission_of(data, session),
                *domain::Period::create(session.date, session.date)),
      m_session(session),
      m_files(files) {
    for (const auto& roll : data.attendance) {
        if (roll.session == session.key) {
            m_roll = &roll;
        }
    }
}

std::string SessionPaper::session_name() const {
    // Numbers start again each year: the year says which session it is.
    return domain::lowercase_session_name(m_session, commission().ordinal_style) + " de " +
           std::to_string(m_session.year);
}

std::string SessionPaper::commission_phrase() const {
    const auto& name = commission().name;
    return lang::with_article(lang::definite_article_for(name), name);
}

std::string SessionPaper::when_and_where() const {
    auto text = "el " + lang::long_date(m_session.date);
    if (m_session.time) {
        text += " a las " + m_session.time->to_string() + " horas";
    }
    auto place = where();
    return place.empty() ? text : text + ", " + place;
}

std::string SessionPaper::where() const {
    const auto& place = m_session.place;
    const auto& link = m_session.link;
    std::string text;
    switch (m_session.modality) {
        case domain::Modality::InPerson:
            if (place) {
                text = "en " + *place;
            }
            break;
        case domain::Modality::Remote:
            text = "a distancia";
            if (link) {
                text += ", mediante " + *link;
            }
            break;
        case domain::Modality::Hybrid:
            text = "de manera híbrida";
            if (place) {
                text += ", en " + *place;
            }
            if (link) {
                text += std::string(place ? " y" : ",") + " mediante " + *link;
            }
            break;
    }
    return text;
}

std::vector<const domain::Membership*> SessionPaper::seats() const {
    std::vector<const domain::Membership*> seats;
    for (const auto& membership : data().memberships) {
        if (membership.commission == m_session.commission && !membership.substitute_for &&
            membership.valid_on(m_session.date)) {
            seats.push_back(&membership);
        }
    }
    std::stable_sort(seats.begin(), seats.end(), [](const auto* a, const auto* b) {
        return role_rank(a->role) < role_rank(b->role);
    });
    return seats;
}

const domain::Person* SessionPaper::person_of(const domain::Membership& seat) const {
    return seat.person ? m_context.person(*seat.person) : nullptr;
}

std::string SessionPaper::holder(const domain::Membership& seat) const {
    if (const auto* person = person_of(seat)) {
        if (person->honorific && !person->honorific->empty()) {
            return lang::capitalize_first(*person->honorific) + " " + person->name;
        }
        return person->name;
    }
    if (seat.organization) {
        if (const auto* organization = m_context.organization(*seat.organization)) {
            return organization->name;
        }
    }
    return seat.label.value_or("");
}

std::string SessionPaper::seat_line(const domain::Membership& seat) const {
    if (!seat.person && seat.organization) {
        return seat_title(seat);
    }
    return holder(seat) + ", " + seat_title(seat);
}

std::string SessionPaper::mention(const domain::Membership& seat) const {
    if (const auto* person = person_of(seat)) {
        return person_phrase(*person);
    }
    return holder(seat);
}

std::string SessionPaper::seat_title(const domain::Membership& seat) const {
    // A seat's label is how the report's attendance table prints it (name
    // included): the paperwork says the seat's title instead, and uses the
    // label only for a seat with nobody on record.
    if (seat.label && !seat.person && !seat.organization) {
        return *seat.label;
    }
    const auto* person = person_of(seat);
    switch (seat.role) {
        case MemberRole::Presidency:
            return by_gender(person, "Presidenta", "Presidente", "Presidencia") + " de la Comisión";
        case MemberRole::Member:
            return by_gender(person, "Consejera Electoral", "Consejero Electoral",
                             "Persona Consejera Electoral") +
                   " integrante de la Comisión";
        case MemberRole::TechnicalSecretary:
            return by_gender(person, "Secretaria Técnica", "Secretario Técnico",
                             "Secretaría Técnica") +
                   " de la Comisión";
        case MemberRole::PartyRepresentation:
            if (seat.organization) {
                if (const auto* party = m_context.organization(*seat.organization)) {
                    return "Representación " +
                           lang::after_preposition("de",
                                                   domain::with_its_article(*party, party->name));
                }
            }
            return "Representación de partido político";
        case MemberRole::PermanentGuest:
            if (seat.area) {
                if (const auto* area = m_context.area(*seat.area)) {
                    return "Titular " +
                           lang::after_preposition(
                               "de", lang::with_article(lang::definite_article_for(area->name),
                                                        area->name)) +
                           ", " + by_gender(person, "invitada", "invitado", "persona invitada") +
                           " permanente";
                }
            }
            return by_gender(person, "Invitada permanente", "Invitado permanente",
                             "Persona invitada permanente");
    }
    return "";
}

domain::Roll SessionPaper::voting_roll() const {
    std::vector<const domain::Membership*> memberships;
    for (const auto& membership : data().memberships) {
        if (membership.commission == m_session.commission) {
            memberships.push_back(&membership);
        }
    }
    return domain::roll_of(commission(), m_session, memberships, m_roll);
}

const domain::Session* SessionPaper::previous_ordinary() const {
    if (m_session.type != domain::SessionType::Ordinary) {
        return nullptr;
    }
    const domain::Session* latest = nullptr;
    for (const auto& candidate : data().sessions) {
        if (candidate.commission == m_session.commission &&
            candidate.type == domain::SessionType::Ordinary &&
            candidate.status == domain::SessionStatus::Held && candidate.date < m_session.date &&
            (latest == nullptr || latest->date < candidate.date)) {
            latest = &candidate;
        }
    }
    return latest;
}

const std::vector<std::string>& SessionPaper::files_of(const std::string& array,
                                                       const std::string& key) const {
    static const std::vector<std::string> none;
    auto found = m_files.find({array, key});
    return found == m_files.end() ? none : found->second;
}

std::vector<AgendaLine> SessionPaper::agenda() const {
    std::vector<AgendaLine> lines;
    std::vector<const domain::Agreement*> unplaced;
    for (const auto& agreement : data().agreements) {
        if (agreement.session == m_session.key) {
            unplaced.push_back(&agreement);
        }
    }
    auto take = [&](const std::string& code) -> const domain::Agreement* {
        auto found = std::find_if(unplaced.begin(), unplaced.end(),
                                  [&](const auto* agreement) { return agreement->code == code; });
        if (found == unplaced.end()) {
            return nullptr;
        }
        const auto* agreement = *found;
        unplaced.erase(found);
        return agreement;
    };
    std::vector<const domain::AgendaItem*> items;
    for (const auto& item : data().agenda_items) {
        if (item.session == m_session.key) {
            items.push_back(&item);
        }
    }
    std::stable_sort(items.begin(), items.end(),
                     [](const auto* a, const auto* b) { return a->order < b->order; });
    for (const auto* item : items) {
        AgendaLine line;
        line.title = item->title;
        line.kind = item->kind;
        line.item = item;
        if (item->agreement) {
            if (const auto* agreement = take(*item->agreement)) {
                line.agreements.push_back(agreement);
            }
        }
        std::optional<std::string> presenting_area = item->presenter;
        auto [own_array, own_key] = agenda_item_files_key(*item);
        const auto& own = files_of(own_array, own_key);
        line.annex_files.insert(line.annex_files.end(), own.begin(), own.end());
        if (item->document) {
            for (const auto& document : data().documents) {
                if (document.key == *item->document) {
                    line.annex = document.title;
                    presenting_area = presenting_area ? presenting_area : document.area;
                }
            }
            const auto& names = files_of("documents", *item->document);
            line.annex_files.insert(line.annex_files.end(), names.begin(), names.end());
        }
        if (item->agreement) {
            const auto& names = files_of("agreements", *item->agreement);
            line.annex_files.insert(line.annex_files.end(), names.begin(), names.end());
        }
        if (presenting_area) {
            if (const auto* area = m_context.area(*presenting_area)) {
                line.presenter =
                    lang::with_article(lang::definite_article_for(area->name), area->name);
            }
        }
        lines.push_back(std::move(line));
    }
    auto has_kind = [&](domain::AgendaKind kind) {
        return std::any_of(lines.begin(), lines.end(),
                           [&](const auto& line) { return line.kind == kind; });
    };
    // The rules place the approval of the agenda first and, in an ordinary
    // session, that of the previous session's minutes second, and end an
    // ordinary session with general matters, whether or not staff recorded
    // those items.
    if (!has_kind(domain::AgendaKind::Agenda)) {
        lines.push_back(
            ruled_line("Aprobación, en su caso, del orden del día", domain::AgendaKind::Agenda));
    }
    if (const auto* previous = previous_ordinary();
        previous != nullptr && !has_kind(domain::AgendaKind::Minutes)) {
        auto name = domain::lowercase_session_name(*previous, commission().ordinal_style);
        if (previous->year != m_session.year) {
            name += " de " + std::to_string(previous->year);
        }
        lines.push_back(ruled_line("Aprobación, en su caso, de la minuta de la " + name,
                                   domain::AgendaKind::Minutes));
    }
    if (m_session.type == domain::SessionType::Ordinary &&
        !has_kind(domain::AgendaKind::GeneralMatters)) {
        lines.push_back(ruled_line("Asuntos generales", domain::AgendaKind::GeneralMatters));
    }
    // Agreements recorded without an item: the agenda's and the minutes'
    // under those items, any other as an item of its own.
    for (auto* agreement : std::vector<const domain::Agreement*>(unplaced)) {
        domain::AgendaKind kind =
            agreement->kind == domain::AgreementKind::Agenda    ? domain::AgendaKind::Agenda
            : agreement->kind == domain::AgreementKind::Minutes ? domain::AgendaKind::Minutes
                                                                : domain::AgendaKind::Agreement;
        auto home = std::find_if(lines.begin(), lines.end(), [&](const auto& line) {
            return kind != domain::AgendaKind::Agreement && line.kind == kind;
        });
        if (home != lines.end()) {
            home->agreements.push_back(agreement);
        } else {
            auto line = ruled_line(agreement->title, domain::AgendaKind::Agreement);
            line.agreements.push_back(agreement);
            lines.push_back(std::move(line));
        }
    }
    std::stable_sort(lines.begin(), lines.end(), [](const auto& a, const auto& b) {
        return agenda_rank(a.kind) < agenda_rank(b.kind);
    });
    for (std::size_t i = 0; i < lines.size(); ++i) {
        lines[i].number = static_cast<int>(i) + 1;
    }
    return lines;
}

std::string SessionPaper::names_of(const std::vector<std::string>& memberships) const {
    std::vector<std::string> names;
    for (const auto& key : memberships) {
        const auto* seat = m_context.membership(key);
        names.push_back(seat != nullptr ? mention(*seat) : key);
    }
    return lang::join_list(names);
}

std::optional<std::string> SessionPaper::vote_phrase(const domain::Agreement& agreement) const {
    const domain::Vote* vote = nullptr;
    for (const auto& candidate : data().votes) {
        if (candidate.agreement == agreement.code) {
            vote = &candidate;
        }
    }
    if (vote != nullptr && vote->unanimous) {
        return "por unanimidad de votos de las personas consejeras presentes";
    }
    auto roll = voting_roll();
    auto tally = domain::tally_of(agreement, vote, roll);
    if (!tally) {
        return std::nullopt;
    }
    bool named = vote != nullptr &&
                 !(vote->in_favour.empty() && vote->against.empty() && vote->abstaining.empty());
    auto part = [&](int count, lang::Gender gender, const char* singular, const char* plural_form,
                    const char* what, const std::vector<std::string>& who) {
        auto text = count_words(count, gender, singular, plural_form) + what;
        if (named && !who.empty()) {
            text += " (" + names_of(who) + ")";
        }
        return text;
    };
    std::vector<std::string> parts;
    static const std::vector<std::string> nobody;
    parts.push_back(part(tally->in_favour, lang::Gender::Masculine, "voto", "votos", " a favor",
                         vote != nullptr ? vote->in_favour : nobody));
    if (tally->against > 0) {
        parts.push_back(part(tally->against, lang::Gender::Masculine, "voto", "votos", " en contra",
                             vote != nullptr ? vote->against : nobody));
    }
    if (tally->abstaining > 0) {
        parts.push_back(part(tally->abstaining, lang::Gender::Feminine, "abstención",
                             "abstenciones", "", vote != nullptr ? vote->abstaining : nobody));
    }
    bool unanimous = tally->against == 0 && tally->abstaining == 0 && roll.recorded &&
                     tally->in_favour == roll.present() && tally->in_favour > 0;
    return std::string(unanimous ? "por unanimidad, " : "") + "con " + lang::join_list(parts);
}

std::vector<const domain::VoteOpinion*> SessionPaper::opinions(
    const domain::Agreement& agreement) const {
    std::vector<const domain::VoteOpinion*> found;
    for (const auto& opinion : data().vote_opinions) {
        if (opinion.agreement == agreement.code) {
            found.push_back(&opinion);
        }
    }
    return found;
}

}  // namespace vincula::report
