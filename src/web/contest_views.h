#pragma once

#include <string>

#include <nlohmann/json.hpp>

#include "api/caller.h"
#include "domain/dataset.h"
#include "domain/store.h"

// What the contest pages share: finding a contest, describing its window
// and categories, and who may see entrants' data.
namespace vincula::web {

const domain::Contest* find_contest(const domain::Dataset& data, const std::string& key);
const domain::Registration* find_entry(const domain::Dataset& data, const std::string& key);

// The edition the public page shows: the one whose registration opened last.
const domain::Contest* latest_contest(const domain::Dataset& data);

// Every contest, and of the one with `key` (the latest, when empty) what
// its pages rank and count: its entries, rubric, jurors and scores. Not
// the institute's other records, however many years it holds.
domain::Dataset contest_file(domain::Store& store, const std::string& key = {});

// Name, edition, question, the window in words («del jueves 20 de agosto al
// lunes 30 de noviembre de 2026, a las 18:00 horas»), extensions and
// categories, for the templates.
nlohmann::json contest_summary(const domain::Contest& contest);

// Contest staff: who captures (administrador, capturista). Only they see
// entrants' personal data.
bool is_contest_staff(const api::Caller& caller);

// «VFF5-0003» or, for entries without folio, their key.
std::string entry_label(const domain::Registration& entry);

// Where a work is seen: its link, or the page that serves its file.
std::string work_href(const domain::Registration& entry);

}  // namespace vincula::web
