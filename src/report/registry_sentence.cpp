#include "report/registry_sentence.h"

#include <string_view>
#include <vector>

#include "domain/convenio_registry.h"
#include "domain/naming.h"
#include "lang/dates.h"
#include "lang/numbers.h"
#include "lang/plurals.h"
#include "lang/text.h"
#include "report/counting.h"

namespace vincula::report {
namespace {

using lang::Gender;

constexpr std::string_view INSTRUMENT = "instrumento jurídico";

// «un total de 103 instrumentos jurídicos», «un instrumento jurídico».
std::string instruments(long count) {
    if (count == 1) {
        return lang::cardinal(1, Gender::Masculine, lang::Position::BeforeNoun) + " " +
               std::string(INSTRUMENT);
    }
    return "un total de " + number_in_prose(count, Gender::Masculine) + " " +
           lang::plural(INSTRUMENT);
}

// «43 se encuentran vigentes», «uno se encuentra vigente», «ninguno se
// encuentra vigente».
std::string in_force_clause(long count) {
    if (count == 0) {
        return "ninguno se encuentra vigente";
    }
    return number_in_prose(count, Gender::Masculine) +
           (count == 1 ? " se encuentra " : " se encuentran ") + lang::in_number(count, "vigente");
}

// «731 han concluido», «uno ha concluido», «ninguno ha concluido».
std::string concluded_clause(long count) {
    if (count == 0) {
        return "ninguno ha concluido";
    }
    return number_in_prose(count, Gender::Masculine) +
           (count == 1 ? " ha concluido" : " han concluido");
}

// What became of the instruments signed: «, de los cuales 731 han concluido
// y 122 se encuentran vigentes»; of a single one, «, que se encuentra vigente».
std::string state_clause(const domain::RegistryFigures& figures) {
    if (figures.signed_count == 1) {
        if (figures.in_force == 1) {
            return ", que se encuentra vigente";
        }
        return figures.concluded ? ", que ha concluido" : ", que no se encuentra vigente";
    }
    auto clause = in_force_clause(figures.in_force);
    if (figures.concluded) {
        clause = concluded_clause(*figures.concluded) + " y " + clause;
    }
    return ", de los cuales " + clause;
}

// « De ellos, 18 se suscribieron con instituciones académicas, dos con
// organismos electorales y tres con alcaldías.»; nothing without a breakdown.
std::string sector_sentence(const domain::RegistryFigures& figures) {
    std::vector<std::string> parts;
    for (const auto& [sector, count] : figures.by_sector) {
        if (count == 0) {
            continue;
        }
        auto with = " con " + domain::sector_phrase(sector, count);
        if (figures.signed_count == 1) {
            return " Se suscribió" + with + ".";
        }
        auto verb = parts.empty() ? (count == 1 ? " se suscribió" : " se suscribieron") : "";
        parts.push_back(number_in_prose(count, Gender::Masculine) + verb + with);
    }
    if (parts.empty()) {
        return "";
    }
    return " De ellos, " + lang::join_list(parts) + ".";
}

}  // namespace

std::string registry_sentence(const domain::Dataset& data, const std::string& institution,
                              const common::Date& date) {
    auto figures = domain::registry_figures(data, date);
    if (figures.signed_count == 0) {
        return "";
    }
    std::string since =
        figures.baseline ? "De " + std::to_string(figures.baseline->since.year()) + " al " : "Al ";
    return since + lang::day_month_year(date) + ", el " + institution + " ha suscrito " +
           instruments(figures.signed_count) + state_clause(figures) + "." +
           sector_sentence(figures);
}

}  // namespace vincula::report
