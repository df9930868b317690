#include "lang/plurals.h"

#include <gtest/gtest.h>

namespace vincula::lang {
namespace {

TEST(Plural, VowelsTakeSConsonantsTakeEs) {
    EXPECT_EQ(plural("acuerdo"), "acuerdos");
    EXPECT_EQ(plural("aviso"), "avisos");
    EXPECT_EQ(plural("persona"), "personas");
    EXPECT_EQ(plural("café"), "cafés");
    EXPECT_EQ(plural("error"), "errores");
    EXPECT_EQ(plural("actividad"), "actividades");
    EXPECT_EQ(plural("papel"), "papeles");
    EXPECT_EQ(plural("colibrí"), "colibríes");
}

TEST(Plural, TheStressMarkFollowsTheNewSyllable) {
    EXPECT_EQ(plural("sesión"), "sesiones");
    EXPECT_EQ(plural("reunión"), "reuniones");
    EXPECT_EQ(plural("opinión"), "opiniones");
    EXPECT_EQ(plural("inglés"), "ingleses");
    EXPECT_EQ(plural("autobús"), "autobuses");
    EXPECT_EQ(plural("examen"), "exámenes");
    EXPECT_EQ(plural("joven"), "jóvenes");
    EXPECT_EQ(plural("imagen"), "imágenes");
    EXPECT_EQ(plural("resumen"), "resúmenes");
    EXPECT_EQ(plural("árbol"), "árboles");
    EXPECT_EQ(plural("régimen"), "regímenes");
    // A stressed weak vowel in hiatus keeps its mark.
    EXPECT_EQ(plural("país"), "países");
    EXPECT_EQ(plural("baúl"), "baúles");
    EXPECT_EQ(plural("raíz"), "raíces");
}

TEST(Plural, ZYAndUnstressedSibilants) {
    EXPECT_EQ(plural("vez"), "veces");
    EXPECT_EQ(plural("ley"), "leyes");
    EXPECT_EQ(plural("mes"), "meses");
    EXPECT_EQ(plural("lunes"), "lunes");
    EXPECT_EQ(plural("análisis"), "análisis");
    EXPECT_EQ(plural("tesis"), "tesis");
    EXPECT_EQ(plural("tórax"), "tórax");
    EXPECT_EQ(plural("quien"), "quienes");
}

TEST(Plural, APhraseAgreesUpToItsFirstPreposition) {
    EXPECT_EQ(plural("sesión celebrada"), "sesiones celebradas");
    EXPECT_EQ(plural("registro de contacto"), "registros de contacto");
    EXPECT_EQ(plural("convenio vigente"), "convenios vigentes");
    EXPECT_EQ(plural("persona en línea"), "personas en línea");
    EXPECT_EQ(plural("Sesión ordinaria"), "Sesiones ordinarias");
}

TEST(Plural, AcronymsAndCodesDoNotChange) {
    EXPECT_EQ(plural("OPLE"), "OPLE");
    EXPECT_EQ(plural("CVOE/036/21"), "CVOE/036/21");
}

TEST(Counted, OnlyOneTakesTheSingular) {
    EXPECT_EQ(counted(1, "sesión celebrada"), "1 sesión celebrada");
    EXPECT_EQ(counted(0, "error"), "0 errores");
    EXPECT_EQ(counted(2, "aviso"), "2 avisos");
    EXPECT_EQ(counted(21, "convenio"), "21 convenios");
    EXPECT_EQ(in_number(1, "minuto"), "minuto");
    EXPECT_EQ(in_number(5, "minuto"), "minutos");
}

}  // namespace
}  // namespace vincula::lang
