// A property over generated data: checking a record beside its
// neighbourhood (domain/neighbourhood.h) finds exactly what checking it
// beside every stored record finds, for every kind of record the
// neighbourhood knows, as it comes and with its key taken, each reference
// broken, or a number or place its siblings hold; and an agreement's next
// code and the settling of codes typed otherwise read the same beside both.
#include "domain/neighbourhood.h"

#include <algorithm>
#include <map>
#include <string>

#include <gtest/gtest.h>

#include "domain/agreement_code.h"
#include "domain/agreement_code_settling.h"
#include "domain/editing.h"
#include "domain/key_index.h"
#include "domain/references.h"
#include "synth/synthetic.h"

namespace vincula::synth {
namespace {

using domain::Dataset;
using domain::FieldSpec;
using domain::Refers;

// A field's value as the store compares it, for the fields siblings are
// asked by (texts and numbers).
struct FieldText {
    std::string_view wanted;
    std::optional<std::string> text;
    template <class T>
    void field(std::string_view name, const T& value, FieldSpec = {}) {
        if (name != wanted) {
            return;
        }
        if constexpr (std::is_same_v<T, std::string>) {
            text = value;
        } else if constexpr (std::is_same_v<T, int>) {
            text = std::to_string(value);
        } else if constexpr (std::is_same_v<T, std::optional<std::string>>) {
            text = value;
        }
    }
};

// Every text a field holds: its value, or each of a list's.
struct FieldValues {
    std::string_view name;
    std::vector<std::string> values;

    template <class T>
    void field(std::string_view field, const T& value, domain::FieldSpec = {}) {
        if (field != name) {
            return;
        }
        if constexpr (std::is_same_v<T, std::string>) {
            values.push_back(value);
        } else if constexpr (std::is_same_v<T, std::optional<std::string>>) {
            if (value) {
                values.push_back(*value);
            }
        } else if constexpr (std::is_same_v<T, std::vector<std::string>>) {
            values.insert(values.end(), value.begin(), value.end());
        }
    }
};

// The store's answers, from records in memory.
class InMemory final : public domain::StoredRecords {
public:
    explicit InMemory(const Dataset& data) : m_data(data) {}

    Dataset find(const domain::RecordRef& ref) override {
        Dataset found;
        ++questions;
        domain::with_array(m_data, ref.array, [&](domain::ArrayInfo info, const auto& records) {
            for (const auto& record : records) {
                if (domain::record_key(record) == ref.key) {
                    push(found, info.name, record);
                }
            }
        });
        return found;
    }

    Dataset matching(const domain::ListQuery& query) override {
        Dataset found;
        ++questions;
        domain::with_array(m_data, query.array, [&](domain::ArrayInfo info, const auto& records) {
            for (const auto& record : records) {
                bool all = true;
                for (const auto& [field, value] : query.equal) {
                    FieldText reader{field, std::nullopt};
                    std::decay_t<decltype(record)>::describe(record, reader);
                    all = all && reader.text == value;
                }
                if (all) {
                    push(found, info.name, record);
                }
            }
        });
        return found;
    }

    Dataset beginning_with(const std::string& array, const std::string& field,
                           const std::string& prefix,
                           const std::function<bool(const std::string&)>& keep) override {
        Dataset found;
        ++questions;
        domain::with_array(m_data, array, [&](domain::ArrayInfo info, const auto& records) {
            for (const auto& record : records) {
                FieldText reader{field, std::nullopt};
                std::decay_t<decltype(record)>::describe(record, reader);
                if (reader.text && reader.text->starts_with(prefix) && keep(*reader.text)) {
                    push(found, info.name, record);
                }
            }
        });
        return found;
    }

    Dataset naming(const std::string& array, const std::vector<std::string>& fields,
                   const std::string& key, bool beneath) override {
        Dataset found;
        ++questions;
        domain::with_array(m_data, array, [&](domain::ArrayInfo info, const auto& records) {
            for (const auto& record : records) {
                bool names = false;
                for (const auto& field : fields) {
                    FieldValues reader{field, {}};
                    std::decay_t<decltype(record)>::describe(record, reader);
                    for (const auto& value : reader.values) {
                        names = names || value == key || (beneath && value.starts_with(key + "/"));
                    }
                }
                if (names) {
                    push(found, info.name, record);
                }
            }
        });
        return found;
    }

    // Candidates may be a superset: every record of the array.
    Dataset containing(const std::string& array, const std::string&, const std::string&,
                       bool) override {
        Dataset found;
        ++questions;
        domain::with_array(m_data, array, [&](domain::ArrayInfo info, const auto& records) {
            for (const auto& record : records) {
                push(found, info.name, record);
            }
        });
        return found;
    }

    int questions = 0;

private:
    template <class T>
    static void push(Dataset& into, std::string_view array, const T& record) {
        domain::with_array(into, array, [&](domain::ArrayInfo, auto& records) {
            if constexpr (std::is_same_v<typename std::decay_t<decltype(records)>::value_type, T>) {
                records.push_back(record);
            }
        });
    }
    const Dataset& m_data;
};

// Names, for the n-th reference of a record, a record that does not exist.
struct BreakReference {
    int target;
    int seen = 0;
    template <class T>
    void field(std::string_view, T& value, FieldSpec spec = {}) {
        visit(value, spec);
    }
    void visit(std::string& value, FieldSpec spec) {
        if (spec.refers != Refers::Nothing && seen++ == target) {
            value = "no-existe";
        }
    }
    template <class T>
    void visit(std::optional<T>& value, FieldSpec spec) {
        if (value) {
            visit(*value, spec);
        }
    }
    template <class T>
    void visit(std::vector<T>& values, FieldSpec spec) {
        for (auto& value : values) {
            visit(value, spec);
        }
    }
    template <domain::Record T>
    void visit(T& record, FieldSpec) {
        T::describe(record, *this);
    }
    template <class T>
    void visit(T&, FieldSpec) {}
};

// Gives a record another key.
struct SetKey {
    std::string key;
    template <class T>
    void field(std::string_view, T& value, FieldSpec spec = {}) {
        if constexpr (std::is_same_v<T, std::string>) {
            if (spec.is_key) {
                value = key;
            }
        }
    }
};

// Every agreement's code and every reference of a dataset, as text.
std::vector<std::string> references_in(const Dataset& data) {
    std::vector<std::string> found;
    for (const auto& agreement : data.agreements) {
        found.push_back("code " + agreement.code);
    }
    domain::for_each_array(data, [&](domain::ArrayInfo, const auto& records) {
        for (const auto& record : records) {
            domain::for_each_reference(record, [&](Refers, const std::string& value, FieldSpec) {
                found.push_back(value);
            });
        }
    });
    return found;
}

std::vector<std::string> described(common::FieldErrors errors) {
    std::vector<std::string> lines;
    for (const auto& error : errors) {
        lines.push_back(error.field + " " + error.rule + ": " + error.message);
    }
    std::sort(lines.begin(), lines.end());
    return lines;
}

struct Tally {
    int checked = 0;
    int with_problems = 0;
};

// One incoming record, checked both ways.
template <class T>
void compare(const Dataset& stored, std::string_view array, const T& record,
             std::map<std::string, Tally>& tally, const std::string& what) {
    Dataset incoming;
    domain::with_array(incoming, array, [&](domain::ArrayInfo, auto& records) {
        if constexpr (std::is_same_v<typename std::decay_t<decltype(records)>::value_type, T>) {
            records.push_back(record);
        }
    });
    InMemory memory(stored);
    auto around = domain::neighbourhood(memory, incoming);
    ASSERT_TRUE(around) << array;
    // Codes of agreements, as typed, are settled the same way beside both.
    auto settled_everywhere = incoming;
    domain::settle_agreement_codes(stored, settled_everywhere);
    auto settled_nearby = incoming;
    domain::settle_agreement_codes(*around, settled_nearby);
    EXPECT_EQ(references_in(settled_nearby), references_in(settled_everywhere))
        << array << " " << domain::record_key(record) << " (" << what << ")";
    auto everywhere = described(domain::problems_of_new_record(stored, settled_everywhere));
    auto nearby = described(domain::problems_of_new_record(*around, settled_nearby));
    EXPECT_EQ(nearby, everywhere) << array << " " << domain::record_key(record) << " (" << what
                                  << ")";
    auto& counted = tally[std::string(array)];
    ++counted.checked;
    counted.with_problems += !everywhere.empty();
    // What was read stays near the record, however much is stored.
    EXPECT_LT(domain::record_count(*around), 400u) << array << " (" << what << ")";
}

// Removing a record others may name: who holds it, asked of the store
// field by field, is who holds it beside everything, and the store is asked
// a few questions per array, not read whole.
TEST(Neighbourhood, RemovingARecordFindsWhoHoldsItAsEverythingDoes) {
    auto data = make_synthetic(SyntheticShape{.years = 2, .commissions = 2});
    int compared = 0;
    int held = 0;
    domain::for_each_array(data, [&](domain::ArrayInfo info, const auto& records) {
        if (!domain::may_be_named(info.name) || !domain::asks_for_neighbourhood(info.name) ||
            records.empty()) {
            return;
        }
        auto step = std::max<std::size_t>(1, records.size() / 5);
        for (std::size_t i = 0; i < records.size(); i += step) {
            const auto& record = records[i];
            auto key = domain::record_key(record);
            Dataset stored = data;
            domain::with_array(stored, info.name, [&](domain::ArrayInfo, auto& kept) {
                kept.erase(kept.begin() + static_cast<std::ptrdiff_t>(i));
            });
            Dataset current;
            domain::with_array(current, info.name, [&](domain::ArrayInfo, auto& kept) {
                if constexpr (std::is_same_v<typename std::decay_t<decltype(kept)>::value_type,
                                             std::decay_t<decltype(record)>>) {
                    kept.push_back(record);
                }
            });
            InMemory answers(stored);
            auto around = domain::removal_neighbourhood(answers, info.name, current);
            ASSERT_TRUE(around) << info.name;
            auto expected = domain::referrers(stored, info.name, key);
            EXPECT_EQ(domain::referrers(*around, info.name, key), expected)
                << info.name << " " << key;
            EXPECT_LT(answers.questions, 80) << info.name << " " << key;
            ++compared;
            held += expected.empty() ? 0 : 1;
        }
    });
    EXPECT_GT(compared, 20);
    EXPECT_GT(held, 10) << "most records are held by others: the refusal is what is compared";
}

// A programme changed to drop a line, or one action of a line: who still
// names what it drops is found beside the change's neighbourhood as beside
// everything, and the refusal says the same.
TEST(Neighbourhood, DroppingAProgrammesLinesOrActionsFindsWhoNamesThemAsEverythingDoes) {
    auto data = make_synthetic(SyntheticShape{.years = 2, .commissions = 2});
    int compared = 0;
    int refused = 0;
    for (std::size_t i = 0; i < data.work_programmes.size(); ++i) {
        const auto& programme = data.work_programmes[i];
        Dataset stored = data;
        stored.work_programmes.erase(stored.work_programmes.begin() +
                                     static_cast<std::ptrdiff_t>(i));
        Dataset current;
        current.work_programmes.push_back(programme);
        for (std::size_t l = 0; l < programme.lines.size(); ++l) {
            for (bool whole_line : {true, false}) {
                Dataset changed = current;
                auto& lines = changed.work_programmes.front().lines;
                if (whole_line) {
                    lines.erase(lines.begin() + static_cast<std::ptrdiff_t>(l));
                } else if (!lines[l].actions.empty()) {
                    lines[l].actions.erase(lines[l].actions.begin());
                }
                InMemory answers(stored);
                auto around = domain::change_neighbourhood(answers, changed, current);
                ASSERT_TRUE(around) << programme.key;
                auto expected = described(domain::dropped_parts_held(stored, current, changed));
                EXPECT_EQ(described(domain::dropped_parts_held(*around, current, changed)),
                          expected)
                    << programme.key << " " << l << (whole_line ? " línea" : " acción");
                EXPECT_LT(answers.questions, 120) << programme.key;
                ++compared;
                refused += expected.empty() ? 0 : 1;
            }
        }
    }
    EXPECT_GT(compared, 20);
    EXPECT_GT(refused, 5) << "activities and reasons name the lines: refusals are compared";
}

TEST(Neighbourhood, CheckingARecordBesideItFindsWhatCheckingItBesideEverythingFinds) {
    auto data = make_synthetic(SyntheticShape{.years = 2, .commissions = 2});
    std::map<std::string, Tally> tally;
    domain::for_each_array(data, [&](domain::ArrayInfo info, const auto& records) {
        if (!domain::asks_for_neighbourhood(info.name) || records.empty()) {
            return;
        }
        // A few records of each kind, spread over the array.
        auto step = std::max<std::size_t>(1, records.size() / 6);
        for (std::size_t i = 0; i < records.size(); i += step) {
            Dataset stored = data;
            domain::with_array(stored, info.name, [&](domain::ArrayInfo, auto& kept) {
                kept.erase(kept.begin() + static_cast<std::ptrdiff_t>(i));
            });
            auto record = records[i];
            compare(stored, info.name, record, tally, "tal como viene");

            // Another record's key.
            if (records.size() > 1 && !domain::record_key(record).empty()) {
                auto taken = record;
                SetKey set{domain::record_key(records[(i + 1) % records.size()])};
                std::decay_t<decltype(taken)>::describe(taken, set);
                compare(stored, info.name, taken, tally, "clave ocupada");
            }
            // Each reference, broken.
            for (int target = 0; target < 4; ++target) {
                auto broken = record;
                BreakReference breaker{target};
                std::decay_t<decltype(broken)>::describe(broken, breaker);
                if (breaker.seen > target) {
                    compare(stored, info.name, broken, tally,
                            "referencia " + std::to_string(target) + " rota");
                }
            }
        }
    });
    // Numbers and places the siblings hold.
    for (std::size_t i = 1; i < data.sessions.size(); ++i) {
        auto session = data.sessions[i];
        const auto& sibling = data.sessions[i - 1];
        if (sibling.commission != session.commission || sibling.year != session.year) {
            continue;
        }
        Dataset stored = data;
        stored.sessions.erase(stored.sessions.begin() + static_cast<std::ptrdiff_t>(i));
        session.type = sibling.type;
        session.number = sibling.number;
        compare(stored, "sessions", session, tally, "número ocupado");
    }
    for (std::size_t i = 1; i < data.agenda_items.size(); i += 7) {
        auto item = data.agenda_items[i];
        const auto& sibling = data.agenda_items[i - 1];
        if (sibling.session != item.session) {
            continue;
        }
        Dataset stored = data;
        stored.agenda_items.erase(stored.agenda_items.begin() + static_cast<std::ptrdiff_t>(i));
        item.order = sibling.order;
        item.agreement.reset();
        compare(stored, "agenda_items", item, tally, "lugar ocupado");
    }
    // Agreements out of their place in the series: another's number, or a
    // code typed another way.
    for (std::size_t i = 1; i < data.agreements.size(); i += 5) {
        auto agreement = data.agreements[i];
        const auto& sibling = data.agreements[i - 1];
        auto code = domain::AgreementCode::create(agreement.code);
        auto other = domain::AgreementCode::create(sibling.code);
        if (!code || !other || code->prefix() != other->prefix() || code->year() != other->year()) {
            continue;
        }
        Dataset stored = data;
        stored.agreements.erase(stored.agreements.begin() + static_cast<std::ptrdiff_t>(i));
        auto swapped = agreement;
        swapped.code = code->with_number(other->number() + 40);
        compare(stored, "agreements", swapped, tally, "fuera de secuencia");
        auto typed = agreement;
        typed.code = code->prefix() + std::to_string(code->number()) + code->separator() +
                     std::to_string(code->year());
        compare(stored, "agreements", typed, tally, "escrito de otro modo");
        // An agenda item that names the agreement as typed otherwise.
        for (const auto& item : data.agenda_items) {
            if (item.agreement == sibling.code) {
                auto naming = item;
                auto named = *other;
                naming.agreement = named.prefix() + std::to_string(named.number()) +
                                   named.separator() + std::to_string(named.year());
                Dataset without_item = data;
                std::erase_if(without_item.agenda_items, [&](const auto& kept) {
                    return kept.session == item.session && kept.order == item.order;
                });
                compare(without_item, "agenda_items", naming, tally,
                        "acuerdo escrito de otro modo");
                break;
            }
        }
    }
    // Rules that read what a record names in turn: a vote by a seat of
    // another commission, a follow-up due before its agreement was adopted,
    // an observation dated before its session. Every third record of the
    // array, changed, is compared beside both (without its stored self).
    auto each_changed = [&](std::string_view array, const auto& records, auto change,
                            const std::string& what) {
        for (std::size_t i = 0; i < records.size(); i += 3) {
            Dataset stored = data;
            domain::with_array(stored, array, [&](domain::ArrayInfo, auto& kept) {
                kept.erase(kept.begin() + static_cast<std::ptrdiff_t>(i));
            });
            auto record = records[i];
            change(record);
            compare(stored, array, record, tally, what);
        }
    };
    each_changed(
        "votes", data.votes,
        [&](domain::Vote& vote) {
            for (const auto& seat : data.memberships) {
                if (std::find(vote.in_favour.begin(), vote.in_favour.end(), seat.key) ==
                    vote.in_favour.end()) {
                    vote.unanimous = false;
                    vote.in_favour.push_back(seat.key);  // of another commission or date, often
                    return;
                }
            }
        },
        "voto de otra integración");
    each_changed(
        "agreement_follow_ups", data.agreement_follow_ups,
        [](domain::AgreementFollowUp& follow_up) {
            follow_up.deadline = common::Date::from_ymd(2000, 1, 1);
        },
        "plazo antes del acuerdo");
    each_changed(
        "minutes_observations", data.minutes_observations,
        [](domain::MinutesObservation& observation) {
            observation.date = common::Date::from_ymd(2000, 1, 1);
        },
        "observación antes");
    each_changed(
        "scores", data.scores, [](domain::Score& score) { score.criterion = "Guion"; },
        "criterio fuera de la rúbrica");
    each_changed(
        "scores", data.scores,
        [&](domain::Score& score) {
            for (const auto& entry : data.registrations) {
                if (entry.key != score.registration) {
                    score.registration = entry.key;  // of another contest, often
                    return;
                }
            }
        },
        "obra de otro concurso");
    // A score given twice: the stored one stays beside it.
    for (std::size_t i = 0; i < data.scores.size(); i += 3) {
        compare(data, "scores", data.scores[i], tally, "calificación repetida");
    }
    // The next code of every session, read beside the session's series.
    int next_codes = 0;
    for (const auto& session : data.sessions) {
        Dataset incoming;
        domain::Agreement blank;
        blank.session = session.key;
        incoming.agreements.push_back(blank);
        InMemory memory(data);
        auto around = domain::neighbourhood(memory, incoming);
        ASSERT_TRUE(around);
        EXPECT_EQ(domain::next_agreement_code(*around, session.key),
                  domain::next_agreement_code(data, session.key))
            << session.key;
        ++next_codes;
    }
    EXPECT_GT(next_codes, 0);
    for (const auto& [array, counted] : tally) {
        std::cout << array << ": " << counted.checked << " casos, " << counted.with_problems
                  << " con problemas\n";
    }
    // Every kind was tried, and the changes made problems to find.
    EXPECT_GE(tally.size(), 15u);
    EXPECT_GT(tally["sessions"].with_problems, 0);
    EXPECT_GT(tally["agenda_items"].with_problems, 0);
    EXPECT_GT(tally["attendance"].with_problems, 0);
    EXPECT_GT(tally["agreements"].with_problems, 0);
    EXPECT_GT(tally["scores"].with_problems, 0);
}

}  // namespace
}  // namespace vincula::synth
