#pragma once
// Edits of a scenario's JSON text for the tests: "pointer=json" pairs separated by ';'
// ("/lbo/exit/multiple=8;/lbo/tranches/1=delete"); the value `delete` removes the member or the
// list element. The text may hold // comments (the templates do); the result has none.
#include <string>

namespace valor::testing {

std::string editedJson(const std::string& text, const std::string& edits);

}  // namespace valor::testing
