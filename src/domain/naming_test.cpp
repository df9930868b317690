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

TEST(Naming, BodiesTakeTheirArticle) {
    Organization ine;
    ine.name = "Instituto Nacional Electoral";
    EXPECT_EQ(with_its_article(ine, "Instituto Nacional Electoral (INE)"),
              "el Instituto Nacional Electoral (INE)");
    Organization colegio;
    colegio.name = "El Colegio de México";
    EXPECT_EQ(with_its_article(colegio, colegio.name), "El Colegio de México");
    Organization recorded;
    recorded.name = "Tribunal Electoral de la Ciudad de México";
    recorded.article = Article::None;
    EXPECT_EQ(with_its_article(recorded, recorded.name), recorded.name);
}

TEST(Naming, AConvenioIsCalledByItsTitleOrByItsKindAndCounterparts) {
    Organization alcaldia;
    alcaldia.key = "alc-xochimilco";
    alcaldia.name = "Alcaldía Xochimilco";
    Organization unam;
    unam.key = "unam";
    unam.name = "UNAM";
    auto find = [&](const std::string& key) -> const Organization* {
        return key == alcaldia.key ? &alcaldia : key == unam.key ? &unam : nullptr;
    };
    Convenio convenio;
    convenio.key = "c-xoch";
    convenio.type = ConvenioType::GeneralSupport;
    convenio.counterparts = {"alc-xochimilco", "unam", "sin-registro"};
    EXPECT_EQ(convenio_caption(convenio, find),
              "Convenio General de Apoyo y Colaboración con la Alcaldía Xochimilco, UNAM y "
              "sin-registro");
    convenio.title = "Convenio para la Consulta Infantil";
    EXPECT_EQ(convenio_caption(convenio, find), "Convenio para la Consulta Infantil");
}

}  // namespace
}  // namespace vincula::domain
