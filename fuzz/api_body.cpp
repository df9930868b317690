// An API body as the server reads it: the JSON checks (repeated keys,
// nesting, numbers), then the record of one array. The first byte picks the
// array, so one corpus covers them all.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "api/record_json.h"
#include "bundle/json_input.h"
#include "domain/dataset.h"

namespace {

const std::vector<std::string>& array_names() {
    static const std::vector<std::string> names = [] {
        std::vector<std::string> listed;
        vincula::domain::Dataset empty;
        vincula::domain::for_each_array(
            empty, [&](vincula::domain::ArrayInfo info, auto&) { listed.emplace_back(info.name); });
        return listed;
    }();
    return names;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size == 0) {
        return 0;
    }
    const auto& names = array_names();
    const auto& array = names[data[0] % names.size()];
    std::string_view text(reinterpret_cast<const char*>(data) + 1, size - 1);
    auto body = vincula::bundle::parse_json_input(text);
    if (body && body->is_object()) {
        (void)vincula::api::record_from_json(array, *body);
    }
    return 0;
}
