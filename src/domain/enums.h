#pragma once

#include "domain/wire_enum.h"

// The enumerations of DOMAIN.md with their wire values.
namespace vincula::domain {

#define VINCULA_WIRE_NAMES(E, ...)                                        \
    template <>                                                           \
    struct WireNames<E> {                                                 \
        static constexpr std::array values =                              \
            std::to_array<std::pair<E, std::string_view>>({__VA_ARGS__}); \
    }

enum class Gender { Female, Male, NonBinary };
VINCULA_WIRE_NAMES(Gender, {Gender::Female, "F"}, {Gender::Male, "M"}, {Gender::NonBinary, "X"});

enum class Sector {
    Electoral,
    Government,
    Borough,
    Academic,
    International,
    CivilSociety,
    Private,
    Media,
    Party,
    Union
};
VINCULA_WIRE_NAMES(Sector, {Sector::Electoral, "electoral"}, {Sector::Government, "gubernamental"},
                   {Sector::Borough, "alcaldia"}, {Sector::Academic, "academico"},
                   {Sector::International, "internacional"}, {Sector::CivilSociety, "osc"},
                   {Sector::Private, "privado"}, {Sector::Media, "medios"},
                   {Sector::Party, "partido"}, {Sector::Union, "sindical"});

// The definite article a name takes; «ninguno» for a name said without one
// (an acronym, a name that carries its own: «El Colegio de México»).
enum class Article { El, La, Los, Las, None };
VINCULA_WIRE_NAMES(Article, {Article::El, "el"}, {Article::La, "la"}, {Article::Los, "los"},
                   {Article::Las, "las"}, {Article::None, "ninguno"});

enum class CommissionKind { Permanent, Provisional };
VINCULA_WIRE_NAMES(CommissionKind, {CommissionKind::Permanent, "permanente"},
                   {CommissionKind::Provisional, "provisional"});

// How sessions 11 and 12 are named: «décima primera» or «undécima».
enum class OrdinalStyleChoice { Compound, Traditional };
VINCULA_WIRE_NAMES(OrdinalStyleChoice, {OrdinalStyleChoice::Compound, "decima_primera"},
                   {OrdinalStyleChoice::Traditional, "undecima"});

enum class MemberRole {
    Presidency,
    Member,
    TechnicalSecretary,
    PartyRepresentation,
    PermanentGuest
};
VINCULA_WIRE_NAMES(MemberRole, {MemberRole::Presidency, "presidencia"},
                   {MemberRole::Member, "integrante"},
                   {MemberRole::TechnicalSecretary, "secretaria_tecnica"},
                   {MemberRole::PartyRepresentation, "representacion_partido"},
                   {MemberRole::PermanentGuest, "invitado_permanente"});

// An installation session opens a commission's work after it is integrated:
// it is named without an ordinal and is outside the numbered series.
enum class SessionType { Ordinary, Extraordinary, Urgent, Installation };
VINCULA_WIRE_NAMES(SessionType, {SessionType::Ordinary, "ordinaria"},
                   {SessionType::Extraordinary, "extraordinaria"}, {SessionType::Urgent, "urgente"},
                   {SessionType::Installation, "instalacion"});

enum class Modality { InPerson, Remote, Hybrid };
VINCULA_WIRE_NAMES(Modality, {Modality::InPerson, "presencial"}, {Modality::Remote, "a_distancia"},
                   {Modality::Hybrid, "hibrida"});

// Whether a cancelled session keeps its number (the next one held takes the
// following number, and the report says it was cancelled) or releases it
// (the session actually held takes the number). Each institute's rules say.
enum class CancelledSessionNumber { Released, Kept };
VINCULA_WIRE_NAMES(CancelledSessionNumber, {CancelledSessionNumber::Released, "se_libera"},
                   {CancelledSessionNumber::Kept, "se_conserva"});

// How many votes approve an agreement: more in favour than against among
// those who vote (simple), or more than half of the voting members present
// (absoluta). Each commission's rules say; simple when unsaid.
enum class ApprovalMajority { Simple, Absolute };
VINCULA_WIRE_NAMES(ApprovalMajority, {ApprovalMajority::Simple, "simple"},
                   {ApprovalMajority::Absolute, "absoluta"});

// A separate opinion on an agreement: against its result (particular), in
// favour but for other reasons (concurrente), or explaining one's vote
// (razonado).
enum class OpinionKind { Dissenting, Concurring, Reasoned };
VINCULA_WIRE_NAMES(OpinionKind, {OpinionKind::Dissenting, "particular"},
                   {OpinionKind::Concurring, "concurrente"}, {OpinionKind::Reasoned, "razonado"});

// Where the fulfilment of an agreement that orders something stands, as
// recorded; «vencido» is not recorded but computed (domain/follow_ups.h).
enum class FollowUpStatus { InProgress, Fulfilled };
VINCULA_WIRE_NAMES(FollowUpStatus, {FollowUpStatus::InProgress, "en_proceso"},
                   {FollowUpStatus::Fulfilled, "cumplido"});

// What became of an observation to a draft minuta.
enum class ObservationOutcome { Pending, Incorporated, NotIncorporated };
VINCULA_WIRE_NAMES(ObservationOutcome, {ObservationOutcome::Pending, "pendiente"},
                   {ObservationOutcome::Incorporated, "incorporada"},
                   {ObservationOutcome::NotIncorporated, "no_incorporada"});

enum class SessionStatus { Scheduled, Held, Cancelled };
VINCULA_WIRE_NAMES(SessionStatus, {SessionStatus::Scheduled, "programada"},
                   {SessionStatus::Held, "celebrada"}, {SessionStatus::Cancelled, "cancelada"});

enum class AgendaKind { Agenda, Minutes, Report, Agreement, Note, GeneralMatters };
VINCULA_WIRE_NAMES(AgendaKind, {AgendaKind::Agenda, "orden_del_dia"},
                   {AgendaKind::Minutes, "minuta"}, {AgendaKind::Report, "informe"},
                   {AgendaKind::Agreement, "acuerdo"}, {AgendaKind::Note, "nota"},
                   {AgendaKind::GeneralMatters, "asuntos_generales"});

enum class AgreementKind { Agenda, Minutes, Report, Strategy, Programme, Other };
VINCULA_WIRE_NAMES(AgreementKind, {AgreementKind::Agenda, "orden_del_dia"},
                   {AgreementKind::Minutes, "minuta"}, {AgreementKind::Report, "informe"},
                   {AgreementKind::Strategy, "estrategia"}, {AgreementKind::Programme, "programa"},
                   {AgreementKind::Other, "otro"});

enum class AgreementResult { Approved, Rejected };
VINCULA_WIRE_NAMES(AgreementResult, {AgreementResult::Approved, "aprobado"},
                   {AgreementResult::Rejected, "rechazado"});

enum class DocumentKind { Report, Note, Proposal, Minutes, Strategy, Programme };
VINCULA_WIRE_NAMES(DocumentKind, {DocumentKind::Report, "informe"}, {DocumentKind::Note, "nota"},
                   {DocumentKind::Proposal, "propuesta"}, {DocumentKind::Minutes, "minuta"},
                   {DocumentKind::Strategy, "estrategia"}, {DocumentKind::Programme, "programa"});

enum class ActivityKind {
    Meeting,
    Event,
    Dialogue,
    Forum,
    Conference,
    Visit,
    ObservationMission,
    ExecutiveNote,
    Bulletin,
    Other
};
VINCULA_WIRE_NAMES(ActivityKind, {ActivityKind::Meeting, "reunion"},
                   {ActivityKind::Event, "evento"}, {ActivityKind::Dialogue, "dialogo"},
                   {ActivityKind::Forum, "foro"}, {ActivityKind::Conference, "conferencia"},
                   {ActivityKind::Visit, "visita"},
                   {ActivityKind::ObservationMission, "mision_observacion"},
                   {ActivityKind::ExecutiveNote, "nota_ejecutiva"},
                   {ActivityKind::Bulletin, "boletin"}, {ActivityKind::Other, "otra"});

enum class ConvenioType {
    GeneralSupport,
    Support,
    Specific,
    Framework,
    Memorandum,
    Collaboration,
    Coordination
};
VINCULA_WIRE_NAMES(ConvenioType, {ConvenioType::GeneralSupport, "general_apoyo_colaboracion"},
                   {ConvenioType::Support, "apoyo_colaboracion"},
                   {ConvenioType::Specific, "especifico"}, {ConvenioType::Framework, "marco"},
                   {ConvenioType::Memorandum, "memorando_entendimiento"},
                   {ConvenioType::Collaboration, "colaboracion"},
                   {ConvenioType::Coordination, "coordinacion"});

enum class ConvenioStatus { InProcess, InNegotiation, WithOpinion, InForce, Concluded, Cancelled };
VINCULA_WIRE_NAMES(ConvenioStatus, {ConvenioStatus::InProcess, "en_gestion"},
                   {ConvenioStatus::InNegotiation, "en_negociacion"},
                   {ConvenioStatus::WithOpinion, "con_opinion"},
                   {ConvenioStatus::InForce, "vigente"}, {ConvenioStatus::Concluded, "concluido"},
                   {ConvenioStatus::Cancelled, "cancelado"});

enum class OpinionSense { Favourable, Unfavourable, WithObservations };
VINCULA_WIRE_NAMES(OpinionSense, {OpinionSense::Favourable, "favorable"},
                   {OpinionSense::Unfavourable, "no_favorable"},
                   {OpinionSense::WithObservations, "con_observaciones"});

enum class MailingKind { Bulletin, Invitation, Information, Request };
VINCULA_WIRE_NAMES(MailingKind, {MailingKind::Bulletin, "boletin"},
                   {MailingKind::Invitation, "invitacion"},
                   {MailingKind::Information, "informacion"}, {MailingKind::Request, "solicitud"});

enum class Residence { MexicoCity, OtherState, Abroad };
VINCULA_WIRE_NAMES(Residence, {Residence::MexicoCity, "cdmx"},
                   {Residence::OtherState, "otra_entidad"}, {Residence::Abroad, "extranjero"});

enum class RegistrationStatus { Registered, Validated, Rejected };
VINCULA_WIRE_NAMES(RegistrationStatus, {RegistrationStatus::Registered, "registrado"},
                   {RegistrationStatus::Validated, "validado"},
                   {RegistrationStatus::Rejected, "rechazado"});

// Where an action text goes within its heading's subsection: at the start or
// at the end (of the subsection, or of the block it is anchored to).
enum class TextPlacement { Start, End };
VINCULA_WIRE_NAMES(TextPlacement, {TextPlacement::Start, "inicio"}, {TextPlacement::End, "final"});

// The parts a report subsection prints from records, in the order it prints
// them. An action text may anchor to one so that staff prose sits between
// two of them (the paragraph introducing the second of two tables).
enum class SectionBlock {
    Documents,
    CouncilSessions,
    CommitteeSessions,
    Sivople,
    Convenios,
    Accompaniments,
    Opinions,
    Emissions,
    ContestCall,
    Mailings,
    Activities,
    ContestResults,
    ElectionNotes
};
VINCULA_WIRE_NAMES(SectionBlock, {SectionBlock::Documents, "documentos"},
                   {SectionBlock::CouncilSessions, "sesiones_consejo"},
                   {SectionBlock::CommitteeSessions, "sesiones_comisiones"},
                   {SectionBlock::Sivople, "sivople"}, {SectionBlock::Convenios, "convenios"},
                   {SectionBlock::Accompaniments, "acompanamientos"},
                   {SectionBlock::Opinions, "opiniones"}, {SectionBlock::Emissions, "emisiones"},
                   {SectionBlock::ContestCall, "convocatoria"}, {SectionBlock::Mailings, "envios"},
                   {SectionBlock::Activities, "actividades"},
                   {SectionBlock::ContestResults, "resultados_concurso"},
                   {SectionBlock::ElectionNotes, "notas_elecciones"});

// What a signed-in person may do (docs/roles.md). The public is no role: it
// is whoever has not signed in.
enum class Role { Administrator, Capturist, Area, Council, Juror };
VINCULA_WIRE_NAMES(Role, {Role::Administrator, "administrador"}, {Role::Capturist, "capturista"},
                   {Role::Area, "area"}, {Role::Council, "consejeria"}, {Role::Juror, "jurado"});

#undef VINCULA_WIRE_NAMES

}  // namespace vincula::domain
