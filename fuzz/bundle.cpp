// A bundle as `vincula import` and POST /api/v1/import read it: opened
// first when gzip-compressed, then the whole text checked, decoded and
// validated as one dataset.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "bundle/bundle.h"
#include "bundle/compressed.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::string_view text(reinterpret_cast<const char*>(data), size);
    if (vincula::bundle::is_gzip(text)) {
        auto opened = vincula::bundle::gunzip(text, 1024 * 1024);
        if (opened) {
            (void)vincula::bundle::parse_bundle(*opened);
        }
        return 0;
    }
    (void)vincula::bundle::parse_bundle(text);
    return 0;
}
