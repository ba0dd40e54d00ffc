#pragma once
// A validation issue: bad input is reported, never thrown, clamped or turned into NaN.
// `path` names the field as in the scenario file ("dcf.terminal_value.growth",
// "dcf.equity_bridge.options[2].strike"); `rule` is a stable code for tools and translations;
// `params` carries the numbers the message quotes, so a UI can phrase it in another language.
#include <map>
#include <string>
#include <vector>

namespace valor {

enum class Severity { Error, Warning };

struct Issue {
  Severity severity = Severity::Error;
  std::string path;
  std::string rule;
  std::string message;
  std::map<std::string, std::string> params;
  // False for parameters that only the desktop's translated text uses: valor-cli's JSON keeps
  // the shape it had before they existed (the DCF's result warnings; README, stable keys).
  bool paramsInJson = true;
};

using Issues = std::vector<Issue>;

bool hasErrors(const Issues& issues);
const char* severityName(Severity severity);
// Formats a number for a message: shortest form that round-trips to 6 significant digits.
std::string formatNumber(double value);
// A decimal rate as a percentage for messages: 0.082394 → "8.24 %", 0.1 → "10 %".
std::string formatPercent(double rate);

}  // namespace valor
