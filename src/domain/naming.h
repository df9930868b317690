#pragma once

#include <string>

#include "domain/enums.h"
#include "domain/sessions.h"

namespace vincula::domain {

// «Décima primera sesión ordinaria»: derived from type and number in the
// commission's ordinal style, never stored.
std::string session_name(const Session& session, OrdinalStyleChoice style);
// «décima primera sesión ordinaria», for the middle of a sentence.
std::string lowercase_session_name(const Session& session, OrdinalStyleChoice style);

// «Convenio General de Apoyo y Colaboración», «Memorando de Entendimiento»…:
// the name of a kind of instrument as tables and sentences print it.
std::string_view convenio_type_name(ConvenioType type);

// «ordinaria», «extraordinaria», «urgente».
std::string_view session_type_word(SessionType type);

}  // namespace vincula::domain
