// `vincula report` on the Q4 2021 demo data, read back by the tools a
// reader would use: pdftotext and pdfinfo for the PDF, the Markdown as text,
// the JSON model. What the seed's reader counts and checks by hand — every
// session, agreement, attendance row, table row; weekdays that agree with
// their dates; an index whose page numbers are right; footnotes on the page
// of their marker — is checked here.
#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <regex>
#include <set>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "support/prepared_once.h"
#include "support/process.h"
#include "support/temp_dir.h"

namespace vincula::testing {
namespace {

using Json = nlohmann::json;

std::string without_spaces(const std::string& text) {
    std::string out;
    for (char c : squeeze(text)) {
        if (c != ' ') {
            out += c;
        }
    }
    return out;
}

std::string pdf_text(const std::string& pdf, int first = 0, int last = 0) {
    std::vector<std::string> arguments{"pdftotext"};
    if (first > 0) {
        arguments.insert(arguments.end(),
                         {"-f", std::to_string(first), "-l", std::to_string(last)});
    }
    arguments.insert(arguments.end(), {pdf, "-"});
    auto result = run_process(arguments);
    EXPECT_EQ(result.exit_code, 0) << result.err;
    return result.out;
}

class DemoReport : public ::testing::Test {
protected:
    // Built once for the suite, but from SetUp: a failure here fails every
    // test instead of quietly skipping them (as SetUpTestSuite would).
    void SetUp() override {
        if (!s_attempted) {
            s_attempted = true;
            prepare();
        }
        ASSERT_TRUE(s_ready) << "the demo report could not be generated";
    }

    static void prepare() {
        try {
            s_dir = prepared_once("informe-demo", {vincula_binary(), demo_bundle()}, "1", make_all);
        } catch (const std::exception& error) {
            ADD_FAILURE() << error.what();
            return;
        }
        s_export = Json::parse(read_file(path_of("export.json")));
        s_markdown = read_file(path_of("informe.md"));
        s_model = Json::parse(read_file(path_of("informe.json")));
        s_pdf_text = pdf_text(path_of("informe.pdf"));
        s_ready = !s_pdf_text.empty();
    }

    // The demo loaded and exported, and its report in every format: made
    // once for the build (support/prepared_once.h), read by every test.
    static void make_all(const std::string& directory) {
        auto run = [](const std::vector<std::string>& arguments) {
            auto result = run_vincula(arguments);
            if (result.exit_code != 0) {
                throw std::runtime_error("vincula " + arguments.front() + ": " + result.err);
            }
            return result.out;
        };
        auto db = directory + "/demo.sqlite";
        run({"init", "--db", db});
        run({"import", "--db", db, demo_bundle()});
        write_file(directory + "/export.json", run({"export", "--db", db}));
        for (std::string format : {"md", "json", "pdf", "html", "docx", "xlsx"}) {
            run({"report", "--db", db, "--commission", "CVOE", "--from", "2021-10-01", "--to",
                 "2021-12-31", "--format", format, "--out", directory + "/informe." + format});
        }
    }

    static std::string path_of(const std::string& name) { return s_dir + "/" + name; }

    static std::string pdf() { return path_of("informe.pdf"); }

    static std::string docx_text() {
        auto docx = run_process({"pandoc", "--wrap=none", "-t", "plain", path_of("informe.docx")});
        EXPECT_EQ(docx.exit_code, 0) << docx.err;
        return docx.out;
    }

    // Each needle is found after the previous one. White space is ignored:
    // PDF and DOCX text wraps table cells anywhere, even inside a code.
    static void expect_in_order(const std::string& text, const std::vector<std::string>& needles,
                                const std::string& what) {
        std::size_t from = 0;
        auto haystack = without_spaces(text);
        for (const auto& needle : needles) {
            auto at = haystack.find(without_spaces(needle), from);
            ASSERT_NE(at, std::string::npos)
                << what << ": «" << needle << "» missing or out of order";
            from = at + 1;
        }
    }

    static std::vector<std::string> of_quarter(const std::string& array, const std::string& field,
                                               const std::string& date_field = "date") {
        std::vector<std::string> values;
        for (const auto& record : s_export[array]) {
            auto date = record.value(date_field, std::string());
            if (date >= "2021-10-01" && date <= "2021-12-31") {
                values.push_back(record[field].get<std::string>());
            }
        }
        return values;
    }

    static inline bool s_attempted = false;
    static inline bool s_ready = false;
    static inline std::string s_dir;
    static inline Json s_export;
    static inline Json s_model;
    static inline std::string s_markdown;
    static inline std::string s_pdf_text;
};

TEST_F(DemoReport, CarriesEverySessionAndAgreementInOrder) {
    std::vector<std::string> needles{"Décima sesión ordinaria", "Décima primera sesión ordinaria",
                                     "Décima segunda sesión ordinaria"};
    for (const auto& agreement : s_export["agreements"]) {
        auto code = agreement["code"].get<std::string>();
        if (code.ends_with("/21") && code >= "CVOE/036/21" && code <= "CVOE/047/21") {
            needles.push_back(code);
            needles.push_back(agreement["title"].get<std::string>().substr(0, 60));
        }
    }
    EXPECT_EQ(needles.size(), 3u + 2 * 12u);
    expect_in_order(s_markdown, needles, "Markdown");
    expect_in_order(s_pdf_text, needles, "PDF");
    expect_in_order(docx_text(), needles, "DOCX (pandoc)");
}

TEST_F(DemoReport, DocxCarriesEveryAttendanceRowAndTableRow) {
    auto text = docx_text();
    std::vector<std::string> labels;
    for (const auto& membership : s_export["memberships"]) {
        labels.push_back(membership["label"].get<std::string>());
    }
    expect_in_order(text, labels, "attendance (DOCX)");
    expect_in_order(text, of_quarter("mailings", "info"), "mailings (DOCX)");
    std::vector<std::string> opinions;
    for (const auto& opinion : s_export["pertinence_opinions"]) {
        opinions.push_back(opinion["number"].get<std::string>());
    }
    expect_in_order(text, opinions, "opinions (DOCX)");
    auto unzip = run_process({"unzip", "-t", path_of("informe.docx")});
    EXPECT_EQ(unzip.exit_code, 0) << unzip.out;
    auto listing = run_process({"unzip", "-l", path_of("informe.docx")});
    EXPECT_NE(listing.out.find("word/footnotes.xml"), std::string::npos);
}

int count_tables(const Json& node) {
    int count = 0;
    if (node.is_object()) {
        count += node.value("tipo", "") == "tabla" ? 1 : 0;
        for (const auto& [key, value] : node.items()) {
            count += count_tables(value);
        }
    } else if (node.is_array()) {
        for (const auto& value : node) {
            count += count_tables(value);
        }
    }
    return count;
}

TEST_F(DemoReport, SpreadsheetHasOneSheetPerTableWithRealDates) {
    auto script =
        "import openpyxl, datetime, sys\n"
        "book = openpyxl.load_workbook(sys.argv[1])\n"
        "print(len(book.sheetnames))\n"
        "dates = [c.value for s in book for r in s.iter_rows() for c in r "
        "if isinstance(c.value, datetime.datetime)]\n"
        "print(len(dates))\n";
    auto result = run_process({"/usr/bin/python3", "-c", script, path_of("informe.xlsx")});
    ASSERT_EQ(result.exit_code, 0) << result.err;
    auto newline = result.out.find('\n');
    EXPECT_EQ(std::stoi(result.out.substr(0, newline)), count_tables(s_model["secciones"]));
    // Sessions, INE sessions, SIVOPLE reports, mailings, notes: well over 50 dates.
    EXPECT_GT(std::stoi(result.out.substr(newline + 1)), 50);
}

TEST_F(DemoReport, CountsAgreementsInWordsBySession) {
    auto text = squeeze(s_pdf_text);
    EXPECT_NE(text.find("adoptó un total de 12 acuerdos, siete de ellos en la décima sesión "
                        "ordinaria, tres en la décima primera sesión ordinaria y dos en la décima "
                        "segunda sesión ordinaria"),
              std::string::npos);
    EXPECT_NE(text.find("celebró tres sesiones ordinarias en modalidad a distancia"),
              std::string::npos);
}

TEST_F(DemoReport, PrintsEveryAttendanceRowWithItsMarks) {
    std::vector<std::string> labels;
    for (const auto& membership : s_export["memberships"]) {
        labels.push_back(membership["label"].get<std::string>());
    }
    EXPECT_EQ(labels.size(), 22u);
    for (const auto& label : labels) {
        EXPECT_NE(squeeze(s_pdf_text).find(squeeze(label)), std::string::npos) << label;
        EXPECT_NE(s_markdown.find(label), std::string::npos) << label;
    }
    // The row of the PRD: present only in the eleventh session.
    EXPECT_NE(s_markdown.find("| Partido de la Revolución Democrática |  | ✓ |  |"),
              std::string::npos);
}

TEST_F(DemoReport, PrintsEveryRowOfTheResultTablesInOrder) {
    expect_in_order(s_markdown, of_quarter("mailings", "info"), "mailings");
    std::vector<std::string> opinions;
    for (const auto& opinion : s_export["pertinence_opinions"]) {
        opinions.push_back(opinion["number"].get<std::string>());
    }
    EXPECT_EQ(opinions.size(), 5u);
    expect_in_order(s_markdown, opinions, "opinions");
    expect_in_order(s_pdf_text, opinions, "opinions (PDF)");
    auto sivople = of_quarter("sivople_reports", "date");
    EXPECT_EQ(sivople.size(), 14u);
    EXPECT_NE(s_markdown.find("| 14 | Viernes 31 de diciembre de 2021 |"), std::string::npos);
    for (const auto& note : s_export["election_notes"]) {
        EXPECT_NE(s_markdown.find(note["title"].get<std::string>()), std::string::npos);
    }
}

TEST_F(DemoReport, ComputesTheConvenioTotalsInsteadOfTypingThem) {
    auto text = squeeze(s_pdf_text);
    EXPECT_NE(text.find("ha suscrito un total de 103 instrumentos jurídicos, de los cuales 43 se "
                        "encuentran vigentes"),
              std::string::npos);
    EXPECT_NE(text.find("reportaron avances en 38 convenios"), std::string::npos);
}

TEST_F(DemoReport, SegmentsTheContestRegistrations) {
    auto text = squeeze(s_markdown);
    for (auto row : {"| Categoría | De 18 a 29 años | 32 |", "| | De 12 a 17 años | 14 |",
                     "| Género | Femenino | 22 |", "| | Masculino | 24 |",
                     "| Residencia | Ciudad de México | 30 |", "| | Otra entidad federativa | 15 |",
                     "| | Extranjero | 1 |"}) {
        EXPECT_NE(text.find(row), std::string::npos) << row;
    }
    EXPECT_NE(text.find("cerró con 23 personas concursantes"), std::string::npos);
}

// Every «<weekday> <day> de <month> de <year>» in the text names the right
// weekday: the error the hand-typed seed made twice.
void expect_weekdays_agree(const std::string& raw, const std::string& what) {
    static const std::vector<std::string> weekdays{"domingo", "lunes",   "martes", "miércoles",
                                                   "jueves",  "viernes", "sábado"};
    static const std::vector<std::string> months{"enero",      "febrero", "marzo",     "abril",
                                                 "mayo",       "junio",   "julio",     "agosto",
                                                 "septiembre", "octubre", "noviembre", "diciembre"};
    std::string text = squeeze(raw);
    for (auto& c : text) {
        if (c >= 'A' && c <= 'Z') {
            c = static_cast<char>(c - 'A' + 'a');
        }
    }
    std::regex pattern(
        "(domingo|lunes|martes|miércoles|jueves|viernes|sábado) ([0-9]{1,2}) de ([a-z]+) de "
        "([0-9]{4})");
    int checked = 0;
    for (std::sregex_iterator it(text.begin(), text.end(), pattern), end; it != end; ++it) {
        auto month = std::find(months.begin(), months.end(), (*it)[3].str());
        ASSERT_NE(month, months.end()) << (*it)[0];
        std::chrono::year_month_day date{
            std::chrono::year{std::stoi((*it)[4])},
            std::chrono::month{static_cast<unsigned>(month - months.begin() + 1)},
            std::chrono::day{static_cast<unsigned>(std::stoi((*it)[2]))}};
        ASSERT_TRUE(date.ok()) << (*it)[0];
        auto weekday = std::chrono::weekday{std::chrono::sys_days{date}}.c_encoding();
        EXPECT_EQ(weekdays[weekday], (*it)[1].str()) << what << ": «" << (*it)[0] << "»";
        ++checked;
    }
    EXPECT_GT(checked, 80) << what;
}

TEST_F(DemoReport, NoWeekdayDisagreesWithItsDate) {
    expect_weekdays_agree(s_markdown, "Markdown");
    expect_weekdays_agree(s_pdf_text, "PDF");
}

TEST_F(DemoReport, PdfHasTitleAuthorAndLetterPages) {
    auto info = run_process({"pdfinfo", pdf()});
    ASSERT_EQ(info.exit_code, 0);
    EXPECT_NE(info.out.find("Title:           Cuarto informe trimestral de actividades de la "
                            "Comisión Permanente de Vinculación con Organismos Externos 2021"),
              std::string::npos)
        << info.out;
    EXPECT_NE(info.out.find("Author:          Comisión Permanente de Vinculación con Organismos "
                            "Externos"),
              std::string::npos);
    EXPECT_NE(info.out.find("612 x 792 pts (letter)"), std::string::npos);
    EXPECT_NE(squeeze(pdf_text(pdf(), 3, 3)).find("Página 3 de"), std::string::npos);
}

TEST_F(DemoReport, IndexPageNumbersPointAtTheirHeadings) {
    auto index = squeeze(pdf_text(pdf(), 2, 2));
    auto heading = index.find("Índice");
    ASSERT_NE(heading, std::string::npos);
    index = index.substr(heading + std::string("Índice").size());
    std::regex entry("([^.]+?) ?\\.{4,} ?([0-9]+)");
    int checked = 0;
    for (std::sregex_iterator it(index.begin(), index.end(), entry), end; it != end; ++it) {
        auto title = (*it)[1].str();
        title = title.substr(title.find_first_not_of(' '));
        int page = std::stoi((*it)[2]);
        EXPECT_NE(squeeze(pdf_text(pdf(), page, page)).find(title), std::string::npos)
            << "«" << title << "» is not on page " << page;
        ++checked;
    }
    EXPECT_GE(checked, 9);
}

// The text of the list item or paragraph that carries footnote `number`, up
// to its marker.
std::string text_before_marker(const Json& node, int number) {
    if (node.is_object()) {
        if (node.contains("texto") && node["texto"].is_array()) {
            std::string before;
            for (const auto& span : node["texto"]) {
                if (span.contains("nota") && span["nota"] == number) {
                    return before.empty() ? "-" : before;
                }
                before += span.value("texto", "");
            }
        }
        for (const auto& [key, value] : node.items()) {
            if (auto found = text_before_marker(value, number); !found.empty()) {
                return found;
            }
        }
    } else if (node.is_array()) {
        for (const auto& value : node) {
            if (auto found = text_before_marker(value, number); !found.empty()) {
                return found;
            }
        }
    }
    return "";
}

TEST_F(DemoReport, FootnotesSitOnThePageOfTheirMarkers) {
    ASSERT_GE(s_model["notas"].size(), 5u);
    auto pages = std::stoi(std::regex_replace(
        run_process({"pdfinfo", pdf()}).out, std::regex("(.|\\n)*Pages: +([0-9]+)(.|\\n)*"), "$2"));
    for (const auto& note : s_model["notas"]) {
        int number = note["numero"];
        std::string note_text;
        for (const auto& span : note["texto"]) {
            note_text += span.value("texto", "");
        }
        auto marker_text = text_before_marker(s_model["secciones"], number);
        ASSERT_FALSE(marker_text.empty()) << "no marker for note " << number;
        auto tail = squeeze(marker_text);
        tail = tail.substr(tail.size() > 30 ? tail.size() - 30 : 0);
        int found_on = 0;
        for (int page = 1; page <= pages && found_on == 0; ++page) {
            if (squeeze(pdf_text(pdf(), page, page)).find(squeeze(note_text).substr(0, 60)) !=
                std::string::npos) {
                found_on = page;
            }
        }
        ASSERT_GT(found_on, 0) << "note " << number << " not in the PDF";
        EXPECT_NE(squeeze(pdf_text(pdf(), found_on, found_on)).find(tail), std::string::npos)
            << "note " << number << " is on page " << found_on << " without «" << tail << "»";
    }
}

TEST_F(DemoReport, HtmlIsSelfContained) {
    auto html = read_file(path_of("informe.html"));
    for (auto external : {"src=\"http", "href=\"http", "@import", "url(http", "<script src",
                          "<link rel=\"stylesheet\""}) {
        EXPECT_EQ(html.find(external), std::string::npos) << external;
    }
    EXPECT_NE(html.find("<html lang=\"es-MX\">"), std::string::npos);
    EXPECT_NE(html.find("<thead>"), std::string::npos);
}

// A period that is not whole months, across a year: named by its exact
// days, the year said once per end, and both years' programmes invoked.
TEST_F(DemoReport, APeriodAcrossAYearIsNamedByItsDays) {
    TempDir dir;
    auto out = dir.path("informe.md");
    auto made =
        run_vincula({"report", "--db", path_of("demo.sqlite"), "--commission", "CVOE", "--from",
                     "2021-11-20", "--to", "2022-01-15", "--format", "md", "--out", out});
    ASSERT_EQ(made.exit_code, 0) << made.err;
    auto text = squeeze(read_file(out));
    EXPECT_NE(text.find("el periodo del 20 de noviembre de 2021 al 15 de enero de 2022"),
              std::string::npos);
    EXPECT_NE(text.find("Durante el periodo del 20 de noviembre de 2021 al 15 de enero de 2022 la "
                        "Comisión adoptó"),
              std::string::npos);
    EXPECT_NE(text.find("la Comisión trazó para 2021 y 2022"), std::string::npos);
    EXPECT_EQ(text.find("de noviembre a enero"), std::string::npos);
}

// Without a programme for the period, no sentence points back to one.
TEST_F(DemoReport, WithoutAProgrammeNoSentenceLeansOnIt) {
    TempDir dir;
    auto out = dir.path("informe.md");
    auto made = run_vincula({"report", "--db", path_of("demo.sqlite"), "--commission", "CVOE",
                             "--quarter", "2019-T1", "--format", "md", "--out", out});
    ASSERT_EQ(made.exit_code, 0) << made.err;
    auto text = squeeze(read_file(out));
    EXPECT_EQ(text.find("dicho marco"), std::string::npos);
    // The missing programme is the review's to name, not the document's.
    EXPECT_EQ(text.find("no tiene registrado"), std::string::npos);
    EXPECT_NE(text.find("El presente documento da cuenta de las actividades correspondientes al "
                        "periodo de enero a marzo de 2019."),
              std::string::npos);
}

// A draft put to the vote and not approved is no agreement the Commission
// adopted: left out of the count, said apart, and listed marked.
TEST(ReportAgreements, ADraftNotApprovedIsNotCountedAsAdopted) {
    TempDir dir;
    auto bundle = Json::parse(read_file(demo_bundle()));
    for (auto& agreement : bundle["agreements"]) {
        if (agreement["code"] == "CVOE/042/21") {
            agreement["result"] = "rechazado";
        }
    }
    auto file = dir.path("rechazo.json");
    write_file(file, bundle.dump());
    auto db = dir.path("rechazo.sqlite");
    ASSERT_EQ(run_vincula({"init", "--db", db}).exit_code, 0);
    auto imported = run_vincula({"import", "--db", db, file});
    ASSERT_EQ(imported.exit_code, 0) << imported.err;
    auto out = dir.path("informe.md");
    auto made = run_vincula({"report", "--db", db, "--commission", "CVOE", "--quarter", "2021-T4",
                             "--format", "md", "--out", out});
    ASSERT_EQ(made.exit_code, 0) << made.err;
    auto text = squeeze(read_file(out));
    EXPECT_NE(text.find("adoptó un total de 11 acuerdos, seis de ellos en la décima sesión "
                        "ordinaria, tres en la décima primera sesión ordinaria y dos en la décima "
                        "segunda sesión ordinaria, y no aprobó un proyecto de acuerdo, como se "
                        "enlista a continuación:"),
              std::string::npos)
        << text.substr(text.find("Durante el periodo"), 400);
    EXPECT_NE(text.find("(No aprobado)."), std::string::npos);
}

class ReportOptions : public ::testing::Test {
protected:
    void SetUp() override { ASSERT_EQ(run_vincula({"init", "--db", m_db}).exit_code, 0); }
    TempDir m_dir;
    std::string m_db = m_dir.path("vacia.sqlite");
};

TEST_F(ReportOptions, RefuseWhatCannotBeAReportNamingTheOption) {
    auto out = m_dir.path("x.html");
    auto bad_format = run_vincula({"report", "--db", m_db, "--commission", "CVOE", "--quarter",
                                   "2021-T4", "--format", "odt", "--out", out});
    EXPECT_EQ(bad_format.exit_code, 2);
    EXPECT_NE(bad_format.err.find("--format"), std::string::npos) << bad_format.err;
    EXPECT_NE(bad_format.err.find("no es un formato de informe"), std::string::npos);

    auto backwards = run_vincula({"report", "--db", m_db, "--commission", "CVOE", "--from",
                                  "2021-12-31", "--to", "2021-10-01", "--out", out});
    EXPECT_EQ(backwards.exit_code, 2);
    EXPECT_NE(backwards.err.find("--to"), std::string::npos) << backwards.err;

    auto unknown = run_vincula(
        {"report", "--db", m_db, "--commission", "CVOX", "--quarter", "2021-T4", "--out", out});
    EXPECT_EQ(unknown.exit_code, 2);
    EXPECT_NE(unknown.err.find("--commission"), std::string::npos) << unknown.err;
    EXPECT_FALSE(std::filesystem::exists(out)) << "nothing may be written";
}

}  // namespace
}  // namespace vincula::testing
