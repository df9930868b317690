#include "web/scoped_reads.h"

#include <set>
#include <utility>
#include <vector>

#include "domain/key_index.h"
#include "domain/neighbourhood.h"
#include "domain/references.h"

namespace vincula::web {

domain::Dataset every_record(domain::Store& store, domain::ListQuery query) {
    query.limit = 500;
    query.after.clear();
    return domain::every_page(
        std::move(query), [&](const domain::ListQuery& page) { return store.list(page); },
        [](const std::string&, std::int64_t) { return false; });
}

domain::Dataset every_record(domain::Store& store, const std::string& array) {
    domain::ListQuery query;
    query.array = array;
    return every_record(store, std::move(query));
}

domain::Dataset records_where(domain::Store& store, const std::string& array,
                              const std::string& field, const std::string& value) {
    domain::ListQuery query;
    query.array = array;
    query.equal.emplace_back(field, value);
    return every_record(store, std::move(query));
}

void add_named(domain::Store& store, domain::Dataset& data, int depth) {
    std::set<std::pair<std::string, std::string>> held;
    domain::for_each_array(data, [&](domain::ArrayInfo info, const auto& records) {
        for (const auto& record : records) {
            held.emplace(info.name, domain::record_key(record));
        }
    });
    for (int level = 0; level < depth; ++level) {
        std::vector<std::pair<std::string, std::string>> named;
        domain::for_each_array(data, [&](domain::ArrayInfo, const auto& records) {
            for (const auto& record : records) {
                domain::for_each_reference(record, [&](domain::Refers refers,
                                                       const std::string& key, domain::FieldSpec) {
                    for (auto& address : domain::addresses_named(refers, key)) {
                        if (held.emplace(address.array, address.key).second) {
                            named.emplace_back(std::move(address.array), std::move(address.key));
                        }
                    }
                });
            }
        });
        if (named.empty()) {
            return;
        }
        for (const auto& [array, key] : named) {
            domain::append(data, store.find(domain::RecordRef{array, key}));
        }
    }
}

}  // namespace vincula::web
