#include "report/session_documents.h"

#include <gtest/gtest.h>

#include "report/prose.h"

namespace vincula::report {
namespace {

using common::Date;
using common::TimeOfDay;
using domain::MemberRole;

domain::Person person(std::string key, std::string name, domain::Gender gender,
                      std::optional<std::string> honorific = std::nullopt) {
    domain::Person made;
    made.key = std::move(key);
    made.name = std::move(name);
    made.gender = gender;
    made.honorific = std::move(honorific);
    return made;
}

domain::Membership seat(std::string key, std::optional<std::string> who, MemberRole role) {
    domain::Membership made;
    made.key = std::move(key);
    made.commission = "CVOE";
    made.person = std::move(who);
    made.role = role;
    made.from = Date::from_ymd(2020, 10, 9);
    return made;
}

// The tenth ordinary session of 2021: two councillors and a councillor, the
// secretary away and substituted, a party's representative and a head of
// area invited; the agenda approved unanimously, a report presented by its
// area, and an agreement voted by name with a voto particular.
domain::Dataset tenth_session() {
    domain::Dataset data;
    data.institution = domain::Institution{"Instituto Electoral de la Ciudad de México", "IECM"};
    domain::Commission commission;
    commission.key = "CVOE";
    commission.acronym = "CVOE";
    commission.name = "Comisión Permanente de Vinculación con Organismos Externos";
    commission.legal_basis =
        "los artículos 52 y 59 del Código de Instituciones y Procedimientos "
        "Electorales de la Ciudad de México";
    data.commissions.push_back(commission);
    domain::Area unit;
    unit.key = "utvoe";
    unit.name = "Unidad Técnica de Vinculación con Organismos Externos";
    unit.acronym = "UTVOE";
    data.areas.push_back(unit);
    domain::Organization party;
    party.key = "pan";
    party.name = "Partido Acción Nacional";
    party.sector = domain::Sector::Party;
    data.organizations.push_back(party);
    data.people = {person("eer", "Erika Estrada Ruiz", domain::Gender::Female, "maestra"),
                   person("spp", "Sonia Pérez Pérez", domain::Gender::Female),
                   person("erm", "Ernesto Ramos Mega", domain::Gender::Male),
                   person("bny", "Bernardo Núñez Yedra", domain::Gender::Male),
                   person("ndc", "Norma De la Cruz Magaña", domain::Gender::Female),
                   person("rep", "Ana Ruiz", domain::Gender::Female)};
    data.memberships = {seat("m-eer", "eer", MemberRole::Presidency),
                        seat("m-spp", "spp", MemberRole::Member),
                        seat("m-erm", "erm", MemberRole::Member),
                        seat("m-st", "bny", MemberRole::TechnicalSecretary)};
    auto substitute = seat("m-ndc", "ndc", MemberRole::TechnicalSecretary);
    substitute.from = Date::from_ymd(2021, 10, 21);
    substitute.to = Date::from_ymd(2021, 10, 21);
    substitute.substitute_for = "m-st";
    data.memberships.push_back(substitute);
    auto representation = seat("m-pan", "rep", MemberRole::PartyRepresentation);
    representation.organization = "pan";
    data.memberships.push_back(representation);

    domain::Session ninth;
    ninth.key = "o9";
    ninth.commission = "CVOE";
    ninth.year = 2021;
    ninth.number = 9;
    ninth.date = Date::from_ymd(2021, 9, 28);
    data.sessions.push_back(ninth);
    domain::Session tenth;
    tenth.key = "o10";
    tenth.commission = "CVOE";
    tenth.year = 2021;
    tenth.number = 10;
    tenth.date = Date::from_ymd(2021, 10, 21);
    tenth.time = TimeOfDay::from_hm(10, 0);
    tenth.modality = domain::Modality::Remote;
    tenth.link = "https://reuniones.iecm.mx/cvoe";
    tenth.convened_on = Date::from_ymd(2021, 10, 18);
    tenth.opened_at = TimeOfDay::from_hm(10, 25);
    tenth.closed_at = TimeOfDay::from_hm(11, 41);
    data.sessions.push_back(tenth);
    data.attendance.push_back(
        domain::Attendance{"o10", {"m-eer", "m-spp", "m-erm", "m-ndc", "m-pan"}, {}});

    domain::Document report;
    report.key = "inf-3t";
    report.title = "Tercer informe trimestral de actividades";
    report.area = "utvoe";
    data.documents.push_back(report);
    domain::AgendaItem agenda;
    agenda.session = "o10";
    agenda.order = 1;
    agenda.title = "Aprobación del orden del día";
    agenda.agreement = "CVOE/036/21";
    data.agenda_items.push_back(agenda);
    domain::AgendaItem presented;
    presented.session = "o10";
    presented.order = 2;
    presented.title = "Presentación del tercer informe trimestral";
    presented.kind = domain::AgendaKind::Report;
    presented.document = "inf-3t";
    presented.summary = "La consejera Sonia Pérez Pérez pidió precisar las cifras.";
    data.agenda_items.push_back(presented);
    domain::AgendaItem proposal;
    proposal.session = "o10";
    proposal.order = 3;
    proposal.title = "Proyecto de acuerdo sobre la estrategia de vinculación";
    proposal.kind = domain::AgendaKind::Agreement;
    proposal.agreement = "CVOE/038/21";
    data.agenda_items.push_back(proposal);

    auto agreement = [&](std::string code, domain::AgreementKind kind, std::string title) {
        domain::Agreement made;
        made.code = std::move(code);
        made.session = "o10";
        made.kind = kind;
        made.title = std::move(title);
        data.agreements.push_back(made);
    };
    agreement("CVOE/036/21", domain::AgreementKind::Agenda, "Aprobación del orden del día");
    agreement("CVOE/037/21", domain::AgreementKind::Minutes,
              "Aprobación de la minuta de la novena sesión ordinaria");
    agreement("CVOE/038/21", domain::AgreementKind::Strategy, "Estrategia de vinculación 2022");
    domain::Vote unanimous;
    unanimous.agreement = "CVOE/036/21";
    unanimous.unanimous = true;
    data.votes.push_back(unanimous);
    domain::Vote named;
    named.agreement = "CVOE/038/21";
    named.in_favour = {"m-eer", "m-erm"};
    named.against = {"m-spp"};
    data.votes.push_back(named);
    data.vote_opinions.push_back(domain::VoteOpinion{"vp-038", "CVOE/038/21", "m-spp",
                                                     domain::OpinionKind::Dissenting,
                                                     "La estrategia no prevé indicadores."});
    return data;
}

void collect(const std::vector<Section>& sections, std::string& out) {
    for (const auto& section : sections) {
        out += section.label + (section.label.empty() ? "" : " ") + section.title + "\n";
        for (const auto& block : section.blocks) {
            if (const auto* text = std::get_if<Paragraph>(&block)) {
                out += plain_text(text->text) + "\n";
            } else if (const auto* list = std::get_if<List>(&block)) {
                for (const auto& item : list->items) {
                    out += "- " + plain_text(item.text) + "\n";
                    for (const auto& nested : item.items) {
                        out += "  - " + plain_text(nested.text) + "\n";
                    }
                }
            }
        }
        collect(section.sections, out);
    }
}

std::string text_of(const domain::Dataset& data, SessionDocument kind,
                    const std::string& session = "o10") {
    auto model = assemble_session_document(data, session, kind);
    EXPECT_TRUE(model) << (model ? "" : model.error().front().message);
    if (!model) {
        return "";
    }
    EXPECT_TRUE(model->brief);
    std::string out = model->cover.commission + "\n" + model->cover.title + "\n";
    collect(model->sections, out);
    return out;
}

void expect_contains(const std::string& text, const std::string& part) {
    EXPECT_NE(text.find(part), std::string::npos) << "falta «" << part << "» en:\n" << text;
}

TEST(SessionDocuments, TheMinutesOpenWithTheTimeInWordsAndGroupAttendanceAsTheInstituteDoes) {
    auto text = text_of(tenth_session(), SessionDocument::Minutes);
    expect_contains(text, "MINUTA DE LA DÉCIMA SESIÓN ORDINARIA");
    expect_contains(text,
                    "Siendo las diez horas con veinticinco minutos del jueves 21 de octubre de "
                    "2021, a distancia, mediante https://reuniones.iecm.mx/cvoe, se reunieron las "
                    "personas integrantes de la Comisión Permanente de Vinculación con Organismos "
                    "Externos para celebrar su décima sesión ordinaria de 2021.");
    expect_contains(text,
                    "Consejeras y Consejero Electorales\n"
                    "- Maestra Erika Estrada Ruiz, Presidenta de la Comisión\n"
                    "- Sonia Pérez Pérez, Consejera Electoral integrante de la Comisión\n"
                    "- Ernesto Ramos Mega, Consejero Electoral integrante de la Comisión\n");
    expect_contains(text,
                    "Representaciones de los partidos políticos\n"
                    "- Ana Ruiz, Representación del Partido Acción Nacional\n");
    expect_contains(text,
                    "Secretaría Técnica\n- Norma De la Cruz Magaña, designada para esta "
                    "sesión en suplencia de Bernardo Núñez Yedra, Secretario Técnico de la "
                    "Comisión\n");
    expect_contains(text,
                    "Con la presencia de tres de las tres personas con derecho a voto, se "
                    "declaró la existencia del quórum para sesionar.");
    expect_contains(text,
                    "se dio por concluida la sesión siendo las once horas con cuarenta y "
                    "un minutos del mismo día.");
}

TEST(SessionDocuments, TheMinutesGiveEachItemWithWhatWasPresentedAndEachAgreementWithItsVote) {
    auto text = text_of(tenth_session(), SessionDocument::Minutes);
    expect_contains(text,
                    "1. Aprobación del orden del día\nSe aprobó el acuerdo CVOE/036/21, "
                    "«Aprobación del orden del día», por unanimidad de votos de las personas "
                    "consejeras presentes.");
    // The minutes' approval was not an item: the rules place it second,
    // with its agreement, whose vote is not on record.
    expect_contains(text,
                    "2. Aprobación, en su caso, de la minuta de la novena sesión "
                    "ordinaria\nSe aprobó el acuerdo CVOE/037/21, «Aprobación de la minuta "
                    "de la novena sesión ordinaria»; la votación no consta en el registro.");
    expect_contains(text,
                    "3. Presentación del tercer informe trimestral\nLa Unidad Técnica de "
                    "Vinculación con Organismos Externos presentó el documento «Tercer "
                    "informe trimestral de actividades».\nLa consejera Sonia Pérez Pérez "
                    "pidió precisar las cifras.");
    expect_contains(text,
                    "Se aprobó el acuerdo CVOE/038/21, «Estrategia de vinculación 2022», "
                    "con dos votos a favor (la maestra Erika Estrada Ruiz y Ernesto Ramos "
                    "Mega) y un voto en contra (Sonia Pérez Pérez).\nSonia Pérez Pérez "
                    "emitió voto particular: «La estrategia no prevé indicadores.»");
    expect_contains(text, "5. Asuntos generales");
    // Those who sign: the voting members and the substitute secretary.
    expect_contains(text,
                    "Norma De la Cruz Magaña\nSecretaria Técnica de la Comisión, en suplencia");
}

TEST(SessionDocuments, WithoutQuorumTheMinutesSaySo) {
    auto data = tenth_session();
    data.attendance[0].present = {"m-eer", "m-ndc"};
    data.attendance[0].justified = {"m-spp"};
    auto text = text_of(data, SessionDocument::Minutes);
    expect_contains(text,
                    "Estuvo presente una de las tres personas con derecho a voto; no se "
                    "reunió el quórum para sesionar, que es de dos.");
    expect_contains(text,
                    "Justificó su inasistencia: Sonia Pérez Pérez, Consejera Electoral "
                    "integrante de la Comisión.");
    expect_contains(text,
                    "No asistieron: Ernesto Ramos Mega, Consejero Electoral integrante de "
                    "la Comisión y Ana Ruiz, Representación del Partido Acción Nacional.");
}

TEST(SessionDocuments, TheConvocatoriaNamesEverySeatWhenWhereTheBasisAndTheAgendaWithAnnexes) {
    auto text = text_of(tenth_session(), SessionDocument::Convocation);
    expect_contains(text, "CONVOCATORIA A LA DÉCIMA SESIÓN ORDINARIA");
    expect_contains(text, "- Maestra Erika Estrada Ruiz, Presidenta de la Comisión\n");
    expect_contains(text, "- Bernardo Núñez Yedra, Secretario Técnico de la Comisión\n");
    expect_contains(text,
                    "Con fundamento en los artículos 52 y 59 del Código de Instituciones y "
                    "Procedimientos Electorales de la Ciudad de México, se les convoca a la "
                    "décima sesión ordinaria de 2021 de la Comisión Permanente de Vinculación con "
                    "Organismos Externos, que se celebrará el jueves 21 de octubre de 2021 a las "
                    "10:00 horas, a distancia, mediante https://reuniones.iecm.mx/cvoe, conforme "
                    "al siguiente:");
    expect_contains(text,
                    "- Presentación del tercer informe trimestral\n  - Para conocimiento\n"
                    "  - Presenta: la Unidad Técnica de Vinculación con Organismos "
                    "Externos\n  - Anexo: Tercer informe trimestral de actividades\n");
    expect_contains(text, "Emitida el lunes 18 de octubre de 2021.");
}

TEST(SessionDocuments, TheAgendaPlacesItsApprovalsFirstAndGeneralMattersLast) {
    auto data = tenth_session();
    data.agenda_items[0].order = 4;  // recorded after the others
    auto text = text_of(data, SessionDocument::Agenda);
    auto agenda = text.find("- Aprobación del orden del día");
    auto minutes = text.find("- Aprobación, en su caso, de la minuta de la novena sesión");
    auto report = text.find("- Presentación del tercer informe trimestral");
    auto general = text.find("- Asuntos generales");
    ASSERT_NE(general, std::string::npos) << text;
    EXPECT_LT(agenda, minutes);
    EXPECT_LT(minutes, report);
    EXPECT_LT(report, general);
    expect_contains(text,
                    "Décima sesión ordinaria de 2021 de la Comisión Permanente de Vinculación con "
                    "Organismos Externos, el jueves 21 de octubre de 2021 a las 10:00 "
                    "horas, a distancia, mediante https://reuniones.iecm.mx/cvoe.");
}

TEST(SessionDocuments, AnUnknownSessionOrTheMinutesOfACancelledOneAreRefused) {
    auto data = tenth_session();
    auto missing = assemble_session_document(data, "o99", SessionDocument::Minutes);
    ASSERT_FALSE(missing);
    EXPECT_EQ(missing.error().front().field, "session");
    data.sessions[1].status = domain::SessionStatus::Cancelled;
    auto cancelled = assemble_session_document(data, "o10", SessionDocument::Minutes);
    ASSERT_FALSE(cancelled);
    EXPECT_EQ(cancelled.error().front().rule, "minuta_de_cancelada");
    EXPECT_TRUE(assemble_session_document(data, "o10", SessionDocument::Convocation));
    EXPECT_EQ(session_document_named("orden_del_dia"), SessionDocument::Agenda);
    EXPECT_FALSE(session_document_named("acta"));
}

}  // namespace
}  // namespace vincula::report
