#include "synth/synthetic.h"

#include <string>

#include "domain/agreement_code.h"

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

void add_shared(Dataset& data) {
    data.institution = Institution{"Instituto Electoral Sintético", "IES"};
    for (int o = 0; o < ORGANIZATIONS; ++o) {
        data.organizations.push_back(
            Organization{id("org", o), "Organización sintética " + std::to_string(o), id("ORG", o),
                         o < PARTIES ? Sector::Party : static_cast<Sector>(o % 10), "MX",
                         std::nullopt, std::nullopt});
    }
    for (int a = 0; a < INVITEES; ++a) {
        data.people.push_back(Person{id("jefe", a), "Titular de área " + std::to_string(a),
                                     a % 2 ? Gender::Male : Gender::Female, std::nullopt,
                                     std::nullopt});
        data.areas.push_back(Area{
            id("area", a), "Área sintética " + std::to_string(a), id("AS", a), id("jefe", a), {}});
    }
}

void add_commission(Dataset& data, int c, const SyntheticShape& shape) {
    auto key = id("com", c);
    Date from = Date::from_ymd(shape.first_year, 1, 1);
    data.commissions.push_back(Commission{key,
                                          "Comisión sintética " + std::to_string(c),
                                          acronym_of(c),
                                          CommissionKind::Permanent,
                                          std::nullopt,
                                          OrdinalStyleChoice::Compound,
                                          std::nullopt,
                                          std::nullopt,
                                          {},
                                          std::nullopt});
    for (int p = 0; p < 4; ++p) {
        data.people.push_back(
            Person{id("cons", c, p), "Consejería " + std::to_string(c) + "-" + std::to_string(p),
                   p % 2 ? Gender::Male : Gender::Female, std::nullopt, std::nullopt});
        Membership seat;
        seat.key = id("m", c, p);
        seat.commission = key;
        seat.person = id("cons", c, p);
        seat.role = p == 0   ? MemberRole::Presidency
                    : p == 3 ? MemberRole::TechnicalSecretary
                             : MemberRole::Member;
        seat.from = from;
        data.memberships.push_back(seat);
    }
    for (int p = 0; p < PARTIES; ++p) {
        Membership seat;
        seat.key = id("mp", c, p);
        seat.commission = key;
        seat.organization = id("org", p);
        seat.role = MemberRole::PartyRepresentation;
        seat.from = from;
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
}

void add_programme(Dataset& data, int c, int year, const std::vector<std::string>& approved_by) {
    WorkProgramme programme{id("pat", c, year), id("com", c), year,        approved_by,
                            std::nullopt,       {},           std::nullopt};
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

void add_year(Dataset& data, int c, int year, int convenios) {
    auto commission = id("com", c);
    auto programme = id("pat", c, year);
    auto action = [&](int n) {
        return action_key(programme, 1 + n % 6, std::string(1, "ABCD"[n % 4]));
    };
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
        session_keys.push_back(session.key);
        Attendance roll{session.key, {}, {}};
        for (int p = 0; p < 4; ++p) {
            roll.present.push_back(id("m", c, p));
        }
        for (int a = 0; a < INVITEES; a += 1 + (s % 2)) {
            roll.present.push_back(id("mi", c, a));
        }
        data.attendance.push_back(roll);
        for (int n = 0; n < AGREEMENTS_PER_SESSION; ++n) {
            auto code =
                AgreementCode::from_parts(acronym_of(c), ++agreement_number, year).canonical();
            data.agreements.push_back(Agreement{
                code, session.key, std::nullopt,
                n == 0 ? AgreementKind::Agenda : AgreementKind::Other, AgreementResult::Approved,
                "Aprobación del punto " + std::to_string(n + 1), std::nullopt, std::nullopt,
                std::nullopt, std::nullopt});
            data.agenda_items.push_back(AgendaItem{
                session.key, n + 1, "Punto " + std::to_string(n + 1),
                n == 0 ? AgendaKind::Agenda : AgendaKind::Agreement, code, std::nullopt});
        }
        data.agenda_items.push_back(AgendaItem{session.key, AGENDA_PER_SESSION, "Asuntos generales",
                                               AgendaKind::GeneralMatters, std::nullopt,
                                               std::nullopt});
        data.sessions.push_back(std::move(session));
    }
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
    for (int o = 0; o < 10; ++o) {
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

}  // namespace

Dataset make_synthetic(const SyntheticShape& shape) {
    Dataset data;
    add_shared(data);
    for (int c = 0; c < shape.commissions; ++c) {
        add_commission(data, c, shape);
        data.networks.push_back(Network{id("red", c), "Red sintética " + std::to_string(c),
                                        std::nullopt, std::nullopt, std::nullopt});
        for (int y = 0; y < shape.years; ++y) {
            add_year(data, c, shape.first_year + y, shape.convenios_per_year);
        }
    }
    return data;
}

}  // namespace vincula::synth
