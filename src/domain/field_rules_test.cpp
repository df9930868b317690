#include "domain/field_rules.h"

#include <algorithm>

#include "domain/activities.h"
#include "domain/sessions.h"

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

template <class T>
std::vector<std::string> rules_of_record(const T& record) {
    KeyIndex keys;
    keys.add(Refers::Commissions, "CVOE");
    common::FieldErrors errors;
    check_fields(record, "sessions[0]", keys, errors);
    std::vector<std::string> rules;
    for (const auto& error : errors) {
        rules.push_back(error.field + " " + error.rule);
    }
    return rules;
}

Session session_numbered(int number, int year) {
    Session session;
    session.key = "o1-2021";
    session.commission = "CVOE";
    session.number = number;
    session.year = year;
    return session;
}

// Pages, documents and exports print a session's number as an ordinal and
// its year in words: a number they cannot say is refused when written.
TEST(FieldBounds, ASessionNumberIsOneToNineHundredNinetyNine) {
    EXPECT_TRUE(rules_of_record(session_numbered(1, 2021)).empty());
    EXPECT_TRUE(rules_of_record(session_numbered(999, 2021)).empty());
    for (int number : {-4, 0, 1000}) {
        EXPECT_EQ(rules_of_record(session_numbered(number, 2021)),
                  std::vector<std::string>{"sessions[0].number rango_numero"})
            << number;
    }
}

TEST(FieldBounds, AYearIsOneTheInstituteCouldHaveLived) {
    EXPECT_EQ(rules_of_record(session_numbered(1, 0)),
              std::vector<std::string>{"sessions[0].year rango_numero"});
    EXPECT_EQ(rules_of_record(session_numbered(1, 20210)),
              std::vector<std::string>{"sessions[0].year rango_numero"});
}

TEST(FieldBounds, TheMessageGivesTheValueAndTheBounds) {
    KeyIndex keys;
    keys.add(Refers::Commissions, "CVOE");
    common::FieldErrors errors;
    check_fields(session_numbered(1000, 2021), "sessions[0]", keys, errors);
    ASSERT_EQ(errors.size(), 1u);
    EXPECT_EQ(errors.front().message, "1000 está fuera del intervalo permitido (de 1 a 999).");
}

TEST(FieldBounds, TitlesHaveTwoThousandCharactersAndProseFiftyThousand) {
    Agreement agreement;
    agreement.code = "CVOE/036/21";
    agreement.title = std::string(MAX_TEXT_LENGTH, 'a');
    EXPECT_TRUE(rules_of_record(agreement).empty());
    // Characters, not bytes: 2,000 «ó» are 4,000 bytes and still fit.
    agreement.title.clear();
    for (std::size_t i = 0; i < MAX_TEXT_LENGTH; ++i) {
        agreement.title += "ó";
    }
    EXPECT_TRUE(rules_of_record(agreement).empty());
    agreement.title += "ó";
    EXPECT_EQ(rules_of_record(agreement),
              std::vector<std::string>{"sessions[0].title texto_largo"});

    Activity activity;
    activity.key = "act-1";
    activity.title = "Foro";
    activity.description = std::string(MAX_PROSE_LENGTH, 'a');
    auto rules = rules_of_record(activity);
    EXPECT_EQ(std::count(rules.begin(), rules.end(), "sessions[0].description texto_largo"), 0);
    *activity.description += "a";
    rules = rules_of_record(activity);
    EXPECT_EQ(std::count(rules.begin(), rules.end(), "sessions[0].description texto_largo"), 1);
}

}  // namespace
}  // namespace vincula::domain
