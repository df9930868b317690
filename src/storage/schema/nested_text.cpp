#include "storage/schema/nested_text.h"

#include <nlohmann/json.hpp>

namespace vincula::storage::schema {

std::string nested_value_text(const std::string& key, bool beneath) {
    auto text = nlohmann::json(key).dump();
    if (beneath) {
        text.pop_back();
    }
    return text;
}

}  // namespace vincula::storage::schema
