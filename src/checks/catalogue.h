#pragma once

#include <initializer_list>
#include <string>
#include <string_view>

#include "checks/finding.h"

namespace vincula::checks {

// The Spanish sentences of the consistency review, in one place. Each entry
// has an id, the rule it belongs to and the rule's severity; a rule whose
// sentence changes with grammatical number has one entry per form
// («acuerdos_faltantes/1», «acuerdos_faltantes/n»), all under the same rule
// id. Arguments replace {0}, {1}, … in the sentence.
std::string sentence(std::string_view id, std::initializer_list<std::string_view> arguments = {});

// A finding of the rule behind `id`, with its severity and sentence.
Finding make_finding(std::string_view id, RecordRef record,
                     std::initializer_list<std::string_view> arguments = {});

// For tests: whether the catalogue knows `id`, and the rule and severity it
// stands for.
bool has_sentence(std::string_view id);
std::string_view rule_of(std::string_view id);
Severity severity_of(std::string_view id);

// The grammatical form of a sentence id for a count: "…/1" or "…/n".
std::string by_number(std::string_view id, long count);

}  // namespace vincula::checks
