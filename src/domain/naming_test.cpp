#include "domain/naming.h"

#include <gtest/gtest.h>

namespace vincula::domain {
namespace {

Session numbered(int number, SessionType type = SessionType::Ordinary) {
    Session session;
    session.number = number;
    session.type = type;
    return session;
}

TEST(SessionName, IsDerivedFromTypeAndNumberInTheCommissionsStyle) {
    EXPECT_EQ(session_name(numbered(11), OrdinalStyleChoice::Compound),
              "Décima primera sesión ordinaria");
    EXPECT_EQ(session_name(numbered(11), OrdinalStyleChoice::Traditional),
              "Undécima sesión ordinaria");
    EXPECT_EQ(lowercase_session_name(numbered(1, SessionType::Extraordinary),
                                     OrdinalStyleChoice::Compound),
              "primera sesión extraordinaria");
}

// A number written before numbers were bounded must not take down every page
// that lists the session: it is named plainly.
TEST(SessionName, ANumberNoOrdinalCanSayIsNamedPlainly) {
    EXPECT_EQ(session_name(numbered(1000), OrdinalStyleChoice::Compound),
              "Sesión ordinaria número 1000");
    EXPECT_EQ(lowercase_session_name(numbered(-4), OrdinalStyleChoice::Compound),
              "sesión ordinaria número -4");
}

// «18 con instituciones académicas, uno con una alcaldía»: every sector's
// name takes its plural and its article from the language rules.
TEST(SectorName, EverySectorHasItsPluralAndItsArticle) {
    EXPECT_EQ(sector_phrase(Sector::Academic, 18), "instituciones académicas");
    EXPECT_EQ(sector_phrase(Sector::Academic, 1), "una institución académica");
    EXPECT_EQ(sector_phrase(Sector::Electoral, 1), "un organismo electoral");
    EXPECT_EQ(sector_phrase(Sector::CivilSociety, 3), "organizaciones de la sociedad civil");
    EXPECT_EQ(sector_phrase(Sector::Media, 2), "medios de comunicación");
    EXPECT_EQ(sector_phrase(Sector::Government, 2), "dependencias gubernamentales");
    EXPECT_EQ(sector_phrase(Sector::Borough, 0), "alcaldías");
    for (const auto& [sector, wire] : WireNames<Sector>::values) {
        EXPECT_FALSE(sector_name(sector).empty()) << wire;
    }
}

}  // namespace
}  // namespace vincula::domain
