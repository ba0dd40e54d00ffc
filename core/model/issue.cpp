#include "core/model/issue.h"

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

std::string formatPercent(double rate) {
  char buffer[48];
  std::snprintf(buffer, sizeof buffer, "%.2f", rate * 100);
  std::string text = buffer;
  if (text.find('.') != std::string::npos) {
    while (text.back() == '0') text.pop_back();
    if (text.back() == '.') text.pop_back();
  }
  return text + " %";
}

}  // namespace valor
