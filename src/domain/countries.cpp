#include "domain/countries.h"

namespace vincula::domain {
namespace {

// ISO 3166-1 alpha-2: the 249 officially assigned codes (as Debian's
// iso-codes lists them), sorted, three characters apart, for a binary search.
constexpr std::string_view CODES =
    "AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO "
    "BQ BR BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ "
    "DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP "
    "GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG "
    "KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML "
    "MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE "
    "PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL "
    "SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM "
    "US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW";

}  // namespace

bool is_country_code(std::string_view code) {
    if (code.size() != 2) {
        return false;
    }
    std::size_t low = 0;
    std::size_t high = (CODES.size() + 1) / 3;
    while (low < high) {
        auto middle = (low + high) / 2;
        auto candidate = CODES.substr(middle * 3, 2);
        if (candidate == code) {
            return true;
        }
        if (candidate < code) {
            low = middle + 1;
        } else {
            high = middle;
        }
    }
    return false;
}

const std::vector<std::string_view>& mexican_entities() {
    static const std::vector<std::string_view> entities = {
        "Aguascalientes",   "Baja California",  "Baja California Sur",
        "Campeche",         "Chiapas",          "Chihuahua",
        "Ciudad de México", "Coahuila",         "Colima",
        "Durango",          "Estado de México", "Guanajuato",
        "Guerrero",         "Hidalgo",          "Jalisco",
        "Michoacán",        "Morelos",          "Nayarit",
        "Nuevo León",       "Oaxaca",           "Puebla",
        "Querétaro",        "Quintana Roo",     "San Luis Potosí",
        "Sinaloa",          "Sonora",           "Tabasco",
        "Tamaulipas",       "Tlaxcala",         "Veracruz",
        "Yucatán",          "Zacatecas"};
    return entities;
}

}  // namespace vincula::domain
