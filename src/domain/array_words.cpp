#include "domain/array_words.h"

#include <array>
#include <string>
#include <vector>

#include "lang/plurals.h"
#include "lang/text.h"

namespace vincula::domain {
namespace {

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

const ArrayWords* array_words(std::string_view array) {
    for (const auto& words : ARRAYS) {
        if (words.name == array) {
            return &words;
        }
    }
    return nullptr;
}

}  // namespace

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

std::string counted_records(std::string_view array, long count) {
    auto singular = array_singular(array);
    return lang::counted(count, singular.empty() ? array : singular);
}

std::string counted_holders(const std::map<std::string, std::size_t, std::less<>>& counts) {
    std::vector<std::string> parts;
    for (const auto& [array, count] : counts) {
        parts.push_back(counted_records(array, static_cast<long>(count)));
    }
    return lang::join_list(parts);
}

}  // namespace vincula::domain
