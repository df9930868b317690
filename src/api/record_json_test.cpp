#include "api/record_json.h"

#include <gtest/gtest.h>

#include "api/response.h"

namespace vincula::api {
namespace {

// The API's reads write records straight to text; clients and the golden
// files expect exactly what json_response made of records_to_json before.
std::string tree_text(const domain::Dataset& data, std::string_view array,
                      const std::vector<std::int64_t>& ids) {
    return json_response(200, records_to_json(data, array, ids)).body;
}

// Quotes, backslashes, control characters, DEL, accents, a character
// outside the BMP, and bytes that are not UTF-8 (replaced, not refused).
const std::vector<std::string> AWKWARD = {"a\"b\\c/d",         "\x01\x02\x1f\x7f\b\f\n\r\t",
                                          "ñandú «é» 𝄞",       "mal \xff\xfe fin",
                                          "corta \xe2\x82",    "larga \xc0\xaf",
                                          "\xed\xa0\x80",      "\xf4\x90\x80\x80",
                                          "bien \xe2\x82\xac", ""};

TEST(RecordJsonText, ConveniosAsTheTreeWritesThem) {
    domain::Dataset data;
    for (const auto& text : AWKWARD) {
        domain::Convenio convenio;
        convenio.key = text;
        convenio.title = text;
        convenio.counterparts = {text, "org1"};
        convenio.signed_on = common::Date::from_ymd(2021, 10, 1);
        convenio.ceremony = domain::Ceremony{common::Date::from_ymd(987, 2, 3), text};
        data.convenios.push_back(convenio);
    }
    data.convenios.push_back(domain::Convenio{});  // only what is never left out
    std::vector<std::int64_t> ids(data.convenios.size(), 7);
    EXPECT_EQ(records_json_text(data, "convenios", ids), tree_text(data, "convenios", ids));
    for (std::size_t i = 0; i < data.convenios.size(); ++i) {
        EXPECT_EQ(record_json_text(data, "convenios", i, 7),
                  json_response(200, records_to_json(data, "convenios", ids)[i]).body);
    }
}

TEST(RecordJsonText, NestedListsCountsFlagsAndNumbers) {
    domain::Dataset data;
    domain::Activity activity;
    activity.key = "act-1";
    activity.date = common::Date::from_ymd(2021, 11, 30);
    activity.title = "Taller";
    activity.participants = {domain::Participant{"p1", std::nullopt, "x\ty", std::nullopt},
                             domain::Participant{}};
    activity.counts = {{"mujeres", 12}, {"hombres", -3}, {"ñ", 0}};
    data.activities.push_back(activity);
    data.scores.push_back(domain::Score{"j1", "r1", "c1", 8.25});
    data.scores.push_back(domain::Score{"j1", "r1", "c2", 10});
    data.scores.push_back(domain::Score{"j1", "r1", "c3", 0.1});
    data.rubric.push_back(domain::RubricCriterion{"k", "c", 1e21});
    EXPECT_EQ(records_json_text(data, "activities", {1}), tree_text(data, "activities", {1}));
    // Scores have no key field: their address, the store's number, comes first.
    std::vector<std::int64_t> ids = {41, 42, 9000000000};
    EXPECT_EQ(records_json_text(data, "scores", ids), tree_text(data, "scores", ids));
    EXPECT_EQ(record_json_text(data, "scores", 2, 9000000000),
              json_response(200, records_to_json(data, "scores", ids)[2]).body);
    EXPECT_EQ(records_json_text(data, "rubric", {5}), tree_text(data, "rubric", {5}));
    EXPECT_EQ(records_json_text(data, "sessions"), "[]");
}

TEST(RecordJsonText, FieldTextForThePublicFilter) {
    domain::Dataset data;
    domain::Convenio convenio;
    convenio.status = domain::ConvenioStatus::InProcess;
    data.convenios.push_back(convenio);
    auto status = records_to_json(data, "convenios")[0]["status"].get<std::string>();
    EXPECT_EQ(field_text(data, "convenios", 0, "status"), status);
    EXPECT_EQ(field_text(data, "convenios", 0, "signed"), std::nullopt);
    EXPECT_EQ(field_text(data, "convenios", 1, "status"), std::nullopt);
}

}  // namespace
}  // namespace vincula::api
