// The demo bundle (data/demo/iecm-cvoe-2021-q4.json) holds the seed report
// as data. Imported by the real binary into a real SQLite file and exported
// again, it must still count what a reader of the seed counts, table by
// table, and survive export → import → export unchanged.
#include <cstdlib>
#include <map>
#include <memory>
#include <set>
#include <string>
#include <vector>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "support/process.h"
#include "support/temp_dir.h"

namespace vincula::testing {
namespace {

using Json = nlohmann::json;

constexpr const char* QUARTER_FROM = "2021-10-01";
constexpr const char* QUARTER_TO = "2021-12-31";
constexpr const char* CONTEST_CLOSE = "2021-11-30";

bool in_quarter(const std::string& date) {
    return date >= QUARTER_FROM && date <= QUARTER_TO;
}

// Whole years between two ISO dates (the age on `on` of someone born `birth`).
int age_on(const std::string& birth, const std::string& on) {
    int years = std::stoi(on.substr(0, 4)) - std::stoi(birth.substr(0, 4));
    return on.substr(5) < birth.substr(5) ? years - 1 : years;
}

std::string text_of(const Json& record, const char* field) {
    return record.contains(field) ? record[field].get<std::string>() : "";
}

class DemoBundle : public ::testing::Test {
protected:
    // Loaded once, from SetUp: a failure to load fails every test instead of
    // quietly skipping them (as a failing SetUpTestSuite would).
    void SetUp() override {
        if (!s_attempted) {
            s_attempted = true;
            load();
        }
        ASSERT_NE(s_data, nullptr) << "the demo bundle could not be loaded";
    }

    static void load() {
        s_dir = std::make_unique<TempDir>();
        const char* source = std::getenv("VINCULA_SOURCE_DIR");
        auto demo = std::string(source ? source : ".") + "/data/demo/iecm-cvoe-2021-q4.json";
        auto db = s_dir->path("demo.sqlite");
        ASSERT_EQ(run_vincula({"init", "--db", db}).exit_code, 0);
        auto imported = run_vincula({"import", "--db", db, demo});
        ASSERT_EQ(imported.exit_code, 0) << imported.err;
        auto exported = run_vincula({"export", "--db", db});
        ASSERT_EQ(exported.exit_code, 0) << exported.err;
        s_exported = new std::string(exported.out);
        s_data = new Json(Json::parse(exported.out));
    }

    static void TearDownTestSuite() {
        delete s_data;
        delete s_exported;
        s_dir.reset();
    }

    static const Json& array(const char* name) {
        static const Json empty = Json::array();
        return s_data->contains(name) ? (*s_data)[name] : empty;
    }

    // Keys of the sessions of the quarter, in date order, with their dates.
    static std::map<std::string, std::string> quarter_sessions() {
        std::map<std::string, std::string> dates;
        for (const auto& session : array("sessions")) {
            if (in_quarter(session["date"])) {
                dates[session["key"]] = session["date"];
            }
        }
        return dates;
    }

    static inline std::unique_ptr<TempDir> s_dir;
    static inline std::string* s_exported = nullptr;
    static inline bool s_attempted = false;
    static inline Json* s_data = nullptr;
};

TEST_F(DemoBundle, SurvivesExportImportExportByteForByte) {
    auto first = s_dir->path("first.json");
    write_file(first, *s_exported);
    auto copy = s_dir->path("copy.sqlite");
    ASSERT_EQ(run_vincula({"init", "--db", copy}).exit_code, 0);
    auto imported = run_vincula({"import", "--db", copy, first});
    ASSERT_EQ(imported.exit_code, 0) << imported.err;
    auto second = run_vincula({"export", "--db", copy});
    ASSERT_EQ(second.exit_code, 0);
    EXPECT_EQ(second.out, *s_exported);
}

TEST_F(DemoBundle, HoldsThreeRemoteOrdinarySessionsInTheQuarter) {
    std::vector<int> numbers;
    for (const auto& session : array("sessions")) {
        if (in_quarter(session["date"])) {
            EXPECT_EQ(session["type"], "ordinaria");
            EXPECT_EQ(session["modality"], "a_distancia");
            numbers.push_back(session["number"]);
        }
    }
    EXPECT_EQ(numbers, (std::vector<int>{10, 11, 12}));
}

TEST_F(DemoBundle, HoldsTwelveConsecutiveAgreementsSevenThreeAndTwo) {
    auto sessions = quarter_sessions();
    std::map<std::string, int> per_session;
    std::vector<std::string> codes;
    for (const auto& agreement : array("agreements")) {
        auto session = text_of(agreement, "session");
        if (sessions.contains(session)) {
            ++per_session[sessions[session]];
            codes.push_back(agreement["code"]);
        }
    }
    EXPECT_EQ(per_session, (std::map<std::string, int>{
                               {"2021-10-21", 7}, {"2021-11-24", 3}, {"2021-12-13", 2}}));
    ASSERT_EQ(codes.size(), 12u);
    for (std::size_t i = 0; i < codes.size(); ++i) {
        EXPECT_EQ(codes[i], "CVOE/0" + std::to_string(36 + i) + "/21");
    }
}

// The seed's attendance table, row by row: the label (with the spelling
// corrections of CORRECCIONES.md) and the marks of the 10th, 11th and 12th.
TEST_F(DemoBundle, ExpectsTwentyTwoAttendeesWithTheSeedsMarks) {
    const std::vector<std::pair<std::string, std::string>> table = {
        {"Presidencia: Erika Estrada Ruiz", "✓✓✓"},
        {"Integrante: Ernesto Ramos Mega", "✓✓✓"},
        {"Integrante: Bernardo Valle Monroy", "-✓✓"},
        {"Secretaria técnica: Cecilia Aída Hernández Cruz", "✓✓✓"},
        {"Partido Revolucionario Institucional", "✓✓✓"},
        {"Partido de la Revolución Democrática", "-✓-"},
        {"Partido Verde Ecologista de México", "✓✓-"},
        {"Partido Encuentro Solidario", "✓✓-"},
        {"Encargado del despacho de la Secretaría Ejecutiva, Gustavo Uribe Robles", "✓✓-"},
        {"Secretaría Administrativa, Alejandro Fidencio González Hernández", "✓✓-"},
        {"Titular de la Contraloría Interna, Francisco Calvario Guzmán", "✓✓✓"},
        {"Dirección Ejecutiva de Asociaciones Políticas, Laura Angélica Ramírez Hernández", "✓-✓"},
        {"Encargado del despacho Dirección Ejecutiva de Educación Cívica y Construcción de "
         "Ciudadanía, Gerardo Francisco Cabrera López",
         "✓✓✓"},
        {"Dirección Ejecutiva de Participación Ciudadana y Capacitación, Marisonia Vázquez Mata",
         "✓✓✓"},
        {"Dirección Ejecutiva de Organización Electoral y Geoestadística, Xavier Soto Parrao",
         "✓✓✓"},
        {"Unidad Técnica de Archivo, Logística y Apoyo a los Órganos Desconcentrados, Bernardo "
         "Núñez Yedra",
         "✓✓-"},
        {"Unidad Técnica de Asuntos Jurídicos, María Guadalupe Zavala Pérez", "✓✓✓"},
        {"Unidad Técnica de Comunicación Social y Difusión, Salvador Gabriel Macías Payén", "✓✓-"},
        {"Unidad Técnica de Género y Derechos Humanos, Imelda Guevara Olvera", "✓✓✓"},
        {"Unidad Técnica de Servicios Informáticos, Estefanía Mena Ibarra", "✓✓✓"},
        {"Unidad Técnica del Centro de Formación y Desarrollo, Mónica Scott Mejía", "✓✓✓"},
        {"Unidad Técnica Especializada de Fiscalización, Alain Alejandro Barrera Lomelí", "✓✓✓"},
    };
    std::map<std::string, const Json*> sessions;
    for (const auto& session : array("sessions")) {
        sessions[session["key"]] = &session;
    }
    std::map<std::string, std::string> marks;  // label -> marks so far
    std::map<std::string, std::string> label_of;
    for (const auto& [date, session_key] : std::map<std::string, std::string>{
             {"2021-10-21", "o10-2021"}, {"2021-11-24", "o11-2021"}, {"2021-12-13", "o12-2021"}}) {
        ASSERT_TRUE(sessions.contains(session_key)) << session_key;
        ASSERT_EQ((*sessions[session_key])["date"], date);
        std::set<std::string> present;
        for (const auto& roll : array("attendance")) {
            if (roll["session"] == session_key) {
                for (const auto& key : roll["present"]) {
                    present.insert(key);
                }
            }
        }
        int expected = 0;
        for (const auto& seat : array("memberships")) {
            bool valid = seat["commission"] == "CVOE" && seat["from"] <= date &&
                         (!seat.contains("to") || date <= seat["to"]);
            if (!valid) {
                continue;
            }
            ++expected;
            marks[seat["label"]] += present.contains(seat["key"]) ? "✓" : "-";
        }
        EXPECT_EQ(expected, 22) << date;
        EXPECT_EQ(present.size(), date == "2021-10-21" ? 20u : date == "2021-11-24" ? 21u : 15u);
    }
    ASSERT_EQ(marks.size(), table.size());
    for (const auto& [label, expected_marks] : table) {
        EXPECT_EQ(marks[label], expected_marks) << label;
    }
}

TEST_F(DemoBundle, FollowedSixCouncilAndEighteenCommitteeSessionsOfTheIne) {
    int council = 0;
    int committees = 0;
    std::set<std::string> bodies;
    for (const auto& session : array("external_sessions")) {
        if (!in_quarter(session["date"]) || session["organization"] != "ine") {
            continue;
        }
        if (session["body"] == "Consejo General") {
            ++council;
        } else {
            ++committees;
            bodies.insert(session["body"]);
        }
    }
    EXPECT_EQ(council, 6);
    EXPECT_EQ(committees, 18);
    EXPECT_EQ(bodies.size(), 8u);
}

TEST_F(DemoBundle, CountsReportsOpinionsMailingsAndNotesOfTheQuarter) {
    int sivople = 0;
    for (const auto& report : array("sivople_reports")) {
        sivople += in_quarter(report["date"]);
    }
    EXPECT_EQ(sivople, 14);
    int opinions = 0;
    for (const auto& opinion : array("pertinence_opinions")) {
        opinions += text_of(opinion, "issued_from") >= QUARTER_FROM &&
                    text_of(opinion, "issued_to") <= QUARTER_TO;
    }
    EXPECT_EQ(opinions, 5);
    std::map<std::string, int> mailings;
    for (const auto& mailing : array("mailings")) {
        mailings[mailing["network"]] += in_quarter(mailing["date"]);
    }
    EXPECT_EQ(mailings, (std::map<std::string, int>{{"red-obs", 11}, {"voto-chilango", 6}}));
    int notes = 0;
    for (const auto& note : array("election_notes")) {
        notes += in_quarter(note["election_date"]);
    }
    EXPECT_EQ(notes, 3);
}

TEST_F(DemoBundle, ReportsProgressOnThirtyEightConveniosAndKeepsTheTotals) {
    auto sessions = quarter_sessions();
    std::set<std::string> convenios;
    for (const auto& progress : array("convenio_progress")) {
        if (sessions.contains(progress["session"])) {
            convenios.insert(progress["convenio"]);
        }
    }
    EXPECT_EQ(convenios.size(), 38u);
    ASSERT_EQ(array("convenio_baselines").size(), 1u);
    const auto& baseline = array("convenio_baselines")[0];
    int signed_since = 0;
    for (const auto& convenio : array("convenios")) {
        auto signed_on = text_of(convenio, "signed");
        signed_since += !signed_on.empty() && signed_on > baseline["as_of"].get<std::string>() &&
                        signed_on <= QUARTER_TO;
    }
    EXPECT_LE(baseline["as_of"].get<std::string>(), QUARTER_TO);
    EXPECT_EQ(baseline["signed"].get<int>() + signed_since, 103);
    EXPECT_EQ(baseline["in_force"].get<int>() + signed_since, 43);
}

// Footnotes 1–5: each series names the sessions where its documents were
// presented.
TEST_F(DemoBundle, DerivesTheFootnotesOfTheDocumentSeries) {
    std::map<std::string, std::set<std::string>> presented;
    for (const auto& document : array("documents")) {
        if (document.contains("series") && document.contains("presented_in")) {
            for (const auto& session : document["presented_in"]) {
                presented[document["series"]].insert(session);
            }
        }
    }
    std::set<std::string> all{"o10-2021", "o11-2021", "o12-2021"};
    EXPECT_EQ(presented["conv-seg"], all);
    EXPECT_EQ(presented["ae-conv-ine"], (std::set<std::string>{"o10-2021", "o12-2021"}));
    EXPECT_EQ(presented["vff4"], all);
    EXPECT_EQ(presented["conmemorativas"], (std::set<std::string>{"o11-2021", "o12-2021"}));
    EXPECT_EQ(presented["vincula2iecm"], (std::set<std::string>{"o11-2021", "o12-2021"}));
}

TEST_F(DemoBundle, SegmentsFortySixRegistrationsAsPublished) {
    std::map<std::string, int> category;
    std::map<std::string, int> gender;
    std::map<std::string, int> residence;
    int validated_with_work = 0;
    for (const auto& entry : array("registrations")) {
        ASSERT_EQ(entry["contest"], "vff4");
        EXPECT_TRUE(entry.value("anonymised", false));
        int age = age_on(entry["birth_date"], CONTEST_CLOSE);
        auto group = age >= 18 && age <= 29 ? "18-29" : age >= 12 && age <= 17 ? "12-17" : "?";
        ++category[group];
        ++gender[entry["gender"]];
        ++residence[entry["residence"]];
        if (age < 18) {
            EXPECT_TRUE(entry.value("guardian_consent", false)) << entry["key"];
        }
        validated_with_work += entry["status"] == "validado" && entry.contains("work") &&
                               text_of(entry["work"], "uploaded_at") <= CONTEST_CLOSE;
    }
    EXPECT_EQ(category, (std::map<std::string, int>{{"18-29", 32}, {"12-17", 14}}));
    EXPECT_EQ(gender, (std::map<std::string, int>{{"M", 24}, {"F", 22}}));
    EXPECT_EQ(residence,
              (std::map<std::string, int>{{"cdmx", 30}, {"otra_entidad", 15}, {"extranjero", 1}}));
    EXPECT_EQ(validated_with_work, 23);
}

}  // namespace
}  // namespace vincula::testing
