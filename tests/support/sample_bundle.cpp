#include "support/sample_bundle.h"

namespace vincula::testing {

nlohmann::ordered_json sample_bundle() {
    return nlohmann::ordered_json::parse(R"json({
  "format": "vincula-bundle",
  "version": 1,
  "institution": {"name": "Instituto Electoral de la Ciudad de México", "acronym": "IECM"},
  "areas": [{"key": "UTVOE", "name": "Unidad Técnica de Vinculación con Organismos Externos", "acronym": "UTVOE"}],
  "people": [
    {"key": "eer", "name": "Erika Estrada Ruiz", "gender": "F"},
    {"key": "bvm", "name": "Bernardo Valle Monroy", "gender": "M"}
  ],
  "organizations": [
    {"key": "pri", "name": "Partido Revolucionario Institucional", "acronym": "PRI", "sector": "partido", "country": "MX"}
  ],
  "commissions": [
    {"key": "CVOE", "name": "Comisión Permanente de Vinculación con Organismos Externos", "acronym": "CVOE",
     "kind": "permanente", "ordinal_style": "decima_primera"}
  ],
  "memberships": [
    {"key": "m-eer", "commission": "CVOE", "person": "eer", "role": "presidencia",
     "label": "Presidencia: Erika Estrada Ruíz", "from": "2020-10-09", "appointed_by": "IECM-ACU-CG-075-2020"},
    {"key": "m-bvm", "commission": "CVOE", "person": "bvm", "role": "integrante", "from": "2020-10-09"},
    {"key": "m-pri", "commission": "CVOE", "organization": "pri", "role": "representacion_partido", "from": "2020-10-09"}
  ],
  "sessions": [
    {"key": "o10-2021", "commission": "CVOE", "year": 2021, "type": "ordinaria", "number": 10,
     "date": "2021-10-21", "time": "11:00", "modality": "a_distancia", "status": "celebrada"},
    {"key": "o11-2021", "commission": "CVOE", "year": 2021, "type": "ordinaria", "number": 11,
     "date": "2021-11-24", "modality": "a_distancia", "status": "celebrada"}
  ],
  "attendance": [
    {"session": "o10-2021", "present": ["m-eer", "m-bvm", "m-pri"]},
    {"session": "o11-2021", "present": ["m-eer", "m-bvm", "m-pri"]}
  ],
  "agreements": [
    {"code": "CVOE/036/21", "session": "o10-2021", "kind": "orden_del_dia", "result": "aprobado",
     "title": "Aprobación del orden del día correspondiente a la décima sesión ordinaria de 2021"},
    {"code": "CVOE/037/2021", "session": "o10-2021", "kind": "minuta", "result": "aprobado",
     "title": "Aprobación de la minuta de la novena sesión ordinaria de 2021"},
    {"code": "CVOE/043/21", "session": "o11-2021", "kind": "orden_del_dia", "result": "aprobado",
     "title": "Aprobación del orden del día correspondiente a la décima primera sesión ordinaria de 2021"}
  ]
})json");
}

}  // namespace vincula::testing
