#include "web/labels.h"

#include <array>
#include <utility>

#include "lang/text.h"

namespace vincula::web {
namespace {

using Pair = std::pair<std::string_view, std::string_view>;

constexpr auto FIELD_LABELS = std::to_array<Pair>({
    {"abbreviation", "Abreviatura"},
    {"abstaining", "Se abstienen"},
    {"abstentions", "Abstenciones"},
    {"acknowledged_in", "Se dio cuenta en"},
    {"acknowledged_session", "Sesión en que se dio cuenta"},
    {"acronym", "Siglas"},
    {"action", "Acción del programa"},
    {"actions", "Acciones"},
    {"against", "En contra"},
    {"agreement", "Acuerdo"},
    {"agreement_code_format", "Formato de los códigos de acuerdo"},
    {"amended_by", "Modificada por"},
    {"anonymised", "Anonimizado"},
    {"appointed_by", "Designado por"},
    {"appointed_on", "Fecha de designación"},
    {"approved_by", "Aprobado por"},
    {"area", "Área"},
    {"area_label", "Área (como se nombra en el texto)"},
    {"areas", "Áreas"},
    {"article", "Artículo (el, la…)"},
    {"as_of", "Fecha de corte"},
    {"birth_date", "Fecha de nacimiento"},
    {"block", "Bloque"},
    {"body", "Órgano"},
    {"by_sector", "Desglose por sector"},
    {"by_type", "Desglose por tipo de instrumento"},
    {"cancelled_sessions", "Número de una sesión cancelada"},
    {"categories", "Categorías"},
    {"ceremony", "Ceremonia de firma"},
    {"closed_at", "Hora de cierre"},
    {"co_organizers", "Coorganizadores"},
    {"code", "Código"},
    {"commission", "Comisión"},
    {"concluded", "Concluidos"},
    {"contest", "Concurso"},
    {"convened_at", "Hora en que se envió la convocatoria"},
    {"convened_on", "Día en que se envió la convocatoria"},
    {"convenio", "Convenio"},
    {"count", "Cantidad"},
    {"counterparts", "Contrapartes"},
    {"country", "País"},
    {"counts", "Cifras"},
    {"covers_from", "Cubre desde"},
    {"covers_to", "Cubre hasta"},
    {"criterion", "Criterio"},
    {"date", "Fecha"},
    {"deadline", "Plazo"},
    {"description", "Descripción"},
    {"dissemination", "Difusión"},
    {"document", "Documento"},
    {"edition", "Edición"},
    {"election", "Elección"},
    {"election_date", "Fecha de la elección"},
    {"email", "Correo electrónico"},
    {"end_date", "Fecha de término"},
    {"evidence", "Evidencia del cumplimiento"},
    {"extensions", "Ampliaciones del plazo"},
    {"file", "Archivo"},
    {"file_name", "Nombre del archivo"},
    {"file_size", "Tamaño del archivo (bytes)"},
    {"file_type", "Tipo de archivo"},
    {"folio", "Folio"},
    {"from", "Desde"},
    {"fulfilled_on", "Cumplido el"},
    {"gender", "Género"},
    {"guardian_consent", "Consentimiento de la persona tutora"},
    {"guardian_name", "Nombre de la persona tutora"},
    {"head", "Titular"},
    {"held_in", "Celebrado en"},
    {"history", "Historial"},
    {"home_entity", "Entidad de residencia de la convocatoria"},
    {"honorific", "Tratamiento"},
    {"in_favour", "A favor"},
    {"in_force", "Vigentes"},
    {"info", "Información"},
    {"instruction", "Lo que ordena el acuerdo"},
    {"instrument", "Instrumento"},
    {"integrated_by", "Integrada por"},
    {"integrated_on", "Fecha de integración"},
    {"integration_session", "Sesión de integración"},
    {"issued_from", "Emitida desde"},
    {"issued_to", "Emitida hasta"},
    {"juror", "Jurado"},
    {"jurors", "Jurado asignado"},
    {"justified", "Inasistencias justificadas"},
    {"key", "Clave"},
    {"kind", "Tipo"},
    {"label", "Etiqueta"},
    {"legal_basis", "Fundamento legal"},
    {"letter", "Letra"},
    {"lines", "Líneas"},
    {"link", "Enlace"},
    {"links", "Enlaces"},
    {"majority", "Mayoría para aprobar"},
    {"max_age", "Edad máxima"},
    {"max_minutes", "Duración máxima (minutos)"},
    {"membership", "Integración"},
    {"min_age", "Edad mínima"},
    {"minutes_of", "Minuta que aprueba"},
    {"modality", "Modalidad"},
    {"name", "Nombre"},
    {"network", "Red"},
    {"notice_hours_extraordinary", "Anticipación de la convocatoria, extraordinarias (horas)"},
    {"notice_hours_ordinary", "Anticipación de la convocatoria, ordinarias (horas)"},
    {"number", "Número"},
    {"object", "Objeto"},
    {"opened_at", "Hora de inicio"},
    {"opted_out", "Dado de baja"},
    {"order", "Orden"},
    {"ordinal_style", "Estilo de los ordinales"},
    {"organization", "Organización"},
    {"outcome", "Resultado de la observación"},
    {"parent", "Convenio general"},
    {"participants", "Participantes"},
    {"person", "Persona"},
    {"place", "Lugar"},
    {"placement", "Lugar obtenido"},
    {"present", "Presentes"},
    {"presented_from", "Presentado desde"},
    {"presented_in", "Presentado en"},
    {"presented_to", "Presentado hasta"},
    {"presenter", "Área que presenta"},
    {"privacy_accepted", "Aceptó el aviso de privacidad"},
    {"purpose", "Propósito"},
    {"question", "Pregunta orientadora"},
    {"quorum", "Quórum (integrantes con voto)"},
    {"ratified_by", "Ratificado por"},
    {"ratified_on", "Fecha de ratificación"},
    {"reason", "Motivo"},
    {"recipients", "Destinatarios"},
    {"registration", "Registro"},
    {"registration_close", "Cierre del registro"},
    {"registration_close_time", "Hora de cierre del registro"},
    {"registration_open", "Apertura del registro"},
    {"rejection_reason", "Motivo del rechazo"},
    {"residence", "Residencia"},
    {"result", "Resultado"},
    {"results_published", "Resultados publicados"},
    {"role", "Cargo"},
    {"score", "Puntuación"},
    {"sector", "Sector"},
    {"sense", "Sentido"},
    {"series", "Serie"},
    {"session", "Sesión"},
    {"signed", "Fecha de firma"},
    {"since", "Desde"},
    {"source", "Fuente"},
    {"state", "Estado"},
    {"status", "Estado"},
    {"subject", "Asunto"},
    {"substitute_for", "Suplencia de"},
    {"summary", "Resumen para la minuta"},
    {"surnames", "Apellidos"},
    {"text", "Texto"},
    {"theme", "Tema"},
    {"time", "Hora"},
    {"title", "Título"},
    {"to", "Hasta"},
    {"type", "Tipo"},
    {"unanimous", "Por unanimidad"},
    {"until", "Hasta"},
    {"uploaded_at", "Fecha de carga"},
    {"valid_from", "Vigente desde"},
    {"valid_to", "Vigente hasta"},
    {"votes_against", "Votos en contra"},
    {"votes_for", "Votos a favor"},
    {"voting_roles", "Cargos con voz y voto"},
    {"weight", "Peso"},
    {"work", "Obra"},
    {"year", "Año"},
});

struct ArrayWords {
    std::string_view name;
    std::string_view title;
    std::string_view singular;
    bool feminine;
};

constexpr auto ARRAYS = std::to_array<ArrayWords>({
    {"areas", "Áreas", "área", true},
    {"people", "Personas", "persona", true},
    {"organizations", "Organizaciones", "organización", true},
    {"commissions", "Comisiones", "comisión", true},
    {"memberships", "Integración", "designación", true},
    {"sessions", "Sesiones", "sesión", true},
    {"attendance", "Asistencia", "lista de asistencia", true},
    {"agenda_items", "Orden del día", "punto del orden del día", false},
    {"agreements", "Acuerdos", "acuerdo", false},
    {"votes", "Votaciones", "votación", true},
    {"vote_opinions", "Votos particulares", "voto particular", false},
    {"agreement_follow_ups", "Seguimiento de acuerdos", "seguimiento de acuerdo", false},
    {"minutes_observations", "Observaciones a minutas", "observación a la minuta", true},
    {"work_programmes", "Programas anuales", "programa anual", false},
    {"no_activity", "Acciones sin actividad", "motivo sin actividad", false},
    {"action_texts", "Textos de acciones", "texto de acción", false},
    {"document_series", "Series de documentos", "serie de documentos", true},
    {"documents", "Documentos", "documento", false},
    {"activities", "Actividades", "actividad", true},
    {"external_sessions", "Sesiones del INE", "sesión del INE", true},
    {"sivople_reports", "Informes SIVOPLE", "informe SIVOPLE", false},
    {"election_notes", "Notas ejecutivas", "nota ejecutiva", true},
    {"convenios", "Convenios", "convenio", false},
    {"convenio_progress", "Avances de convenios", "avance", false},
    {"accompaniments", "Acompañamientos", "acompañamiento", false},
    {"pertinence_opinions", "Opiniones de pertinencia", "opinión de pertinencia", true},
    {"convenio_baselines", "Cifras históricas de convenios", "cifra histórica", true},
    {"networks", "Redes", "red", true},
    {"contacts", "Contactos", "contacto", false},
    {"mailings", "Envíos", "envío", false},
    {"contests", "Concursos", "concurso", false},
    {"registrations", "Registros del concurso", "registro", false},
    {"jurors", "Jurado", "integrante del jurado", false},
    {"rubric", "Rúbrica", "criterio", false},
    {"scores", "Puntuaciones", "puntuación", true},
});

// Wire values whose reading is not the value with spaces and a capital.
constexpr auto ENUM_LABELS = std::to_array<Pair>({
    {"F", "Mujer"},
    {"M", "Hombre"},
    {"X", "No binario"},
    {"a_distancia", "A distancia"},
    {"academico", "Académico"},
    {"acompanamientos", "Acompañamientos"},
    {"alcaldia", "Alcaldía"},
    {"apoyo_colaboracion", "Apoyo y colaboración"},
    {"area", "Área"},
    {"cdmx", "Ciudad de México"},
    {"colaboracion", "Colaboración"},
    {"conferencia", "Conferencia"},
    {"consejeria", "Consejería"},
    {"coordinacion", "Coordinación"},
    {"decima_primera", "Décima primera"},
    {"dialogo", "Diálogo"},
    {"electoral", "Electoral"},
    {"emisiones", "Emisiones"},
    {"en_gestion", "En gestión"},
    {"en_negociacion", "En negociación"},
    {"con_opinion", "Con opinión"},
    {"envios", "Envíos"},
    {"especifico", "Específico"},
    {"extranjero", "Extranjero"},
    {"general_apoyo_colaboracion", "General de apoyo y colaboración"},
    {"hibrida", "Híbrida"},
    {"informacion", "Información"},
    {"instalacion", "De instalación"},
    {"invitacion", "Invitación"},
    {"memorando_entendimiento", "Memorando de entendimiento"},
    {"mision_observacion", "Misión de observación"},
    {"nota_ejecutiva", "Nota ejecutiva"},
    {"notas_elecciones", "Notas de elecciones"},
    {"opiniones", "Opiniones"},
    {"orden_del_dia", "Orden del día"},
    {"osc", "Organización de la sociedad civil"},
    {"otra_entidad", "Otra entidad federativa"},
    {"representacion_partido", "Representación de partido"},
    {"resultados_concurso", "Resultados del concurso"},
    {"reunion", "Reunión"},
    {"se_conserva", "La conserva (la siguiente toma el número que sigue)"},
    {"se_libera", "Se libera (la sesión celebrada lo toma)"},
    {"secretaria_tecnica", "Secretaría técnica"},
    {"sesiones_comisiones", "Sesiones de comisiones"},
    {"sesiones_consejo", "Sesiones del Consejo"},
    {"sivople", "SIVOPLE"},
    {"undecima", "Undécima"},
    {"urgente", "Urgente"},
    {"validado", "Validado"},
});

template <std::size_t N>
std::string_view find(const std::array<Pair, N>& table, std::string_view name) {
    for (const auto& [wire, words] : table) {
        if (wire == name) {
            return words;
        }
    }
    return {};
}

const ArrayWords* array_words(std::string_view array) {
    for (const auto& words : ARRAYS) {
        if (words.name == array) {
            return &words;
        }
    }
    return nullptr;
}

}  // namespace

std::string_view field_label(std::string_view field) {
    return find(FIELD_LABELS, field);
}

std::string_view array_title(std::string_view array) {
    const auto* words = array_words(array);
    return words ? words->title : std::string_view{};
}

std::string_view array_singular(std::string_view array) {
    const auto* words = array_words(array);
    return words ? words->singular : std::string_view{};
}

bool array_is_feminine(std::string_view array) {
    const auto* words = array_words(array);
    return words && words->feminine;
}

std::string enum_label(std::string_view wire_value) {
    if (auto words = find(ENUM_LABELS, wire_value); !words.empty()) {
        return std::string(words);
    }
    std::string text(wire_value);
    for (auto& character : text) {
        if (character == '_') {
            character = ' ';
        }
    }
    return lang::capitalize_first(text);
}

}  // namespace vincula::web
