#include "domain/progress_action.h"

#include <gtest/gtest.h>

namespace vincula::domain {
namespace {

// A commission's 2021 programme with the given actions, one session in 2021
// and one in 2022 (which has no programme).
Dataset programme_with(std::vector<std::pair<std::string, std::string>> actions) {
    Dataset data;
    for (auto [key, year] : {std::pair{"o10-2021", 2021}, std::pair{"o1-2022", 2022}}) {
        Session session;
        session.key = key;
        session.commission = "CVOE";
        session.date = common::Date::from_ymd(year, 3, 10);
        data.sessions.push_back(session);
    }
    WorkProgramme programme;
    programme.key = "pat-2021";
    programme.commission = "CVOE";
    programme.year = 2021;
    ProgrammeLine line;
    line.number = 2;
    line.title = "Vinculación";
    for (auto& [letter, text] : actions) {
        line.actions.push_back(ProgrammeAction{letter, text});
    }
    programme.lines.push_back(line);
    data.work_programmes.push_back(programme);
    return data;
}

TEST(ProgressAction, TheOneActionAboutConveniosIsTheObviousOne) {
    auto data = programme_with({{"A", "Reuniones con la red de enlaces."},
                                {"C", "Dar seguimiento a los Convenios firmados."}});
    EXPECT_EQ(obvious_progress_action(data, "o10-2021"), "pat-2021/2/C");
    auto choices = progress_actions(data, "o10-2021");
    ASSERT_EQ(choices.size(), 2u);
    EXPECT_EQ(choices[1].caption, "2 C) Dar seguimiento a los Convenios firmados.");
}

TEST(ProgressAction, TheActionProgressAlreadyUsesWinsOverTheWording) {
    auto data = programme_with({{"A", "Convenios de apoyo."}, {"B", "Convenios de colaboración."}});
    EXPECT_FALSE(obvious_progress_action(data, "o10-2021").has_value()) << "two speak of convenios";
    ConvenioProgress earlier;
    earlier.convenio = "c-1";
    earlier.session = "o10-2021";
    earlier.action = "pat-2021/2/B";
    data.convenio_progress.push_back(earlier);
    EXPECT_EQ(obvious_progress_action(data, "o10-2021"), "pat-2021/2/B");
}

// Where the convenio figures go when no progress is reported in a period:
// the actions progress was tied to, in programme order, or else those whose
// text speaks of convenios.
TEST(ProgressAction, TheActionsThatFollowConveniosComeInProgrammeOrder) {
    auto data = programme_with({{"A", "Convenios de apoyo."},
                                {"B", "Reuniones con la red de enlaces."},
                                {"C", "Seguimiento de convenios."}});
    const auto& programme = data.work_programmes.front();
    EXPECT_EQ(convenio_actions(data, programme),
              (std::vector<std::string>{"pat-2021/2/A", "pat-2021/2/C"}));
    ConvenioProgress tied;
    tied.convenio = "c-1";
    tied.session = "o10-2021";
    tied.action = "pat-2021/2/C";
    data.convenio_progress.push_back(tied);
    EXPECT_EQ(convenio_actions(data, programme), (std::vector<std::string>{"pat-2021/2/C"}));
}

TEST(ProgressAction, NoProgrammeForTheSessionsYearMeansAPersonChooses) {
    auto data = programme_with({{"C", "Dar seguimiento a los convenios."}});
    EXPECT_FALSE(obvious_progress_action(data, "o1-2022").has_value());
    EXPECT_TRUE(progress_actions(data, "o1-2022").empty());
    EXPECT_FALSE(obvious_progress_action(data, "no-existe").has_value());
}

}  // namespace
}  // namespace vincula::domain
