#pragma once

#include "web/page.h"

// «Registros»: every array of the bundle, listed, created, changed and
// removed through forms generated from the records' fields. The specific
// pages (sessions, convenios…) link here for what they do not shape.
namespace vincula::web {

api::Response records_index(Request& request);
api::Response record_list(Request& request);
api::Response new_record(Request& request);
api::Response create_record(Request& request);
api::Response edit_record(Request& request);
api::Response change_record(Request& request);
api::Response remove_record(Request& request);

// «/registros/agreements/editar/CVOE/036/21»: a record's form.
std::string record_edit_path(std::string_view array, const std::string& key);

// A value of a record as a table cell shows it: dates in words with their
// weekday, enumeration values in Spanish, lists joined.
std::string cell_text(const nlohmann::json& value, bool is_choice);

}  // namespace vincula::web
