#include "core/report/reportfilename.h"

#include <string_view>

namespace valor {

std::string reportFileName(const ScenarioSummary& scenario, std::set<std::string>& used) {
  std::string name = scenario.name.empty() ? scenario.id.toString() : scenario.name;
  for (char& c : name)
    if (std::string_view("/\\:*?\"<>|").find(c) != std::string_view::npos ||
        static_cast<unsigned char>(c) < 0x20)
      c = '-';
  if (name == "." || name == "..") name = scenario.id.toString();
  if (!used.insert(name).second) name += " " + scenario.id.toString().substr(0, 8);
  used.insert(name);
  return name;
}

}  // namespace valor
