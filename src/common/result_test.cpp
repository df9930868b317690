#include "common/result.h"

#include <gtest/gtest.h>

#include "common/messages.h"

namespace vincula::common {

TEST(Result, HoldsEitherAValueOrEveryError) {
    Result<int> good = 4;
    ASSERT_TRUE(good);
    EXPECT_EQ(*good, 4);

    Result<int> bad = FieldErrors{field_error("date", "fecha_valida", {"2021-02-30"}),
                                  field_error("name", "obligatorio")};
    ASSERT_FALSE(bad);
    ASSERT_EQ(bad.error().size(), 2u);
    EXPECT_EQ(bad.error()[0].rule, "fecha_valida");
}

TEST(Messages, FillsTheCatalogueTemplate) {
    auto error = field_error("sessions[2].date", "fecha_valida", {"2021-02-30"});
    EXPECT_EQ(to_display(error),
              "sessions[2].date: \"2021-02-30\" no es una fecha válida (AAAA-MM-DD).");
}

TEST(FieldPaths, JoinMembersAndIndexes) {
    EXPECT_EQ(join_path("sessions[2]", "date"), "sessions[2].date");
    EXPECT_EQ(join_path("", "date"), "date");
    EXPECT_EQ(index_path("sessions", 2), "sessions[2]");
    FieldErrors errors{field_error("date", "obligatorio")};
    prefix_fields(errors, "sessions[0]");
    EXPECT_EQ(errors[0].field, "sessions[0].date");
}

}  // namespace vincula::common
