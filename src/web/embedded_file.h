#pragma once

#include <span>
#include <string_view>

namespace vincula::web {

// A file the build put inside the binary (cmake/vincula_embed_files.cmake).
struct EmbeddedFile {
    std::string_view name;  // its path below the embedded folder
    std::string_view bytes;
};

// templates/*.mustache, named «layout.mustache»…
std::span<const EmbeddedFile> template_files();
// What /static/ serves: «pico.min.css», «htmx.min.js»…
std::span<const EmbeddedFile> static_files();

}  // namespace vincula::web
