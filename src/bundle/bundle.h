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

// What could be read of a bundle whose text is a bundle, and the problems of
// its records: the import validates the rest and reports both at once, so a
// mistyped date does not hide every other problem of the file.
struct BundleReading {
    domain::Dataset data;
    common::FieldErrors problems;
};

// Reads a bundle (spec/BUNDLE.md) into records, reporting every problem with
// its JSON path: malformed JSON (with line and column), invalid UTF-8,
// repeated object keys, unknown arrays and fields, wrong types, missing
// required fields, impossible dates, values outside an enumeration. A text
// that is no bundle at all (not JSON, not an object) is an error; problems of
// single records go into `problems`. Rules between records are the domain's
// (domain::validate).
common::Result<BundleReading> read_bundle(std::string_view text);
// The same, an error when any record has a problem.
common::Result<domain::Dataset> parse_bundle(std::string_view text);

// Reads a bundle file, refusing empty and oversized files; a gzip-compressed
// file (.json.gz) is opened first, within the same bound.
common::Result<BundleReading> read_bundle_from_file(const std::filesystem::path& path,
                                                    std::uintmax_t max_bytes = DEFAULT_MAX_BYTES);
// The same, an error when any record has a problem.
common::Result<domain::Dataset> read_bundle_file(const std::filesystem::path& path,
                                                 std::uintmax_t max_bytes = DEFAULT_MAX_BYTES);

// The canonical text of a bundle: arrays in BUNDLE.md order (empty ones left
// out), fields in describe() order, two-space indentation, UTF-8 unescaped,
// final newline.
std::string write_bundle(const domain::Dataset& data);

}  // namespace vincula::bundle
