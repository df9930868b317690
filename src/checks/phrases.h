#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "common/date.h"
#include "domain/dataset.h"

// Spanish phrases several rules put into their sentences.
namespace vincula::checks {

// The first `words` words of a long title, with «…» when cut, so a sentence
// stays readable: «Primer informe sobre la construcción del Análisis…».
std::string excerpt(std::string_view text, std::size_t words = 12);

// «del jueves 21 de octubre al viernes 31 de diciembre de 2021», or «desde
// el jueves 21 de octubre de 2021» when the range has no end.
std::string date_range_phrase(const common::Date& from, const std::optional<common::Date>& to);

// How a person, an organization or a seat is named in a sentence:
// «Erika Estrada Ruiz (eer)», «Integrante: Bernardo Valle Monroy (m-bvm)».
std::string person_phrase(const domain::Dataset& data, const std::string& key);
std::string organization_phrase(const domain::Dataset& data, const std::string& key);
std::string membership_phrase(const domain::Dataset& data, const domain::Membership& seat);

// «Convenio de Apoyo y Colaboración con la Alcaldía Xochimilco (c-xoch-1)»:
// its title when it has one, else its type and counterparts.
std::string convenio_phrase(const domain::Dataset& data, const domain::Convenio& convenio);
// «en negociación», «vigente», «concluido»…
std::string_view convenio_status_words(domain::ConvenioStatus status);

}  // namespace vincula::checks
