#include <string>
#include <string_view>

#include "cli/commands.h"

namespace vincula::cli {

CLI::Option* add_db_option(CLI::App& command, std::string& db) {
    return command
        .add_option("--db", db,
                    "Base de datos: ruta de un archivo SQLite o URL postgresql://… "
                    "(predeterminada: data/vincula.sqlite)")
        ->type_name("BD");
}

std::string count_label(std::string_view array, std::size_t count) {
    struct Label {
        std::string_view array;
        std::string_view singular;
        std::string_view plural;
    };
    static constexpr Label LABELS[] = {
        {"areas", "área", "áreas"},
        {"people", "persona", "personas"},
        {"organizations", "organización", "organizaciones"},
        {"commissions", "comisión", "comisiones"},
        {"memberships", "integración", "integraciones"},
        {"sessions", "sesión", "sesiones"},
        {"attendance", "lista de asistencia", "listas de asistencia"},
        {"agenda_items", "punto del orden del día", "puntos del orden del día"},
        {"agreements", "acuerdo", "acuerdos"},
        {"votes", "votación", "votaciones"},
        {"vote_opinions", "voto particular", "votos particulares"},
        {"agreement_follow_ups", "seguimiento de acuerdo", "seguimientos de acuerdos"},
        {"minutes_observations", "observación a la minuta", "observaciones a las minutas"},
        {"work_programmes", "programa anual de trabajo", "programas anuales de trabajo"},
        {"no_activity", "declaración sin actividad", "declaraciones sin actividad"},
        {"action_texts", "texto de acción programada", "textos de acciones programadas"},
        {"document_series", "serie de documentos", "series de documentos"},
        {"documents", "documento presentado", "documentos presentados"},
        {"activities", "actividad", "actividades"},
        {"external_sessions", "sesión de órganos externos", "sesiones de órganos externos"},
        {"sivople_reports", "reporte SIVOPLE", "reportes SIVOPLE"},
        {"election_notes", "nota ejecutiva internacional", "notas ejecutivas internacionales"},
        {"convenios", "convenio", "convenios"},
        {"convenio_progress", "avance de convenio", "avances de convenios"},
        {"accompaniments", "acompañamiento", "acompañamientos"},
        {"pertinence_opinions", "opinión de pertinencia", "opiniones de pertinencia"},
        {"convenio_baselines", "cifra histórica de convenios", "cifras históricas de convenios"},
        {"networks", "red", "redes"},
        {"contacts", "contacto", "contactos"},
        {"mailings", "envío", "envíos"},
        {"contests", "concurso", "concursos"},
        {"registrations", "registro a concurso", "registros a concursos"},
        {"jurors", "integrante de jurado", "integrantes de jurados"},
        {"rubric", "criterio de rúbrica", "criterios de rúbrica"},
        {"scores", "calificación", "calificaciones"},
    };
    for (const auto& label : LABELS) {
        if (label.array == array) {
            return std::to_string(count) + " " +
                   std::string(count == 1 ? label.singular : label.plural);
        }
    }
    return std::to_string(count) + " " + std::string(array);
}

}  // namespace vincula::cli
