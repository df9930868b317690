#pragma once

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "domain/dataset.h"
#include "domain/describe.h"

namespace vincula::web {

struct Option {
    std::string value;    // the key a reference stores
    std::string caption;  // what a person recognises it by
};

// The records a reference of this kind may name, for a select: sessions as
// «Décima primera sesión ordinaria · 21/10/2021», people by name, etc.
std::vector<Option> reference_options(const domain::Dataset& data, domain::Refers refers);

// The caption of one session: «Décima primera sesión ordinaria (CVOE)».
std::string session_caption(const domain::Dataset& data, const domain::Session& session);

// What a person calls one record (`record` holds it, `names` what it
// refers to): a session by its name, a convenio by its title or kind and
// counterparts, a person by name, anything else by its name or title; its
// key when it has none of these.
std::string record_caption(const domain::Dataset& record, const domain::Dataset& names,
                           const std::string& key);

// `text` cut at a word before `limit` bytes, with «…», when longer.
std::string shortened(const std::string& text, std::size_t limit = 80);

// Today in Mexico City: what the pages call «now».
common::Date today();

// An area's name on `date` (the date of what the page shows), today's name
// without one; the key itself when no area has it.
std::string area_name(const domain::Dataset& data, const std::optional<std::string>& key,
                      const std::optional<common::Date>& date = std::nullopt);

// Who holds a membership: the person's or organisation's name, or the key.
std::string member_name(const domain::Dataset& data, const domain::Membership& membership);

}  // namespace vincula::web
