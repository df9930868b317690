#pragma once

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "common/field_error.h"
#include "domain/record_files.h"
#include "web/page.h"

// The expediente as pages show it: the files kept under a page's records,
// and the form that adds one.
namespace vincula::web {

// A record whose files a page shows: «La sesión», «Acuerdo CVOE/036/21».
struct FileOwner {
    std::string array;
    std::string key;
    std::string caption;
};

// The view of `_expediente`: per owner, each name's newest version (with
// size, who, when and its hash) and its earlier versions; the upload form
// when `attach_action` is set (empty: the caller may not attach).
nlohmann::json expediente_view(domain::RecordFiles& files, const std::vector<FileOwner>& owners,
                               const std::string& attach_action, const common::FieldErrors& errors);

// «245 KB», «1.2 MB»: a size as people read it.
std::string file_size_text(std::int64_t bytes);

// Keeps the form's file (field `archivo`) under the owner the form chose
// (`owner`: «array|key», one of `owners`). Errors when it was not kept.
common::FieldErrors attach_from_form(Request& request, const std::vector<FileOwner>& owners);

}  // namespace vincula::web
