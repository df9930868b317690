#include "domain/contact_rows.h"

#include <gtest/gtest.h>

#include "domain/countries.h"

namespace vincula::domain {
namespace {

std::vector<std::string> rules_at(const common::FieldErrors& errors) {
    std::vector<std::string> out;
    for (const auto& error : errors) {
        out.push_back(error.field + " " + error.rule);
    }
    return out;
}

TEST(ContactRows, ReadsSpanishOrBundleColumnNamesInAnyOrder) {
    Table table{{"País", "Correo electrónico", "NOMBRE"},
                {"mx", " ana@example.org ", "Ana Pérez"},
                {"", "", ""},
                {"", "jose@example.org", "José Núñez"}};
    auto rows = contacts_from_table(table, "red-obs", {});
    ASSERT_TRUE(rows) << common::to_display(rows.error().front());
    ASSERT_EQ(rows->added.size(), 2u);
    EXPECT_EQ(rows->added[0].network, "red-obs");
    EXPECT_EQ(rows->added[0].name, "Ana Pérez");
    EXPECT_EQ(rows->added[0].email, "ana@example.org");
    EXPECT_EQ(rows->added[0].country, "MX");
    EXPECT_FALSE(rows->added[1].country);

    auto bundle_names = contacts_from_table(
        {{"name", "email", "country"}, {"Eva", "e@x.org", "ES"}}, "red-obs", {});
    ASSERT_TRUE(bundle_names);
    EXPECT_EQ(bundle_names->added.front().country, "ES");
}

TEST(ContactRows, EveryProblemNamesItsRowAndColumn) {
    Table table{{"nombre", "correo", "país"},       {"Ana", "ana@", "MX"},
                {"", "b@example.org", "Mexico"},    {"Carla", "carla@example.org", "ZZ"},
                {"Dora", "DÓRA@example.org", "MX"}, {"Dora otra vez", "dora@Example.org", "MX"}};
    auto rows = contacts_from_table(table, "red-obs", {});
    ASSERT_FALSE(rows);
    EXPECT_EQ(rules_at(rows.error()),
              (std::vector<std::string>{
                  "fila 2, columna correo correo_valido", "fila 3, columna nombre texto_no_vacio",
                  "fila 3, columna país pais_valido", "fila 4, columna país pais_valido",
                  "fila 6, columna correo contacto_repetido"}));
    EXPECT_EQ(rows.error().back().message,
              "el correo dora@Example.org ya aparece en la fila 5 de este archivo.");
    EXPECT_NE(rows.error()[2].message.find("ISO 3166"), std::string::npos);
}

TEST(ContactRows, MissingColumnsAreNamed) {
    auto rows = contacts_from_table({{"nombre", "teléfono"}, {"Ana", "555"}}, "red-obs", {});
    ASSERT_FALSE(rows);
    EXPECT_EQ(rules_at(rows.error()), (std::vector<std::string>{"fila 1 columna_contactos"}));
    EXPECT_NE(rows.error().front().message.find("«correo»"), std::string::npos);
    EXPECT_FALSE(contacts_from_table({}, "red-obs", {}));
    EXPECT_FALSE(contacts_from_table({{"nombre", "correo"}}, "red-obs", {}));
}

TEST(ContactRows, ContactsAlreadyInTheNetworkAreKeptAsTheyAre) {
    std::vector<Contact> existing{{"red-obs", "Ana", "Ana@Example.org", "MX", true},
                                  {"red-obs", "José", "jose@example.org", "US", false},
                                  {"voto-chilango", "Eva", "eva@example.org", "ES", false}};
    Table table{{"nombre", "correo"},
                {"Ana de nuevo", "ana@example.org"},
                {"José", "JOSÉ@example.org"},
                {"Eva", "eva@example.org"}};
    auto rows = contacts_from_table(table, "red-obs", existing);
    ASSERT_TRUE(rows);
    // Ana (opted out, and she stays so) and José: «JOSÉ@» is the same
    // address once case and accents are folded.
    EXPECT_EQ(rows->already, 2);
    EXPECT_EQ(rows->opted_out, 1);
    ASSERT_EQ(rows->added.size(), 1u);
    EXPECT_EQ(rows->added.front().email, "eva@example.org");  // another network's contact
}

TEST(Countries, OnlyAssignedAlpha2Codes) {
    for (auto code : {"MX", "US", "ES", "AD", "ZW", "AR"}) {
        EXPECT_TRUE(is_country_code(code)) << code;
    }
    for (auto code : {"ZZ", "XK", "mx", "MEX", "", "UK"}) {
        EXPECT_FALSE(is_country_code(code)) << code;
    }
}

}  // namespace
}  // namespace vincula::domain
