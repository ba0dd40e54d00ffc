#include "model/issue.h"

#include <algorithm>
#include <cstdio>

namespace valor {

bool hasErrors(const Issues& issues) {
  return std::any_of(issues.begin(), issues.end(),
                     [](const Issue& i) { return i.severity == Severity::Error; });
}

const char* severityName(Severity severity) {
  return severity == Severity::Error ? "error" : "warning";
}

std::string formatNumber(double value) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.6g", value);
  return buffer;
}

}  // namespace valor
