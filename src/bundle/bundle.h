#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>

#include "common/result.h"
#include "domain/dataset.h"

namespace vincula::bundle {

inline constexpr std::string_view FORMAT = "vincula-bundle";
inline constexpr int VERSION = 1;

// Larger bundles are refused before they are read, with a message, rather
// than exhausting memory. 64 MiB holds several hundred thousand records.
inline constexpr std::uintmax_t DEFAULT_MAX_BYTES = 64ull * 1024 * 1024;

// Parses a bundle (spec/BUNDLE.md) into records, reporting every problem
// with its JSON path: malformed JSON (with line and column), invalid UTF-8,
// repeated object keys, unknown arrays and fields, wrong types, missing
// required fields, impossible dates, values outside an enumeration. Rules
// between records are the domain's (domain::validate).
common::Result<domain::Dataset> parse_bundle(std::string_view text);

// Reads and parses a bundle file, refusing empty and oversized files; a
// gzip-compressed file (.json.gz) is opened first, within the same bound.
common::Result<domain::Dataset> read_bundle_file(const std::filesystem::path& path,
                                                 std::uintmax_t max_bytes = DEFAULT_MAX_BYTES);

// The canonical text of a bundle: arrays in BUNDLE.md order (empty ones left
// out), fields in describe() order, two-space indentation, UTF-8 unescaped,
// final newline.
std::string write_bundle(const domain::Dataset& data);

}  // namespace vincula::bundle
