#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "common/result.h"

namespace vincula::bundle {

// Whether `bytes` begin as a gzip stream does (RFC 1952: 1F 8B).
bool is_gzip(std::string_view bytes);

// The bytes a gzip stream holds, through zlib, or why not: a stream that
// is damaged or truncated («gzip_ilegible»), or that would open to more than
// `max_bytes` («archivo_demasiado_grande»: a small file that unpacks to
// gigabytes stops at the bound, not when memory runs out).
common::Result<std::string> gunzip(std::string_view compressed, std::size_t max_bytes);

}  // namespace vincula::bundle
