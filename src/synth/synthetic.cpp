#include "synth/synthetic.h"

#include <algorithm>
#include <array>
#include <string>
#include <string_view>

#include "domain/agreement_code_format.h"
#include "lang/names.h"

namespace vincula::synth {
namespace {

using common::Date;
using namespace domain;

constexpr int INVITEES = 14;
constexpr int PARTIES = 4;
constexpr int ORGANIZATIONS = 120;
constexpr int SESSIONS_PER_YEAR = 14;  // 12 ordinary, 2 extraordinary
constexpr int AGREEMENTS_PER_SESSION = 4;
constexpr int AGENDA_PER_SESSION = 5;

std::string id(const std::string& prefix, int a) {
    return prefix + std::to_string(a);
}
std::string id(const std::string& prefix, int a, int b) {
    return id(prefix, a) + "-" + std::to_string(b);
}
std::string id(const std::string& prefix, int a, int b, int c) {
    return id(prefix, a, b) + "-" + std::to_string(c);
}

// Deterministic day of year spread (never Feb 29: valid every year).
Date day_in(int year, int slot, int slots) {
    int day_of_year = 1 + (slot * 360) / slots;
    return Date::from_ymd(year, 1, 1).plus_days(day_of_year - 1);
}

std::string acronym_of(int commission) {
    return id("CS", commission + 10);
}

// Names as people have them: one or two given names, surnames with and
// without particles, an honorific or none, and every gender. A name whose
// surnames lang::surnames_of would misread records them, as staff would.
constexpr std::array<std::string_view, 6> WOMEN = {"Erika", "Norma",        "María Luisa",
                                                   "Sonia", "Cecilia Aída", "Ana"};
constexpr std::array<std::string_view, 5> MEN = {"Bernardo", "Ernesto", "José", "Mauricio",
                                                 "César"};
constexpr std::array<std::string_view, 5> NONBINARY = {"Alex", "Dani", "Sam", "Cruz", "Ariel"};
constexpr std::array<std::string_view, 9> SURNAMES = {
    "De la Cruz", "Núñez", "Estrada", "del Valle",    "Ortiz de Montellano",
    "Ramos",      "Yedra", "Ruiz",    "de los Santos"};
constexpr std::array<std::string_view, 4> HONORIFICS_F = {"maestra", "doctora", "licenciada", ""};
constexpr std::array<std::string_view, 4> HONORIFICS_M = {"maestro", "doctor", "licenciado", ""};

Person person_named(const std::string& key, int n, Gender gender) {
    Person person;
    person.key = key;
    person.gender = gender;
    auto given = gender == Gender::Female ? WOMEN[n % WOMEN.size()]
                 : gender == Gender::Male ? MEN[n % MEN.size()]
                                          : NONBINARY[n % NONBINARY.size()];
    std::string surnames = std::string(SURNAMES[n % SURNAMES.size()]) + " " +
                           std::string(SURNAMES[(n * 5 + 3) % SURNAMES.size()]);
    person.name = std::string(given) + " " + surnames;
    if (lang::surnames_of(person.name) != surnames) {
        person.surnames = surnames;
    }
    auto honorific = gender == Gender::Female ? HONORIFICS_F[n % HONORIFICS_F.size()]
                     : gender == Gender::Male ? HONORIFICS_M[n % HONORIFICS_M.size()]
                                              : std::string_view{};
    if (!honorific.empty()) {
        person.honorific = std::string(honorific);
    }
    return person;
}

Gender gender_of(int n) {
    return n % 5 == 4 ? Gender::NonBinary : n % 2 ? Gender::Male : Gender::Female;
}

void add_shared(Dataset& data, const SyntheticShape& shape) {
    data.institution = Institution{"Instituto Electoral Sintético", "IES"};
    for (int o = 0; o < ORGANIZATIONS; ++o) {
        Organization organization{
            id("org", o), "Organización sintética " + std::to_string(o),
            id("ORG", o), o < PARTIES ? Sector::Party : static_cast<Sector>(o % 10),
            "MX",         std::nullopt,
            std::nullopt, std::nullopt};
        // Institutions of every gender and number, and one whose article
        // is part of its name.
        if (o % 5 == 1) {
            organization.name = "Universidad sintética " + std::to_string(o);
        } else if (o % 5 == 2) {
            organization.name = "Instituto sintético " + std::to_string(o);
        } else if (o % 5 == 3) {
            organization.name = "El Colegio sintético " + std::to_string(o);
        }
        data.organizations.push_back(organization);
    }
    for (int a = 0; a < INVITEES; ++a) {
        data.people.push_back(person_named(id("jefe", a), 100 + a, gender_of(a)));
        data.areas.push_back(Area{
            id("area", a), "Área sintética " + std::to_string(a), id("AS", a), id("jefe", a), {}});
    }
    // From the second year on, the first area is renamed and the second
    // changes head: every document must name each as it was then.
    if (shape.years > 1) {
        auto renamed = Date::from_ymd(shape.first_year + 1, 3, 1);
        data.areas[0].history.push_back(
            AreaChange{renamed, "Unidad sintética renombrada", std::string("USR"), std::nullopt});
        data.people.push_back(person_named("jefe-nuevo", 200, Gender::Male));
        data.areas[1].history.push_back(
            AreaChange{renamed, std::nullopt, std::nullopt, std::string("jefe-nuevo")});
    }
}

// Every third commission writes its codes as another institute does
// (IES/ACU-CS2-001-2021); the others as the IECM's commissions do.
std::optional<std::string> code_format_of(int c) {
    if (c % 3 == 2) {
        return "IES/ACU-{siglas}-{numero:3}-{año}";
    }
    return std::nullopt;
}

// The second commission writes its codes in another form from its second
// year on (a pattern stated in its history).
constexpr std::string_view LATER_CODE_FORMAT = "{siglas}-{numero:3}-{año}";

std::string agreement_code(int c, int number, int year, int first_year) {
    Commission commission;
    commission.agreement_code_format = code_format_of(c);
    if (c == 1 && year > first_year) {
        commission.agreement_code_format = std::string(LATER_CODE_FORMAT);
    }
    return AgreementCodeFormat::of(commission).render(acronym_of(c), number, year);
}

// The first agreement of the commission's first year, which the synthetic
// records cite for appointments and programmes.
std::string first_agreement(int c, int year, int first_year) {
    return agreement_code(c, 1, year, first_year);
}

void add_commission(Dataset& data, int c, const SyntheticShape& shape) {
    auto key = id("com", c);
    Date from = Date::from_ymd(shape.first_year, 1, 1);
    Commission commission{
        key,
        "Comisión Permanente sintética " + std::to_string(c),
        acronym_of(c),
        CommissionKind::Permanent,
        std::nullopt,
        OrdinalStyleChoice::Compound,
        "IES/ACU-CG-" + std::to_string(10 + c) + "/" + std::to_string(shape.first_year - 1),
        Date::from_ymd(shape.first_year - 1, 12, 1),
        {},
        std::nullopt,
        // Both rules for a cancelled session's number.
        c % 2 ? CancelledSessionNumber::Kept : CancelledSessionNumber::Released,
        code_format_of(c),
        {},
        std::nullopt,
        std::nullopt,
        std::nullopt,
        std::nullopt};
    // Every third commission states voting rules of its own: a fixed
    // quorum, an absolute majority and shorter notice.
    if (c % 3 == 2) {
        commission.quorum = 2;
        commission.majority = ApprovalMajority::Absolute;
        commission.notice_hours_ordinary = 48;
        commission.notice_hours_extraordinary = 12;
    }
    // The second commission becomes provisional, renamed and integrated
    // anew, from its second year.
    if (c == 1 && shape.years > 1) {
        commission.history.push_back(CommissionChange{
            Date::from_ymd(shape.first_year + 1, 7, 1), CommissionKind::Provisional,
            "Comisión Provisional sintética " + std::to_string(c), std::nullopt,
            "IES/ACU-CG-" + std::to_string(50 + c) + "/" + std::to_string(shape.first_year + 1),
            std::nullopt});
        CommissionChange new_codes;
        new_codes.from = Date::from_ymd(shape.first_year + 1, 1, 1);
        new_codes.agreement_code_format = std::string(LATER_CODE_FORMAT);
        commission.history.push_back(new_codes);
    }
    data.commissions.push_back(commission);
    for (int p = 0; p < 4; ++p) {
        // Mixed groups, a non-binary member in some commissions, an
        // honorific or none, surnames with particles.
        data.people.push_back(person_named(id("cons", c, p), c * 4 + p, gender_of(c + p)));
        Membership seat;
        seat.key = id("m", c, p);
        seat.commission = key;
        seat.person = id("cons", c, p);
        seat.role = p == 0   ? MemberRole::Presidency
                    : p == 3 ? MemberRole::TechnicalSecretary
                             : MemberRole::Member;
        seat.from = from;
        if (p == 3) {
            seat.appointed_by = first_agreement(c, shape.first_year, shape.first_year);
            seat.appointed_on = from.plus_days(14);
            if (shape.years > 1) {
                seat.ratified_by = first_agreement(c, shape.first_year + 1, shape.first_year);
                seat.ratified_on = Date::from_ymd(shape.first_year + 1, 1, 15);
            }
        }
        data.memberships.push_back(seat);
    }
    // The one who stands in for the technical secretary at one session a
    // year (add_year).
    data.people.push_back(person_named(id("suplente", c), c * 4 + 7, gender_of(c + 1)));
    for (int p = 0; p < PARTIES; ++p) {
        Membership seat;
        seat.key = id("mp", c, p);
        seat.commission = key;
        seat.organization = id("org", p);
        seat.role = MemberRole::PartyRepresentation;
        seat.from = from;
        // The first party's representative is on record by name.
        if (p == 0) {
            data.people.push_back(person_named(id("rep", c), c * 4 + 9, gender_of(c)));
            seat.person = id("rep", c);
        }
        data.memberships.push_back(seat);
    }
    for (int a = 0; a < INVITEES; ++a) {
        Membership seat;
        seat.key = id("mi", c, a);
        seat.commission = key;
        seat.person = id("jefe", a);
        seat.area = id("area", a);
        seat.role = MemberRole::PermanentGuest;
        seat.from = from;
        data.memberships.push_back(seat);
    }
    // The commission opens its work in an installation session, outside
    // the numbered series, before its first ordinary one.
    Session installation;
    installation.key = id("inst", c);
    installation.commission = key;
    installation.year = shape.first_year;
    installation.type = SessionType::Installation;
    installation.number = 1;
    installation.date = day_in(shape.first_year, 0, SESSIONS_PER_YEAR);
    installation.time = common::TimeOfDay::parse("10:00");
    data.sessions.push_back(installation);
    Attendance roll{installation.key, {}, {}};
    for (int p = 0; p < 4; ++p) {
        roll.present.push_back(id("m", c, p));
    }
    data.attendance.push_back(roll);
}

void add_programme(Dataset& data, int c, int year, const std::vector<std::string>& approved_by) {
    // The commission that writes codes as another institute does titles
    // its programme as that institute does.
    auto title =
        c % 3 == 2 ? std::optional<std::string>("Programa Operativo Anual " + std::to_string(year))
                   : std::nullopt;
    auto abbreviation = c % 3 == 2 ? std::optional<std::string>("POA") : std::nullopt;
    WorkProgramme programme{id("pat", c, year), id("com", c), year,
                            approved_by,        std::nullopt, {},
                            std::nullopt,       title,        abbreviation};
    for (int l = 1; l <= 6; ++l) {
        ProgrammeLine line{l, "Línea de trabajo " + std::to_string(l), {}};
        for (char letter : std::string("ABCD")) {
            line.actions.push_back(ProgrammeAction{std::string(1, letter),
                                                   "Acción programada " + std::string(1, letter)});
        }
        programme.lines.push_back(line);
    }
    data.work_programmes.push_back(programme);
    data.no_activity.push_back(NoActivity{action_key(programme.key, 6, "D"),
                                          Date::from_ymd(year, 1, 1), Date::from_ymd(year, 12, 31),
                                          "Sin actividad por reducción presupuestal."});
}

// The vote of a session's n-th agreement: the first (its agenda) by
// unanimity, the second by name, the rejected one by name with a voto
// particular of the presidency; the rest were not recorded.
void add_vote(Dataset& data, int c, const Session& session, const std::string& code, int n,
              bool rejected) {
    Vote vote;
    vote.agreement = code;
    if (rejected) {
        vote.in_favour = {id("m", c, 0)};
        vote.against = {id("m", c, 1), id("m", c, 2)};
        data.vote_opinions.push_back(VoteOpinion{"vp-" + session.key, code, id("m", c, 0),
                                                 OpinionKind::Dissenting,
                                                 "La propuesta atendía el programa de trabajo."});
    } else if (n == 0) {
        vote.unanimous = true;
    } else if (n == 1) {
        vote.in_favour = {id("m", c, 0), id("m", c, 1)};
        vote.abstaining = {id("m", c, 2)};
    } else {
        return;
    }
    data.votes.push_back(std::move(vote));
}

// One cancelled ordinary session a year, under the commission's rule: one
// that releases its number shares it with the sixth held three days later;
// one that keeps it is the thirteenth, convened for late December.
void add_cancelled_session(Dataset& data, int c, int year) {
    const auto& commission = data.commissions[static_cast<std::size_t>(c)];
    Session cancelled;
    cancelled.key = id("sc", c, year);
    cancelled.commission = commission.key;
    cancelled.year = year;
    cancelled.type = SessionType::Ordinary;
    cancelled.status = SessionStatus::Cancelled;
    cancelled.time = common::TimeOfDay::parse("11:00");
    if (commission.cancelled_sessions == CancelledSessionNumber::Kept) {
        cancelled.number = 13;
        cancelled.date = Date::from_ymd(year, 12, 28);
    } else {
        cancelled.number = 6;
        cancelled.date = day_in(year, 6, SESSIONS_PER_YEAR).plus_days(-3);
    }
    data.sessions.push_back(std::move(cancelled));
}

void add_year(Dataset& data, int c, int year, const SyntheticShape& shape) {
    auto commission = id("com", c);
    auto programme = id("pat", c, year);
    auto action = [&](int n) {
        return action_key(programme, 1 + n % 6, std::string(1, "ABCD"[n % 4]));
    };
    int convenios = shape.convenios_per_year;
    int agreement_number = 0;
    std::vector<std::string> session_keys;
    for (int s = 0; s < SESSIONS_PER_YEAR; ++s) {
        bool ordinary = s % 7 != 3;
        Session session;
        session.key = id("s", c, year, s);
        session.commission = commission;
        session.year = year;
        session.type = ordinary ? SessionType::Ordinary : SessionType::Extraordinary;
        session.number = ordinary ? s + 1 - (s > 3) - (s > 10) : 1 + (s >= 10);
        session.date = day_in(year, s, SESSIONS_PER_YEAR);
        session.time = common::TimeOfDay::parse("11:00");
        // Convened days ahead in the evening; in person in odd years, at a
        // distance (with its link) in even ones; opened and closed on record.
        session.convened_on = session.date.plus_days(ordinary ? -5 : -2);
        session.convened_at = common::TimeOfDay::parse("18:00");
        if (year % 2) {
            session.modality = Modality::InPerson;
            session.place = "Sala de sesiones del Consejo General";
        } else {
            session.link = "https://reuniones.example.org/sesion-" + session.key;
        }
        session.opened_at = common::TimeOfDay::parse("11:07");
        session.closed_at = common::TimeOfDay::parse("12:41");
        session_keys.push_back(session.key);
        Attendance roll{session.key, {}, {}};
        for (int p = 0; p < 3; ++p) {
            roll.present.push_back(id("m", c, p));
        }
        if (s == 5) {
            // The technical secretary is away: a substitute designated for
            // this session only takes the seat.
            Membership substitute;
            substitute.key = id("ms", c, year);
            substitute.commission = commission;
            substitute.person = id("suplente", c);
            substitute.role = MemberRole::TechnicalSecretary;
            substitute.from = session.date;
            substitute.to = session.date;
            substitute.substitute_for = id("m", c, 3);
            data.memberships.push_back(substitute);
            roll.present.push_back(substitute.key);
        } else {
            roll.present.push_back(id("m", c, 3));
        }
        for (int a = 0; a < INVITEES; a += 1 + (s % 2)) {
            roll.present.push_back(id("mi", c, a));
        }
        data.attendance.push_back(roll);
        for (int n = 0; n < AGREEMENTS_PER_SESSION; ++n) {
            auto code = agreement_code(c, ++agreement_number, year, shape.first_year);
            data.agreements.push_back(
                Agreement{code, session.key, std::nullopt,
                          n == 0 ? AgreementKind::Agenda : AgreementKind::Other,
                          s == 6 && n == 3 ? AgreementResult::Rejected : AgreementResult::Approved,
                          "Aprobación del punto " + std::to_string(n + 1), std::nullopt,
                          std::nullopt, std::nullopt, std::nullopt, std::nullopt});
            add_vote(data, c, session, code, n, s == 6 && n == 3);
            // The second agreement of each session orders something: by
            // turns fulfilled, pending with a deadline passed, pending
            // without a deadline, and in the charge of two areas.
            // Every third session's minuta was observed by the presidency,
            // by turns incorporated, not incorporated and still pending.
            if (n == 0 && s % 3 == 0) {
                MinutesObservation observation;
                observation.key = session.key + "-obs-1";
                observation.session = session.key;
                observation.membership = id("m", c, 0);
                observation.date = session.date.plus_days(7);
                observation.text = "Precisar la hora de cierre de la sesión.";
                observation.outcome = s % 9 == 0   ? ObservationOutcome::Incorporated
                                      : s % 9 == 3 ? ObservationOutcome::NotIncorporated
                                                   : ObservationOutcome::Pending;
                data.minutes_observations.push_back(std::move(observation));
            }
            if (n == 1) {
                AgreementFollowUp follow_up;
                follow_up.agreement = code;
                follow_up.instruction = "Publicar el informe del punto 2 en el portal.";
                follow_up.areas = {id("area", s % INVITEES)};
                if (s % 4 == 3) {
                    follow_up.areas.push_back(id("area", (s + 1) % INVITEES));
                }
                if (s % 4 != 2) {
                    follow_up.deadline = session.date.plus_days(30);
                }
                if (s % 4 == 0) {
                    follow_up.status = FollowUpStatus::Fulfilled;
                    follow_up.fulfilled_on = session.date.plus_days(20);
                    follow_up.evidence = "Publicado en el portal del Instituto.";
                }
                data.agreement_follow_ups.push_back(std::move(follow_up));
            }
            // The second item is presented by an area, and the minutes
            // summarize what was said about it.
            data.agenda_items.push_back(AgendaItem{
                session.key, n + 1, "Punto " + std::to_string(n + 1),
                n == 0 ? AgendaKind::Agenda : AgendaKind::Agreement, code, std::nullopt,
                n == 1 ? std::optional<std::string>(id("area", s % INVITEES)) : std::nullopt,
                n == 1 ? std::optional<std::string>(
                             "La presidencia sometió a consideración el proyecto; no hubo "
                             "intervenciones.")
                       : std::nullopt});
        }
        data.agenda_items.push_back(AgendaItem{session.key, AGENDA_PER_SESSION, "Asuntos generales",
                                               AgendaKind::GeneralMatters, std::nullopt,
                                               std::nullopt, std::nullopt, std::nullopt});
        data.sessions.push_back(std::move(session));
    }
    add_cancelled_session(data, c, year);
    auto first_code =
        data.agreements[data.agreements.size() - AGREEMENTS_PER_SESSION * SESSIONS_PER_YEAR].code;
    add_programme(data, c, year, {first_code});
    for (int d = 0; d < 30; ++d) {
        data.documents.push_back(Document{
            id("doc", c, year, d),
            "Informe " + std::to_string(d),
            DocumentKind::Report,
            std::nullopt,
            id("area", d % INVITEES),
            action(d),
            {session_keys[d % SESSIONS_PER_YEAR], session_keys[(d + 1) % SESSIONS_PER_YEAR]},
            std::nullopt,
            std::nullopt,
            std::nullopt,
            std::nullopt,
            std::nullopt,
            std::nullopt,
            std::nullopt});
    }
    for (int a = 0; a < 60; ++a) {
        Activity activity;
        activity.key = id("act", c, year, a);
        activity.action = action(a);
        activity.kind = static_cast<ActivityKind>(a % 10);
        activity.date = day_in(year, a, 60);
        activity.title = "Actividad " + std::to_string(a);
        activity.description =
            "Descripción redactada por el personal de la actividad " + std::to_string(a) + ".";
        activity.areas = {id("area", a % INVITEES)};
        activity.participants = {
            Participant{std::nullopt, id("org", a % ORGANIZATIONS), std::nullopt, std::nullopt}};
        data.activities.push_back(activity);
    }
    for (int e = 0; e < 80; ++e) {
        data.external_sessions.push_back(ExternalSession{id("org", PARTIES),
                                                         "Comisión " + std::to_string(e % 8),
                                                         day_in(year, e, 80), action(1)});
    }
    for (int w = 0; w < 52; ++w) {
        data.sivople_reports.push_back(
            SivopleReport{Date::from_ymd(year, 1, 1).plus_days(w * 7), action(2)});
    }
    for (int n = 0; n < 10; ++n) {
        data.election_notes.push_back(
            ElectionNote{"País " + std::to_string(n), "elecciones generales", day_in(year, n, 10),
                         "Nota ejecutiva " + std::to_string(n), action(3)});
    }
    for (int k = 0; k < convenios; ++k) {
        Convenio convenio;
        convenio.key = id("conv", c, year, k);
        convenio.type = static_cast<ConvenioType>(k % 7);
        convenio.counterparts = {id("org", PARTIES + (k * 7 + c) % (ORGANIZATIONS - PARTIES))};
        convenio.area = id("area", k % INVITEES);
        convenio.status = k % 3 ? ConvenioStatus::InForce : ConvenioStatus::Concluded;
        convenio.signed_on = day_in(year, k, convenios);
        convenio.valid_from = convenio.signed_on;
        data.convenios.push_back(convenio);
        for (int r = 0; r < 5; ++r) {
            data.convenio_progress.push_back(
                ConvenioProgress{convenio.key, session_keys[(k + r * 3) % SESSIONS_PER_YEAR],
                                 convenio.area, "Avance reportado.", std::nullopt});
        }
    }
    // Opinions on the year's first ten convenios (fewer when it signed fewer).
    for (int o = 0; o < std::min(10, convenios); ++o) {
        data.pertinence_opinions.push_back(PertinenceOpinion{
            "IES/" + acronym_of(c) + "/OP" + std::to_string(o + 1) + "/" + std::to_string(year),
            day_in(year, o, 10),
            id("conv", c, year, o),
            {id("area", o % INVITEES)},
            OpinionSense::Favourable,
            "Proyecto de convenio " + std::to_string(o),
            std::nullopt,
            std::nullopt,
            std::nullopt});
    }
    auto network = id("red", c);
    for (int m = 0; m < 40; ++m) {
        data.mailings.push_back(Mailing{network, day_in(year, m, 40),
                                        static_cast<MailingKind>(m % 4), 100 + m, std::nullopt,
                                        "Envío " + std::to_string(m), std::nullopt});
    }
    for (int p = 0; p < 200; ++p) {
        data.contacts.push_back(
            Contact{network, "Contacto " + std::to_string(year) + "-" + std::to_string(p),
                    "contacto" + std::to_string(p) + "." + std::to_string(year) + "@example.org",
                    "MX", p % 50 == 0});
    }
    auto contest = id("conc", c, year);
    Contest edition;
    edition.key = contest;
    edition.name = "Concurso sintético";
    edition.edition = year - 2000;
    edition.approved_by = first_code;
    edition.registration_open = Date::from_ymd(year, 8, 1);
    edition.registration_close = Date::from_ymd(year, 11, 30);
    edition.categories = {ContestCategory{"jov", "De 18 a 29 años", 18, 29},
                          ContestCategory{"ado", "De 12 a 17 años", 12, 17}};
    edition.dissemination = {Dissemination{"instituciones académicas", 32}};
    // The other institute's contest is for its own entity.
    if (c % 3 == 2) {
        edition.home_entity = "Veracruz de Ignacio de la Llave";
    }
    data.contests.push_back(std::move(edition));
    data.jurors.push_back(Juror{id("jur", c, year), contest, "Jurado"});
    data.rubric.push_back(RubricCriterion{contest, "Creatividad", 1.0});
    for (int r = 0; r < 90; ++r) {
        Registration entry;
        entry.key = id("reg", c, year, r);
        entry.contest = contest;
        entry.name = "Participante " + std::to_string(r);
        entry.birth_date = Date::from_ymd(year - 13 - r % 16, 1 + r % 12, 1 + r % 28);
        entry.gender = static_cast<Gender>(r % 2);
        entry.residence = static_cast<Residence>(r % 3);
        entry.guardian_consent = year - entry.birth_date.year() < 18;
        entry.status = r % 2 ? RegistrationStatus::Validated : RegistrationStatus::Registered;
        entry.anonymised = true;
        data.registrations.push_back(entry);
        if (r % 2) {
            data.scores.push_back(Score{id("jur", c, year), entry.key, "Creatividad", 5.0 + r % 5});
        }
    }
}

// The old register's figure at the end of the year before the first: ten
// years of instruments, split into concluded and in force and broken down
// by sector and by type so that every breakdown adds up to the signed.
// The records all come later, so none is part of it.
ConvenioBaseline old_register(const SyntheticShape& shape) {
    ConvenioBaseline baseline;
    baseline.key = "registro-historico";
    baseline.since = Date::from_ymd(shape.first_year - 10, 1, 1);
    baseline.as_of = Date::from_ymd(shape.first_year - 1, 12, 31);
    baseline.source = "Registro histórico sintético";
    constexpr std::array<int, 10> BY_SECTOR = {40, 30, 20, 50, 10, 25, 15, 20, 10, 20};
    for (std::size_t s = 0; s < BY_SECTOR.size(); ++s) {
        baseline.by_sector.push_back(SectorCount{static_cast<Sector>(s), BY_SECTOR[s]});
        baseline.signed_count += BY_SECTOR[s];
    }
    constexpr std::array<int, 7> BY_TYPE = {30, 60, 40, 30, 20, 40, 20};
    for (std::size_t t = 0; t < BY_TYPE.size(); ++t) {
        baseline.by_type.push_back(TypeCount{static_cast<ConvenioType>(t), BY_TYPE[t]});
    }
    baseline.in_force_count = baseline.signed_count * 3 / 8;
    baseline.concluded_count = baseline.signed_count - baseline.in_force_count;
    return baseline;
}

}  // namespace

Dataset make_synthetic(const SyntheticShape& shape) {
    Dataset data;
    add_shared(data, shape);
    data.convenio_baselines.push_back(old_register(shape));
    for (int c = 0; c < shape.commissions; ++c) {
        add_commission(data, c, shape);
        data.networks.push_back(Network{id("red", c), "Red sintética " + std::to_string(c),
                                        std::nullopt, std::nullopt, std::nullopt});
        for (int y = 0; y < shape.years; ++y) {
            add_year(data, c, shape.first_year + y, shape);
        }
    }
    return data;
}

}  // namespace vincula::synth
