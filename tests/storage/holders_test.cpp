// StoredRecords::naming, inside a write's transaction: who names a record
// about to be removed, found by index in a column or a list of references,
// and beneath a work programme's key (its lines and actions), on both
// backends alike.
#include <algorithm>
#include <functional>

#include "backends.h"
#include "common/messages.h"

namespace vincula::testing {
namespace {

class Holders : public StorageTest {
protected:
    void SetUp() override {
        StorageTest::SetUp();
        if (!HasFatalFailure()) {
            m_demo = demo_dataset();
            ASSERT_TRUE(domain::import_dataset(database(), m_demo));
        }
    }

    // What the store answers `question` inside a write that then writes
    // nothing.
    domain::Dataset ask(const std::function<domain::Dataset(domain::StoredRecords&)>& question) {
        domain::Dataset answer;
        auto written = database().write_change(
            {},
            [](const domain::Dataset&, const domain::Dataset&) -> common::Result<domain::Write> {
                return common::FieldErrors{common::field_error("", "registro_referido", {})};
            },
            [&](domain::StoredRecords& stored,
                const domain::Dataset&) -> std::optional<domain::Dataset> {
                answer = question(stored);
                return domain::Dataset{};
            });
        EXPECT_FALSE(written);
        return answer;
    }
    domain::Dataset naming(const std::string& array, const std::vector<std::string>& fields,
                           const std::string& key, bool beneath) {
        return ask([&](domain::StoredRecords& stored) {
            return stored.naming(array, fields, key, beneath);
        });
    }
    domain::Dataset containing(const std::string& array, const std::string& field,
                               const std::string& key, bool beneath) {
        return ask([&](domain::StoredRecords& stored) {
            return stored.containing(array, field, key, beneath);
        });
    }

    domain::Dataset m_demo;
};

TEST_P(Holders, FindsWhoNamesARecordInAColumnAListOrBeneathItsKey) {
    auto with_action = [&](auto accepts) {
        return std::count_if(m_demo.action_texts.begin(), m_demo.action_texts.end(),
                             [&](const auto& text) { return accepts(text.action); });
    };
    auto exactly = with_action([](const std::string& action) { return action == "pat-2021/3/D"; });
    ASSERT_GT(exactly, 0);
    EXPECT_EQ(static_cast<long>(
                  naming("action_texts", {"action"}, "pat-2021/3/D", false).action_texts.size()),
              exactly);

    auto beneath = with_action([](const std::string& action) {
        return action == "pat-2021" || action.starts_with("pat-2021/");
    });
    EXPECT_GT(beneath, exactly);
    EXPECT_EQ(
        static_cast<long>(naming("action_texts", {"action"}, "pat-2021", true).action_texts.size()),
        beneath);
    auto itself = with_action([](const std::string& action) { return action == "pat-2021"; });
    EXPECT_LT(itself, beneath);
    EXPECT_EQ(static_cast<long>(
                  naming("action_texts", {"action"}, "pat-2021", false).action_texts.size()),
              itself)
        << "without beneath, only what names the programme itself";
    EXPECT_TRUE(naming("action_texts", {"action"}, "pat-20", true).action_texts.empty())
        << "beneath a key is after its slash, not any text that begins alike";

    auto counterparts =
        std::count_if(m_demo.convenios.begin(), m_demo.convenios.end(), [](const auto& convenio) {
            return std::find(convenio.counterparts.begin(), convenio.counterparts.end(), "jce") !=
                   convenio.counterparts.end();
        });
    ASSERT_GT(counterparts, 0);
    auto named = naming("convenios", {"counterparts", "parent"}, "jce", false);
    EXPECT_EQ(static_cast<long>(named.convenios.size()), counterparts);
    EXPECT_TRUE(naming("convenios", {"counterparts"}, "nadie", false).convenios.empty());
}

TEST_P(Holders, GivesTheRecordsWhoseNestedTextHoldsAKey) {
    auto takes_part = [&](const std::string& person) {
        return std::count_if(
            m_demo.activities.begin(), m_demo.activities.end(), [&](const auto& activity) {
                return std::any_of(
                    activity.participants.begin(), activity.participants.end(),
                    [&](const auto& participant) { return participant.person == person; });
            });
    };
    ASSERT_GT(takes_part("eer"), 1);
    auto candidates = containing("activities", "participants", "eer", false).activities;
    EXPECT_GE(static_cast<long>(candidates.size()), takes_part("eer"))
        << "every activity that names the person is a candidate";
    EXPECT_TRUE(containing("activities", "participants", "ee", false).activities.empty())
        << "a key is a whole text value, not a part of one";
    EXPECT_EQ(containing("activities", "participants", "ee", true).activities.size(),
              candidates.size())
        << "beneath: a value that begins with it";
}

}  // namespace

VINCULA_ON_EVERY_BACKEND(Holders);

}  // namespace vincula::testing
