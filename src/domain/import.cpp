#include "domain/store.h"
#include "domain/validate.h"

namespace vincula::domain {

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
