#include "storage/cache/read_cache.h"

#include <gtest/gtest.h>

namespace vincula::storage::cache {
namespace {

using Counts = std::map<std::string, std::int64_t>;

// A signal the test moves by hand; it counts changes by table when given
// counts to show.
class HandSignal final : public ChangeSignal {
public:
    explicit HandSignal(std::uint64_t* generation, std::optional<Counts>* counts = nullptr)
        : m_generation(generation), m_counts(counts) {}
    std::optional<std::uint64_t> generation() override { return *m_generation; }
    void changed_here() override { ++*m_generation; }
    std::optional<Counts> change_counts() override {
        return m_counts != nullptr ? *m_counts : std::nullopt;
    }

private:
    std::uint64_t* m_generation;
    std::optional<Counts>* m_counts;
};

FoundRecord one_convenio(const std::string& key) {
    FoundRecord found;
    domain::Convenio convenio;
    convenio.key = key;
    found.found.convenios.push_back(convenio);
    return found;
}

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

TEST(ReadCache, GivesBackTheRecordItKeptAndNothingElse) {
    std::uint64_t generation = 1;
    ReadCache cache(std::make_unique<HandSignal>(&generation));
    FoundRecord found;
    found.id = 12;
    domain::Convenio convenio;
    convenio.key = "c-jce";
    convenio.title = "Convenio de colaboración";
    convenio.counterparts = {"Junta Central Electoral"};
    found.found.convenios.push_back(convenio);
    cache.keep_record("convenios", "c-jce", 1, found);
    cache.keep_record("people", "nadie", 1, FoundRecord{});

    auto kept = cache.record("convenios", "c-jce", 1);
    ASSERT_TRUE(kept);
    EXPECT_EQ(kept->id, 12);
    ASSERT_EQ(kept->found.convenios.size(), 1U);
    EXPECT_EQ(kept->found.convenios.front().title, convenio.title);
    EXPECT_EQ(kept->found.convenios.front().counterparts, convenio.counterparts);
    EXPECT_TRUE(kept->found.people.empty());
    auto nobody = cache.record("people", "nadie", 1);
    ASSERT_TRUE(nobody) << "«no such record» is an answer too";
    EXPECT_TRUE(nobody->found.people.empty());
    EXPECT_TRUE(cache.record("convenios", "c-jce", 1)) << "read twice, still there";
}

TEST(ReadCache, AChangeForgetsOnlyTheAnswersReadFromTheTablesItWrote) {
    std::uint64_t generation = 1;
    std::optional<Counts> counts = Counts{{"convenios", 4}, {"convenios__counterparts", 2},
                                          {"people", 9},    {"audit_log", 30},
                                          {"users", 1},     {"organizations", 3}};
    ReadCache cache(std::make_unique<HandSignal>(&generation, &counts));
    auto fill = [&] {
        auto now = cache.generation();
        ASSERT_TRUE(now);
        cache.keep_record("convenios", "C-1", *now, one_convenio("C-1"));
        cache.keep_record("people", "ana", *now, FoundRecord{});
        cache.keep_page("convenios", "lista", *now, domain::Page{});
        cache.keep_user_of_token("hash", *now, std::nullopt);
    };
    fill();

    // Four people written (and the audit of it): the convenios stay.
    counts->at("people") += 4;
    counts->at("audit_log") += 4;
    ++generation;
    auto now = cache.generation();
    EXPECT_TRUE(cache.record("convenios", "C-1", *now));
    EXPECT_TRUE(cache.page("convenios", "lista", *now));
    EXPECT_TRUE(cache.user_of_token("hash", *now));
    EXPECT_FALSE(cache.record("people", "ana", *now));

    // A counterpart of a convenio is part of its record.
    fill();
    counts->at("convenios__counterparts") += 1;
    ++generation;
    now = cache.generation();
    EXPECT_FALSE(cache.record("convenios", "C-1", *now));
    EXPECT_FALSE(cache.page("convenios", "lista", *now));
    EXPECT_TRUE(cache.record("people", "ana", *now));

    // A token's user changed.
    fill();
    counts->at("users") += 1;
    ++generation;
    now = cache.generation();
    EXPECT_FALSE(cache.user_of_token("hash", *now));
    EXPECT_TRUE(cache.record("convenios", "C-1", *now));

    // The register's counts are by the sector of an organization.
    cache.keep_signed_count("2021", *cache.generation(), domain::RecordCount{});
    counts->at("organizations") += 1;
    ++generation;
    now = cache.generation();
    EXPECT_FALSE(cache.signed_count("2021", *now));
    EXPECT_TRUE(cache.record("convenios", "C-1", *now));

    // A table that appears or goes away is a change of its own.
    fill();
    counts->erase("people");
    (*counts)["programme_lines"] = 1;
    ++generation;
    now = cache.generation();
    EXPECT_FALSE(cache.record("people", "ana", *now));
    EXPECT_TRUE(cache.record("convenios", "C-1", *now));

    // Counts that cannot be read: everything goes.
    fill();
    counts = std::nullopt;
    ++generation;
    now = cache.generation();
    EXPECT_FALSE(cache.record("convenios", "C-1", *now));
    EXPECT_FALSE(cache.user_of_token("hash", *now));
}

TEST(ReadCache, TablesBelongToTheArrayTheirRowsAreReadInto) {
    EXPECT_EQ(group_of_table("convenios"), "convenios");
    EXPECT_EQ(group_of_table("convenios__counterparts"), "convenios");
    EXPECT_EQ(group_of_table("programme_actions"), "work_programmes");
    EXPECT_EQ(group_of_table("api_tokens"), ACCOUNTS);
    EXPECT_EQ(group_of_table("users"), ACCOUNTS);
    EXPECT_EQ(group_of_table("audit_log"), "audit_log");
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
