#pragma once

#include <optional>
#include <string_view>

#include "api/response.h"

namespace vincula::web {

// GET /static/<name>: a stylesheet, script or image the build embedded;
// nothing when there is no such file.
std::optional<api::Response> static_file(std::string_view name);

}  // namespace vincula::web
