#include "web/page.h"

#include <gtest/gtest.h>

namespace vincula::web {
namespace {

TEST(LocalPath, PathsOfThisSiteAreKept) {
    for (const auto* path : {"/", "/sesiones/o11-2021", "/convenios?q=agua&orden=firma",
                             "/registros/agreements/CVOE%2F036%2F21/editar"}) {
        EXPECT_EQ(local_path(path), path);
    }
}

// Browsers drop tabs and line breaks from an address and read «\» as «/»:
// each of these would lead to another site.
TEST(LocalPath, AnythingThatCouldLeaveTheSiteIsDropped) {
    for (const auto* target : {"//otro.example", "/\\otro.example", "/\t/otro.example",
                               "/\r\n/otro.example", "/\n/otro.example", "https://otro.example",
                               "otro.example", "/ /otro.example", "/ruta\x7f", ""}) {
        EXPECT_EQ(local_path(target), "") << target;
    }
}

TEST(WithNotice, TheNoticeGoesInTheQueryAndThePartOfThePageStaysLast) {
    EXPECT_EQ(with_notice("/sesiones/o1-2021", "guardado"), "/sesiones/o1-2021?aviso=guardado");
    EXPECT_EQ(with_notice("/sesiones?comision=CVOE", "guardado"),
              "/sesiones?comision=CVOE&aviso=guardado");
    EXPECT_EQ(with_notice("/sesiones/o1-2021#documentos", "guardado"),
              "/sesiones/o1-2021?aviso=guardado#documentos");
}

}  // namespace
}  // namespace vincula::web
