#pragma once

#include <string>
#include <string_view>
#include <vector>

// Mistakes of Spanish that generated text must never make, found in any
// text (a page's words, a document): a count of one with a plural noun
// («1 sesiones», «1 avisos»), «de el» and «a el» where Spanish contracts
// them, and a word written twice in a row («de de»). Each problem is
// returned with a few words around it, to find it in the text.
namespace vincula::testing {

std::vector<std::string> spanish_problems(std::string_view text);

// The words of an HTML page as a reader sees them: without tags, scripts
// and styles, with entities for «<», «>», «&» and quotes decoded.
std::string visible_text(std::string_view html);

}  // namespace vincula::testing
