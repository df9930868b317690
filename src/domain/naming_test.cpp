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

}  // namespace
}  // namespace vincula::domain
