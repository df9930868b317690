#include <set>
#include <string_view>

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

}  // namespace

common::Outcome import_dataset(Store& store, const Dataset& incoming, AuditEntry audit,
                               const common::FieldErrors& found) {
    auto written = store.write({}, [&](const Dataset& stored) -> common::Result<Write> {
        FirstNew first_new;
        for_each_array(stored, [&](ArrayInfo info, const auto& records) {
            first_new.emplace(std::string(info.name), records.size());
        });
        Dataset merged = stored;
        append(merged, incoming);
        auto problems = found;
        auto more = validate(merged, first_new);
        drop_about_faulted(found, more);
        problems.insert(problems.end(), more.begin(), more.end());
        if (!problems.empty()) {
            return problems;
        }
        Write write;
        write.inserted = incoming;
        write.audit.push_back(audit);
        return write;
    });
    if (!written) {
        return std::move(written).error();
    }
    return common::ok();
}

}  // namespace vincula::domain
