#include "api/response.h"

#include <gtest/gtest.h>

namespace vincula::api {
namespace {

TEST(ContentDisposition, APlainNameTravelsAsItIs) {
    EXPECT_EQ(content_disposition("attachment", "sesiones.xlsx"),
              "attachment; filename=\"sesiones.xlsx\"; filename*=UTF-8''sesiones.xlsx");
}

TEST(ContentDisposition, AccentsGoEncodedInFilenameStarAndAsUnderscoresInFilename) {
    EXPECT_EQ(content_disposition("inline", "informe-cvoe-2021-4.º-trimestre.md"),
              "inline; filename=\"informe-cvoe-2021-4.__-trimestre.md\"; "
              "filename*=UTF-8''informe-cvoe-2021-4.%C2%BA-trimestre.md");
}

// A name that tries to close the quotes, add a parameter or a header of its
// own stays one quoted value.
TEST(ContentDisposition, NoNameCanEscapeItsQuotes) {
    auto value = content_disposition("attachment", "a\"; filename=evil.html\r\nX: y");
    EXPECT_EQ(value,
              "attachment; filename=\"a__ filename=evil.html__X: y\"; "
              "filename*=UTF-8''a%22%3B%20filename%3Devil.html%0D%0AX%3A%20y");
    EXPECT_EQ(value.find('\r'), std::string::npos);
    EXPECT_EQ(value.find("\"; filename=evil"), std::string::npos);
}

}  // namespace
}  // namespace vincula::api
