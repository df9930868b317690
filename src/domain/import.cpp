#include <algorithm>
#include <set>
#include <string_view>

#include "common/messages.h"
#include "domain/agreement_code_settling.h"
#include "domain/store.h"
#include "domain/validate.h"

namespace vincula::domain {
namespace {

// «people[3]» for «people[3].name» and «people[3].history[0].from»: the
// record a problem is about.
std::string_view record_of(std::string_view path) {
    auto end = path.find(']');
    return end == std::string_view::npos ? path : path.substr(0, end + 1);
}

// Drops what `more` says about records `found` already faults.
void drop_about_faulted(const common::FieldErrors& found, common::FieldErrors& more) {
    std::set<std::string_view> faulted;
    for (const auto& error : found) {
        if (error.field.find(']') != std::string::npos) {
            faulted.insert(record_of(error.field));
        }
    }
    std::erase_if(more, [&](const common::FieldError& error) {
        return faulted.count(record_of(error.field)) > 0;
    });
}

// An area or a commission already stored, sent again with the same fields
// and its history grown: the bundle adds dated changes (a rename, a new
// head, a provisional commission made permanent), not a second record.
template <class T>
bool adds_history_only(const T& stored, const T& incoming) {
    T same = incoming;
    same.history = stored.history;
    auto kept = [&](const auto& change) {
        return std::find(incoming.history.begin(), incoming.history.end(), change) !=
               incoming.history.end();
    };
    return same == stored && incoming.history.size() > stored.history.size() &&
           std::all_of(stored.history.begin(), stored.history.end(), kept);
}

// The areas and commissions of `incoming` already in the store: set aside
// so that the plan can tell an added history from a repeated key.
std::vector<RecordRef> stored_counterparts(Store& store, const Dataset& incoming) {
    std::vector<RecordRef> found;
    for (const auto& area : incoming.areas) {
        if (!store.find({"areas", area.key}).areas.empty()) {
            found.push_back({"areas", area.key});
        }
    }
    for (const auto& commission : incoming.commissions) {
        if (!store.find({"commissions", commission.key}).commissions.empty()) {
            found.push_back({"commissions", commission.key});
        }
    }
    return found;
}

// Moves each record of `records` whose stored counterpart (in `set_aside`)
// it only extends into `write.replaced`; one that changes anything else is
// a key already used.
template <class T>
void take_amendments(std::string_view array, const std::vector<T>& records,
                     const std::vector<T>& set_aside, Write& write, common::FieldErrors& problems) {
    for (std::size_t i = 0; i < records.size(); ++i) {
        auto stored = std::find_if(set_aside.begin(), set_aside.end(),
                                   [&](const T& record) { return record.key == records[i].key; });
        if (stored == set_aside.end()) {
            continue;
        }
        if (!adds_history_only(*stored, records[i])) {
            problems.push_back(common::field_error(
                common::join_path(common::index_path(std::string(array), i), "key"),
                "clave_existente_sin_historia", {records[i].key}));
            continue;
        }
        Replacement replacement{{std::string(array), records[i].key}, {}};
        if constexpr (std::is_same_v<T, Area>) {
            replacement.record.areas.push_back(records[i]);
        } else {
            replacement.record.commissions.push_back(records[i]);
        }
        write.replaced.push_back(std::move(replacement));
    }
}

}  // namespace

common::Outcome import_dataset(Store& store, const Dataset& incoming, AuditEntry audit,
                               const common::FieldErrors& found) {
    auto amendable = stored_counterparts(store, incoming);
    auto plan = [&](const Dataset& stored, const Dataset& set_aside) -> common::Result<Write> {
        FirstNew first_new;
        for_each_array(stored, [&](ArrayInfo info, const auto& records) {
            first_new.emplace(std::string(info.name), records.size());
        });
        Dataset settled = incoming;
        settle_agreement_codes(stored, settled);
        Dataset merged = stored;
        append(merged, settled);
        auto problems = found;
        Write write;
        write.inserted = settled;
        take_amendments("areas", settled.areas, set_aside.areas, write, problems);
        take_amendments("commissions", settled.commissions, set_aside.commissions, write, problems);
        auto more = validate(merged, first_new);
        drop_about_faulted(found, more);
        problems.insert(problems.end(), more.begin(), more.end());
        if (!problems.empty()) {
            return problems;
        }
        // Replaced, not inserted: the amended records leave the inserted list.
        auto replaced = [&](std::string_view array, const std::string& key) {
            return std::any_of(write.replaced.begin(), write.replaced.end(), [&](const auto& r) {
                return r.ref.array == array && r.ref.key == key;
            });
        };
        std::erase_if(write.inserted.areas,
                      [&](const Area& area) { return replaced("areas", area.key); });
        std::erase_if(write.inserted.commissions, [&](const Commission& commission) {
            return replaced("commissions", commission.key);
        });
        write.audit.push_back(audit);
        return write;
    };
    auto written = store.write_change(amendable, plan);
    if (!written) {
        return std::move(written).error();
    }
    return common::ok();
}

}  // namespace vincula::domain
