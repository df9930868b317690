#include "web/record_form.h"

#include <gtest/gtest.h>

#include "web/labels.h"

namespace vincula::web {
namespace {

std::vector<std::string_view> array_names() {
    std::vector<std::string_view> names;
    domain::Dataset empty;
    domain::for_each_array(
        empty, [&](domain::ArrayInfo info, const auto&) { names.push_back(info.name); });
    return names;
}

TEST(Labels, EveryArrayHasATitleAndEveryFieldALabel) {
    for (auto array : array_names()) {
        EXPECT_FALSE(array_title(array).empty()) << array;
        EXPECT_FALSE(array_singular(array).empty()) << array;
        auto fields = form_fields(array);
        EXPECT_FALSE(fields.empty()) << array;
        for (const auto& field : fields) {
            // Nested fields read «Ceremonia de firma: Fecha»: both halves.
            auto colon = field.label.find(": ");
            EXPECT_FALSE(field.label.empty()) << array << "." << field.name;
            EXPECT_NE(field.label.rfind(':'), field.label.size() - 2)
                << array << "." << field.name << " tiene una etiqueta incompleta";
            if (colon != std::string::npos) {
                EXPECT_FALSE(field.label.substr(colon + 2).empty()) << array << "." << field.name;
            }
        }
    }
}

TEST(Labels, WireValuesReadAsWords) {
    EXPECT_EQ(enum_label("en_negociacion"), "En negociación");
    EXPECT_EQ(enum_label("a_distancia"), "A distancia");
    // Values without an entry: spaces and a capital.
    EXPECT_EQ(enum_label("ordinaria"), "Ordinaria");
}

const FormField& field_named(const std::vector<FormField>& fields, std::string_view name) {
    for (const auto& field : fields) {
        if (field.name == name) {
            return field;
        }
    }
    throw std::out_of_range(std::string(name));
}

TEST(RecordForm, FieldsFollowTheRecordsTypes) {
    auto fields = form_fields("convenios");
    EXPECT_EQ(field_named(fields, "key").kind, InputKind::Text);
    EXPECT_TRUE(field_named(fields, "key").is_key);
    // Made by the system when left empty: not asked, but editable.
    EXPECT_FALSE(field_named(fields, "key").required);
    EXPECT_TRUE(field_named(fields, "key").assigned);
    EXPECT_EQ(field_named(fields, "status").kind, InputKind::Choice);
    EXPECT_EQ(field_named(fields, "counterparts").kind, InputKind::References);
    EXPECT_EQ(field_named(fields, "signed").kind, InputKind::Date);
    EXPECT_FALSE(field_named(fields, "signed").required);
    // The ceremony's fields, flattened and optional as the ceremony is.
    EXPECT_EQ(field_named(fields, "ceremony.date").kind, InputKind::Date);
    EXPECT_FALSE(field_named(fields, "ceremony.date").required);
    // An agreement's code is assigned when left empty.
    EXPECT_TRUE(field_named(form_fields("agreements"), "code").assigned);
    // A list of small records is a table of its fields; a deeper one, JSON.
    auto contest_fields = form_fields("contests");
    const auto& categories = field_named(contest_fields, "categories");
    EXPECT_EQ(categories.kind, InputKind::Rows);
    ASSERT_EQ(categories.columns.size(), 4u);
    EXPECT_EQ(categories.columns[2].name, "min_age");
    EXPECT_EQ(categories.columns[2].kind, InputKind::Integer);
    EXPECT_EQ(field_named(form_fields("work_programmes"), "lines").kind, InputKind::Json);
}

TEST(RecordForm, ATableOfRecordsKeepsItsFilledRowsInOrder) {
    auto fields = form_fields("contests");
    api::Query form{{"categories[0].key", "jov"},     {"categories[0].label", "Jóvenes"},
                    {"categories[0].min_age", "18"},  {"categories[0].max_age", "29"},
                    {"categories[1].key", ""},        {"categories[1].label", ""},
                    {"categories[1].min_age", ""},    {"categories[1].max_age", ""},
                    {"categories[2].key", "ado"},     {"categories[2].label", "Adolescentes"},
                    {"categories[2].min_age", " 12"}, {"categories[2].max_age", "diecisiete"}};
    auto body = form_to_json(fields, form, true);
    ASSERT_TRUE(body["categories"].is_array());
    ASSERT_EQ(body["categories"].size(), 2u) << body.dump();
    EXPECT_EQ(
        body["categories"][0],
        (nlohmann::json{{"key", "jov"}, {"label", "Jóvenes"}, {"min_age", 18}, {"max_age", 29}}));
    EXPECT_EQ(body["categories"][1]["min_age"], 12);
    // What is not a number travels as text: the API names it in Spanish.
    EXPECT_EQ(body["categories"][1]["max_age"], "diecisiete");
}

TEST(RecordForm, ANewRecordLeavesEmptyInputsOutAndAChangeClearsThem) {
    auto fields = form_fields("sessions");
    api::Query form{{"key", "o13-2021"}, {"commission", "CVOE"}, {"year", "2021"},
                    {"number", " 13 "},  {"date", "2021-12-20"}, {"time", ""}};
    auto created = form_to_json(fields, form, false);
    EXPECT_EQ(created["key"], "o13-2021");
    EXPECT_EQ(created["year"], 2021);
    EXPECT_EQ(created["number"], 13);
    EXPECT_FALSE(created.contains("time"));
    auto changed = form_to_json(fields, form, true);
    EXPECT_FALSE(changed.contains("key")) << "keys never change";
    EXPECT_TRUE(changed["time"].is_null());
}

TEST(RecordForm, TextThatIsNoNumberTravelsAsTextForTheApiToName) {
    auto created = form_to_json(form_fields("sessions"), {{"year", "dos mil"}}, false);
    EXPECT_EQ(created["year"], "dos mil");
}

TEST(RecordForm, ListsCountsAndNestedFieldsAreRebuilt) {
    auto activity = form_to_json(form_fields("activities"),
                                 {{"links", "https://a.example\n\n  https://b.example \n"},
                                  {"counts", "asistentes: 40\npersonas en línea: 12"}},
                                 false);
    EXPECT_EQ(activity["links"], (nlohmann::json{"https://a.example", "https://b.example"}));
    EXPECT_EQ(activity["counts"]["asistentes"], 40);
    EXPECT_EQ(activity["counts"]["personas en línea"], 12);
    auto convenio = form_to_json(
        form_fields("convenios"),
        {{"ceremony.date", "2021-11-03"}, {"counterparts", "ine"}, {"counterparts", "unam"}},
        false);
    EXPECT_EQ(convenio["ceremony"]["date"], "2021-11-03");
    EXPECT_EQ(convenio["counterparts"], (nlohmann::json{"ine", "unam"}));
}

// An agreement without «Celebrado en», a convenio without a signing
// ceremony: sent back blank, the nested record stays absent instead of
// arriving with blank required fields (which once made every such edit fail).
TEST(RecordForm, ANestedRecordLeftBlankIsAbsent) {
    auto fields = form_fields("agreements");
    api::Query blank{{"session", "o12-2021"}, {"kind", "otro"},     {"result", "aprobado"},
                     {"title", "Un acuerdo"}, {"held_in.type", ""}, {"held_in.number", ""},
                     {"held_in.year", ""},    {"held_in.date", ""}};
    auto created = form_to_json(fields, blank, false);
    EXPECT_FALSE(created.contains("held_in")) << created.dump();
    auto changed = form_to_json(fields, blank, true);
    ASSERT_TRUE(changed.contains("held_in")) << changed.dump();
    EXPECT_TRUE(changed["held_in"].is_null()) << changed.dump();

    api::Query filled = blank;
    for (auto& [name, value] : filled) {
        if (name == "held_in.number") {
            value = "4";
        }
    }
    auto partly = form_to_json(fields, filled, true);
    EXPECT_EQ(partly["held_in"]["number"], 4) << partly.dump();

    auto convenio =
        form_to_json(form_fields("convenios"),
                     {{"key", "c-x"}, {"ceremony.date", ""}, {"ceremony.place", ""}}, true);
    EXPECT_TRUE(convenio["ceremony"].is_null()) << convenio.dump();
}

TEST(RecordForm, ErrorsAreShownBesideTheirField) {
    auto fields = form_fields("convenios");
    common::FieldErrors errors{{"counterparts[1]", "referencia", "no existe la organización «x»."},
                               {"ceremony.date", "fecha_valida", "la fecha no es válida."},
                               {"", "regla_general", "el convenio ya existe."}};
    auto view = form_view(fields, nlohmann::json::object(), errors, domain::Dataset{}, false);
    for (const auto& entry : view) {
        if (entry["name"] == "counterparts" || entry["name"] == "ceremony.date") {
            EXPECT_TRUE(entry["invalid"]) << entry["name"];
            EXPECT_EQ(entry["errors"].size(), 1u);
        } else {
            EXPECT_FALSE(entry["invalid"]) << entry["name"];
        }
    }
    auto outside = errors_outside(fields, errors);
    ASSERT_EQ(outside.size(), 1u);
    EXPECT_EQ(outside.front().message, "el convenio ya existe.");
}

}  // namespace
}  // namespace vincula::web
