#include "core/common/issue.h"

#include "core/common/numbertext.h"

#include <algorithm>

namespace valor {

bool hasErrors(const Issues& issues) {
  return std::any_of(issues.begin(), issues.end(),
                     [](const Issue& i) { return i.severity == Severity::Error; });
}

const char* severityName(Severity severity) {
  return severity == Severity::Error ? "error" : "warning";
}

std::string formatNumber(double value) {
  return generalText(value, 6);
}

std::string formatPercent(double rate) {
  std::string text = fixedText(rate * 100, 2);
  if (text.find('.') != std::string::npos) {
    while (text.back() == '0') text.pop_back();
    if (text.back() == '.') text.pop_back();
  }
  return text + " %";
}

}  // namespace valor
