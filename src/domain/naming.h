#pragma once

#include <functional>
#include <string>

#include "domain/convenios.h"
#include "domain/enums.h"
#include "domain/organizations.h"
#include "domain/sessions.h"
#include "lang/gender.h"

namespace vincula::domain {

// «Décima primera sesión ordinaria»: derived from type and number in the
// commission's ordinal style, never stored.
std::string session_name(const Session& session, OrdinalStyleChoice style);
// «décima primera sesión ordinaria», for the middle of a sentence.
std::string lowercase_session_name(const Session& session, OrdinalStyleChoice style);

// «Convenio General de Apoyo y Colaboración», «Memorando de Entendimiento»…:
// the name of a kind of instrument as tables and sentences print it.
std::string_view convenio_type_name(ConvenioType type);

// «institución académica», «organismo electoral», «alcaldía»…: the kind of
// counterpart a sector stands for, in the singular, and the gender it
// agrees with («una institución académica», «un organismo electoral»).
std::string_view sector_name(Sector sector);
lang::Gender sector_gender(Sector sector);
// The counterparts of a sector as a count of instruments names them after
// «con»: «instituciones académicas», and for one «una institución académica».
std::string sector_phrase(Sector sector, long count);

// «la Alcaldía Xochimilco», «el Instituto Nacional Electoral», «UNAM»:
// `name` (the organization's name then) with the article the organization
// states, or the one its name takes.
std::string with_its_article(const Organization& organization, const std::string& name);

// «Convenio General de Apoyo y Colaboración con la Alcaldía Xochimilco»:
// what a convenio is called where a person reads it, its title if it has
// one; `organizations` finds its counterparts by key.
std::string convenio_caption(
    const Convenio& convenio,
    const std::function<const Organization*(const std::string&)>& organizations);

// «ordinaria», «extraordinaria», «urgente», «de instalación»: after «sesión».
std::string_view session_type_word(SessionType type);
// «ordinarias», «urgentes», «de instalación»: after «sesiones».
std::string session_type_plural(SessionType type);

}  // namespace vincula::domain
