#include "tests/support/checks.h"

#include <bit>

#include "core/common/require.h"

namespace valor::testing {

const Issue* findIssue(const Issues& issues, const std::string& path, const std::string& rule) {
  for (const Issue& i : issues)
    if (i.path == path && i.rule == rule) return &i;
  return nullptr;
}

std::string describe(const Issues& issues) {
  std::string text;
  for (const Issue& i : issues) text += "\n  [" + i.path + "] " + i.rule + ": " + i.message;
  return text.empty() ? std::string("(no problems)") : text;
}

std::string errorText(const Error& error) {
  return error.code + ": " + error.message + " [" + error.context + "]";
}

std::uint64_t bits(double value) {
  return std::bit_cast<std::uint64_t>(value);
}

const Entity& dcfOf(const ScenarioDocument& doc) {
  const Entity* dcf = doc.child(doc.root(), "dcf");
  VALOR_REQUIRE(dcf != nullptr, "the scenario has no dcf");
  return *dcf;
}

StochasticInput normalInput(const char* path, double mean, double sd) {
  StochasticInput in;
  in.path = path;
  in.distribution.kind = DistributionKind::Normal;
  in.distribution.mean = mean;
  in.distribution.sd = sd;
  return in;
}

StochasticInput uniformInput(const char* path, double min, double max) {
  StochasticInput in;
  in.path = path;
  in.distribution.kind = DistributionKind::Uniform;
  in.distribution.min = min;
  in.distribution.max = max;
  return in;
}

StochasticInput triangularInput(const char* path, double min, double mode, double max) {
  StochasticInput in;
  in.path = path;
  in.distribution.kind = DistributionKind::Triangular;
  in.distribution.min = min;
  in.distribution.mode = mode;
  in.distribution.max = max;
  return in;
}

}  // namespace valor::testing
