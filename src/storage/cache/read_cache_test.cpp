#include "storage/cache/read_cache.h"

#include <gtest/gtest.h>

namespace vincula::storage::cache {
namespace {

// A signal the test moves by hand.
class HandSignal final : public ChangeSignal {
public:
    explicit HandSignal(std::uint64_t* generation) : m_generation(generation) {}
    std::optional<std::uint64_t> generation() override { return *m_generation; }
    void changed_here() override { ++*m_generation; }

private:
    std::uint64_t* m_generation;
};

TEST(ReadCache, OneNameSharesOneCacheWhileAnyoneHoldsIt) {
    std::uint64_t generation = 1;
    int made = 0;
    auto make = [&] {
        ++made;
        return std::make_unique<HandSignal>(&generation);
    };
    auto first = ReadCache::shared("a", make);
    EXPECT_EQ(ReadCache::shared("a", make), first);
    EXPECT_NE(ReadCache::shared("b", make), first);
    EXPECT_EQ(made, 2) << "one signal per name";
    first.reset();
    ReadCache::shared("a", make);
    EXPECT_EQ(made, 3) << "released with the last holder, made again after";
}

TEST(ReadCache, AnswersOnlyAtTheGenerationItWasFilledAt) {
    std::uint64_t generation = 3;
    ReadCache cache(std::make_unique<HandSignal>(&generation));
    FoundRecord found;
    found.id = 7;
    cache.keep_record("convenios", "C-1", 3, found);
    ASSERT_TRUE(cache.record("convenios", "C-1", 3));
    EXPECT_EQ(cache.record("convenios", "C-1", 3)->id, 7);
    EXPECT_FALSE(cache.record("convenios", "C-1", 4)) << "a later generation empties it";
    cache.keep_record("convenios", "C-1", 3, found);
    EXPECT_FALSE(cache.record("convenios", "C-1", 4)) << "what was read before is not kept";
}

TEST(ReadCache, AChangeOfThisProcessIsANewGenerationAtOnce) {
    std::uint64_t generation = 5;
    ReadCache cache(std::make_unique<HandSignal>(&generation));
    auto before = cache.generation();
    cache.changed_here();
    EXPECT_GT(cache.generation(), before);
}

TEST(ReadCache, ListQueriesThatDifferInAnyPartHaveDifferentKeys) {
    domain::ListQuery query{
        "convenios", {{"status", "vigente"}}, "signed", domain::SortOrder::Descending, 50, ""};
    auto key = list_key(query);
    auto other = query;
    other.equal = {{"status", "vigente"}, {"area", ""}};
    EXPECT_NE(list_key(other), key);
    other = query;
    other.equal = {{"statu", "svigente"}};
    EXPECT_NE(list_key(other), key) << "a value cannot pass for part of a field's name";
    other = query;
    other.order = domain::SortOrder::Ascending;
    EXPECT_NE(list_key(other), key);
    other = query;
    other.after = "x";
    EXPECT_NE(list_key(other), key);
    other = query;
    other.limit = 5;
    EXPECT_NE(list_key(other), key);
    EXPECT_EQ(list_key(query), key);
    EXPECT_NE(tally_key(query, "area", 0), tally_key(query, "area", 4));
    EXPECT_NE(tally_key(query, "area", 0), tally_key(query, "status", 0));
}

}  // namespace
}  // namespace vincula::storage::cache
