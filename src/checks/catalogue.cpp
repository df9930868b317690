#include "checks/catalogue.h"

#include "common/messages.h"

#include <array>
#include <stdexcept>

namespace vincula::checks {
namespace {

constexpr Severity ERROR = Severity::Error;
constexpr Severity AVISO = Severity::Warning;

struct Entry {
    std::string_view id;
    Severity severity;
    std::string_view text;
};

// Whole sentences, as a member of staff reads them in the list of findings.
constexpr std::array CATALOGUE = {
    // Numbering of agreements and sessions.
    Entry{"acuerdo_duplicado", ERROR,
          "El código {0} está registrado {1} veces; cada acuerdo lleva un número propio dentro "
          "del año."},
    Entry{"acuerdos_faltantes/1", ERROR,
          "Falta el acuerdo {0}: {1}, y ese hueco cae dentro del periodo."},
    Entry{"acuerdos_faltantes/n", ERROR,
          "Faltan los acuerdos {0}: {1}, y ese hueco cae dentro del periodo."},
    Entry{"acuerdos_faltantes_posibles/1", AVISO,
          "No consta el acuerdo {0}: {1}. Si es de este periodo, falta registrarlo."},
    Entry{"acuerdos_faltantes_posibles/n", AVISO,
          "No constan los acuerdos {0}: {1}. Si alguno es de este periodo, falta registrarlo."},
    Entry{"sesion_duplicada", ERROR, "La {0} de {1} está registrada {2} veces ({3})."},
    Entry{"sesiones_faltantes/1", ERROR,
          "Falta la {0} de {1}: {2}, y ese hueco cae dentro del periodo."},
    Entry{"sesiones_faltantes/n", ERROR,
          "Faltan las sesiones {0} de {1}: {2}, y ese hueco cae dentro del periodo."},
    Entry{"sesiones_faltantes_posibles/1", AVISO,
          "No consta la {0} de {1}: {2}. Si es de este periodo, falta registrarla."},
    Entry{"sesiones_faltantes_posibles/n", AVISO,
          "No constan las sesiones {0} de {1}: {2}. Si alguna es de este periodo, falta "
          "registrarla."},
    // Sessions.
    Entry{"minuta_sin_aprobar", ERROR,
          "En la {0} no consta la aprobación de la minuta de {1}: la sesión no tiene ningún "
          "acuerdo aprobado de tipo «minuta»."},
    Entry{"minuta_de_otra_sesion", AVISO,
          "El acuerdo {0}, de la {1}, aprueba según su título la minuta de la {2}, pero la sesión "
          "anterior es la {3}."},
    Entry{"sin_quorum/1", ERROR,
          "En la {0}, de las personas con voto constan presentes {1} (de {2}), y el quórum es de "
          "{3}; sin quórum no se aprueban acuerdos, pero la sesión registra un acuerdo aprobado. "
          "Revise la lista de asistencia."},
    Entry{"sin_quorum/n", ERROR,
          "En la {0}, de las personas con voto constan presentes {1} (de {2}), y el quórum es de "
          "{3}; sin quórum no se aprueban acuerdos, pero la sesión registra {4} acuerdos "
          "aprobados. Revise la lista de asistencia."},
    Entry{"votacion_contradice_resultado", ERROR,
          "El acuerdo {0} figura como {1}, pero su votación ({2}) lo deja {3} por {4}; corrija la "
          "votación o el resultado."},
    Entry{"votos_no_cuadran", ERROR,
          "La votación nominal del acuerdo {0} suma {1}, pero el acuerdo registra {2}; una de las "
          "dos está mal."},
    Entry{"voto_de_ausente", ERROR,
          "En la votación del acuerdo {0} figura {1}, que no consta como presente con voto en la "
          "{2}; revise la votación o la lista de asistencia."},
    Entry{"convocatoria_tardia", ERROR,
          "La convocatoria a la {0} se envió el {1}, con {2} horas de anticipación; la comisión "
          "pide al menos {3}."},
    Entry{"seguimiento_vencido", AVISO,
          "El acuerdo {0} tenía plazo al {1} y no tiene registrado su cumplimiento: registre "
          "el cumplimiento y su evidencia, o informe a la comisión el motivo del retraso."},
    Entry{"sesion_ordinaria_en_fin_de_semana", AVISO,
          "La {0} está registrada el {1}, en fin de semana; revise la fecha."},
    Entry{"asistente_no_integrante", ERROR, "En la {0} figura {1} {2}, pero esa integración {3}."},
    Entry{"presidencias_simultaneas", ERROR,
          "{0} y {1} ocupan a la vez la presidencia de la comisión {2}; revise las fechas de "
          "ambas integraciones."},
    Entry{"secretarias_simultaneas", ERROR,
          "{0} y {1} ocupan a la vez la secretaría técnica de la comisión {2}; si una suple a la "
          "otra en una sesión, indíquelo en «Suple a»; si no, revise las fechas de ambas "
          "integraciones."},
    Entry{"persona_en_dos_lugares", ERROR,
          "{0} ocupa a la vez {1} y {2} de la comisión {3}; una persona tiene un solo lugar en "
          "la comisión: revise las fechas de ambas integraciones."},
    Entry{"suplencia_con_titular_presente", ERROR,
          "En la {0} figuran como presentes {1} y, en su suplencia, {2}; una suplencia cubre una "
          "ausencia: quite a una de las dos de la lista de asistencia."},
    Entry{"documento_fecha_sin_sesion", AVISO,
          "El documento «{0}» ({1}) tiene fecha del {2}, pero ese día la comisión no sesionó: se "
          "presentó en {3}. El informe daría como fecha de presentación un día sin sesión."},
    // Convenios.
    Entry{"convenio_vencido_vigente", ERROR,
          "El convenio {0} sigue marcado como vigente, pero su vigencia terminó el {1}; márquelo "
          "como concluido o corrija la fecha."},
    Entry{"avance_convenio_no_vigente", ERROR,
          "En la {0} se reportó un avance del convenio {1}, que ese día no estaba vigente: {2}."},
    Entry{"avance_convenio_en_negociacion", AVISO,
          "En la {0} se reportó un avance del convenio {1}, que aún está {2}: sin firma no hay "
          "compromisos que seguir; quizá corresponda a los acompañamientos en negociación."},
    Entry{"avance_sin_accion", ERROR,
          "El avance del convenio {1} informado en la {0} no está ligado a ninguna acción del "
          "Programa Anual de Trabajo {2}: el informe no lo incluye. Elija en el avance la acción "
          "a la que corresponde."},
    Entry{"avance_en_otra_accion", ERROR,
          "El avance del convenio {1} informado en la {0} está ligado a la acción {2}, que no es "
          "del Programa Anual de Trabajo {3}: el informe no lo incluye. Elija en el avance una "
          "acción de ese programa."},
    Entry{"cifra_historica_rebasada", ERROR,
          "La cifra histórica {0} declara {1}, pero los convenios registrados {2} ya son {3}: "
          "la cifra los incluye y no puede ser menor. Corrija la cifra o esos registros."},
    Entry{"revision_incompleta", ERROR,
          "La revisión de {0} no pudo completarse: un registro guardado tiene un valor que hoy "
          "no se admite ({1}). Corríjalo y vuelva a revisar; el resto de la revisión sí se hizo."},
    // Work programme.
    Entry{"programa_faltante", ERROR,
          "La comisión no tiene registrado un Programa Anual de Trabajo para {0}: la parte II del "
          "informe se ordena por sus líneas y acciones, y lo ocurrido en {0} no aparecería en "
          "ella. Regístrelo con sus líneas, sus acciones y el acuerdo que lo aprobó."},
    Entry{"accion_sin_actividad", ERROR,
          "La acción {0} del Programa Anual de Trabajo {1} («{2}») no tiene en el periodo "
          "actividades, documentos ni otros registros, ni una declaración sin actividad que lo "
          "cubra{3}: su apartado del informe quedaría vacío."},
    // Contests.
    Entry{"registro_sin_categoria", ERROR,
          "El registro {0} al concurso {1} es de una persona de {2} años al cierre de la "
          "inscripción ({3}), que no cabe en ninguna categoría ({4})."},
    Entry{"menor_sin_consentimiento", ERROR,
          "El registro {0} al concurso {1} es de una persona menor de edad ({2} años al cierre de "
          "la inscripción) y no consta el consentimiento de su madre, padre o tutor."},
    // Duplicates.
    Entry{"persona_duplicada", AVISO,
          "Las personas {0} parecen la misma: sus nombres solo difieren en acentos, mayúsculas o "
          "espacios. Si lo son, conserve una sola y haga que los registros apunten a ella."},
    Entry{"organizacion_duplicada", AVISO,
          "Las organizaciones {0} parecen la misma: sus nombres solo difieren en acentos, "
          "mayúsculas o espacios. Si lo son, conserve una sola y haga que los registros apunten a "
          "ella."},
    // Figures in staff-written prose.
    Entry{"cifra_en_texto", AVISO, "{0} dice «{1}», pero {2}."},
    // Not a finding: the review cannot start. Follows the name of the field
    // or option («--commission: no hay ninguna comisión «CEC»; …»).
    Entry{"comision_existente", ERROR, "no hay ninguna comisión «{0}»; {1}."},
};

const Entry& entry(std::string_view id) {
    for (const auto& candidate : CATALOGUE) {
        if (candidate.id == id) {
            return candidate;
        }
    }
    // A programming error: every id the checks use has a unit test.
    throw std::logic_error("checks catalogue: unknown sentence id " + std::string(id));
}

}  // namespace

std::string sentence(std::string_view id, std::initializer_list<std::string_view> arguments) {
    return common::fill_placeholders(entry(id).text, arguments);
}

Finding make_finding(std::string_view id, RecordRef record,
                     std::initializer_list<std::string_view> arguments) {
    const auto& found = entry(id);
    return Finding{found.severity, std::string(rule_of(id)),
                   common::fill_placeholders(found.text, arguments), std::move(record),
                   std::nullopt};
}

bool has_sentence(std::string_view id) {
    for (const auto& candidate : CATALOGUE) {
        if (candidate.id == id) {
            return true;
        }
    }
    return false;
}

std::string_view rule_of(std::string_view id) {
    return id.substr(0, id.find('/'));
}

Severity severity_of(std::string_view id) {
    return entry(id).severity;
}

std::string by_number(std::string_view id, long count) {
    return std::string(id) + (count == 1 ? "/1" : "/n");
}

}  // namespace vincula::checks
