#include "domain/store.h"
#include "domain/validate.h"

namespace vincula::domain {

common::Outcome import_dataset(Store& store, const Dataset& incoming) {
    return store.add(incoming, [&](const Dataset& stored) {
        FirstNew first_new;
        for_each_array(stored, [&](ArrayInfo info, const auto& records) {
            first_new.emplace(std::string(info.name), records.size());
        });
        Dataset merged = stored;
        append(merged, incoming);
        return validate(merged, first_new);
    });
}

}  // namespace vincula::domain
