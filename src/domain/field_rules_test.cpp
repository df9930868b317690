#include "domain/field_rules.h"

#include <gtest/gtest.h>

namespace vincula::domain {
namespace {

common::FieldErrors problems_of(const std::string& value, FieldSpec spec) {
    KeyIndex keys;
    common::FieldErrors errors;
    check_text("campo", value, spec, keys, errors);
    return errors;
}

std::string rule_of(const std::string& value, FieldSpec spec) {
    auto errors = problems_of(value, spec);
    return errors.empty() ? "" : errors.front().rule;
}

TEST(KeyGrammar, TheKeysOfRealBundlesAreAccepted) {
    for (const auto* key : {"o10-2021", "CVOE", "DEECyCC", "c-cne-ecuador", "pat-2021",
                            "reg.2024_07", "IECM/ACU-CG-075-2020", "a"}) {
        EXPECT_EQ(rule_of(key, key_field()), "") << key;
    }
}

TEST(KeyGrammar, SpacesAccentsControlsAndStraySlashesAreRefused) {
    for (const auto* key : {"con espacio", "sesión", "x\r\nSet-Cookie: a=1", "tab\tclave", "-guion",
                            "/raiz", "final/", "doble//barra", "comillas\"", "nulo\x7f"}) {
        EXPECT_EQ(rule_of(key, key_field()), "clave_valida") << key;
    }
    EXPECT_EQ(rule_of(std::string("a\0b", 3), key_field()), "clave_valida");
    EXPECT_EQ(rule_of(std::string(MAX_KEY_LENGTH, 'k'), key_field()), "");
    EXPECT_EQ(rule_of(std::string(MAX_KEY_LENGTH + 1, 'k'), key_field()), "clave_valida");
}

TEST(KeyGrammar, TheMessageNamesTheKeyAndTheRule) {
    auto errors = problems_of("con espacio", key_field());
    ASSERT_EQ(errors.size(), 1u);
    EXPECT_EQ(errors.front().field, "campo");
    EXPECT_NE(errors.front().message.find("\"con espacio\" no es una clave válida"),
              std::string::npos)
        << errors.front().message;
}

TEST(KeyGrammar, OtherTextsMayHoldSpacesAndAccents) {
    EXPECT_EQ(rule_of("Décima sesión ordinaria", FieldSpec{}), "");
}

TEST(EmailRule, LineBreaksAndControlCharactersAreNotAnAddress) {
    FieldSpec email{.text = TextRule::Email};
    EXPECT_EQ(rule_of("ana@iecm.mx", email), "");
    for (const auto* address :
         {"ana@iecm.mx\r\nBcc: todos@x.mx", "ana@iecm.mx\n", "a\tb@iecm.mx"}) {
        EXPECT_EQ(rule_of(address, email), "correo_valido") << address;
    }
    EXPECT_EQ(rule_of(std::string("ana@iecm.mx\0", 12), email), "correo_valido");
}

}  // namespace
}  // namespace vincula::domain
