#pragma once

#include "checks/context.h"
#include "checks/finding.h"

// The rules of the consistency review, one function per rule (or per pair of
// rules that share their reading of the data), each in its own file. Each
// appends what it finds about the context's commission and period.
namespace vincula::checks {

// agreement_numbering.cpp: acuerdo_duplicado, acuerdos_faltantes, acuerdos_faltantes_posibles.
void check_agreement_numbering(const Context& context, Findings& findings);
// session_numbering.cpp: sesion_duplicada, sesiones_faltantes, sesiones_faltantes_posibles.
void check_session_numbering(const Context& context, Findings& findings);
// minutes_approval.cpp: minuta_sin_aprobar, minuta_de_otra_sesion.
void check_minutes_approval(const Context& context, Findings& findings);
// quorum_and_votes.cpp: sin_quorum, votacion_contradice_resultado, votos_no_cuadran,
// voto_de_ausente.
void check_quorum_and_votes(const Context& context, Findings& findings);
// follow_up_deadlines.cpp: seguimiento_vencido.
void check_follow_up_deadlines(const Context& context, Findings& findings);
// convocation_notice.cpp: convocatoria_tardia.
void check_convocation_notice(const Context& context, Findings& findings);
// weekend_sessions.cpp: sesion_ordinaria_en_fin_de_semana.
void check_weekend_sessions(const Context& context, Findings& findings);
// attendance_members.cpp: asistente_no_integrante, suplencia_con_titular_presente.
void check_attendance_members(const Context& context, Findings& findings);
// seat_overlap.cpp: presidencias_simultaneas, secretarias_simultaneas, persona_en_dos_lugares.
void check_seat_overlap(const Context& context, Findings& findings);
// document_dates.cpp: documento_fecha_sin_sesion.
void check_document_dates(const Context& context, Findings& findings);
// convenio_expiry.cpp: convenio_vencido_vigente.
void check_convenio_expiry(const Context& context, Findings& findings);
// convenio_progress_status.cpp: avance_convenio_no_vigente, avance_convenio_en_negociacion.
void check_convenio_progress_status(const Context& context, Findings& findings);
// convenio_progress_reach.cpp: avance_sin_accion, avance_en_otra_accion.
void check_convenio_progress_reach(const Context& context, Findings& findings);
// baseline_records.cpp: cifra_historica_rebasada.
void check_baseline_records(const Context& context, Findings& findings);
// programme_presence.cpp: programa_faltante.
void check_programme_presence(const Context& context, Findings& findings);
// action_coverage.cpp: accion_sin_actividad.
void check_action_coverage(const Context& context, Findings& findings);
// contest_entries.cpp: registro_sin_categoria, menor_sin_consentimiento.
void check_contest_entries(const Context& context, Findings& findings);
// duplicate_names.cpp: persona_duplicada, organizacion_duplicada.
void check_duplicate_names(const Context& context, Findings& findings);
// prose_counts.cpp: cifra_en_texto.
void check_prose_counts(const Context& context, Findings& findings);

}  // namespace vincula::checks
