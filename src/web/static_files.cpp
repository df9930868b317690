#include "web/static_files.h"

#include "web/embedded_file.h"

namespace vincula::web {
namespace {

std::string_view content_type(std::string_view name) {
    if (name.ends_with(".css")) {
        return "text/css; charset=utf-8";
    }
    if (name.ends_with(".js")) {
        return "text/javascript; charset=utf-8";
    }
    if (name.ends_with(".svg")) {
        return "image/svg+xml";
    }
    if (name.ends_with(".png")) {
        return "image/png";
    }
    return "application/octet-stream";
}

}  // namespace

std::optional<api::Response> static_file(std::string_view name) {
    for (const auto& file : static_files()) {
        if (file.name == name) {
            api::Response response;
            response.content_type = std::string(content_type(name));
            response.body = std::string(file.bytes);
            // The same for everyone and fixed for a build: browsers may keep
            // it for an hour.
            response.headers.emplace_back("Cache-Control", "public, max-age=3600");
            return response;
        }
    }
    return std::nullopt;
}

}  // namespace vincula::web
