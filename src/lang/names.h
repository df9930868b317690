#pragma once

#include <string>
#include <string_view>

// Spanish rules for proper names in running text: the contractions «del» and
// «al», the surnames of a full name with their particles, and the article
// an institution's name takes.
namespace vincula::lang {

// «de» + «el consejero…» -> «del consejero…», «a» + «el …» -> «al …»; any
// other phrase after the preposition and a space. A capital «El» begins a
// name and is kept: «de El Colegio de México».
std::string after_preposition(std::string_view preposition, std::string_view phrase);

// «De la Cruz Magaña» for «Norma De la Cruz Magaña», «Núñez Yedra» for
// «Bernardo Núñez Yedra»: the last two surnames of a full name, each with the
// particles before it («de», «del», «de la», «de los», «van», «von»…).
// A name of one or two words gives its last word.
std::string surnames_of(std::string_view full_name);

// The definite article an institution's name takes in running text: «el»
// (Instituto, Tribunal), «la» (Universidad, Secretaría, Corte), «los», «las»
// (Estados Unidos, Naciones Unidas), or nothing for an acronym or a name
// that carries its own article («El Colegio de México»). By the name's
// first word; a record may state it instead.
std::string definite_article_for(std::string_view name);

// «el Instituto Nacional Electoral», «El Colegio de México», «UNAM».
std::string with_article(std::string_view article, std::string_view name);

}  // namespace vincula::lang
