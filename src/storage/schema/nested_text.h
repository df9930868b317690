#pragma once

#include <string>

namespace vincula::storage::schema {

// What a nested field kept as JSON text holds when one of its values is
// `key`: the key as a JSON string ("p-ana", quotes and escapes included);
// with `beneath`, without the closing quote, so a value that begins with
// the key ("pat-2021/6/A") holds it too. Both backends look for it in the
// column's text (StoredRecords::containing).
std::string nested_value_text(const std::string& key, bool beneath);

}  // namespace vincula::storage::schema
