// A bundle as `vincula import` and POST /api/v1/bundles read it: the whole
// text checked, decoded and validated as one dataset.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "bundle/bundle.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::string_view text(reinterpret_cast<const char*>(data), size);
    (void)vincula::bundle::parse_bundle(text);
    return 0;
}
