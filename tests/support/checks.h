#pragma once
// What the test programs use to look at scenarios, issues and results, defined once.
#include <cstdint>
#include <string>

#include "core/analytics/montecarlo.h"
#include "core/common/issue.h"
#include "core/common/result.h"
#include "core/model/document.h"

namespace valor::testing {

// The issue at `path` with `rule`, or nullptr.
const Issue* findIssue(const Issues& issues, const std::string& path, const std::string& rule);
// One line per issue ("[path] rule: message"), for a failing check's message.
std::string describe(const Issues& issues);
// The problems a failed result lists; none when it succeeded.
template <typename T>
const Issues& problemsOf(const Result<T>& result) {
  static const Issues none;
  return result ? none : result.error().issues;
}
// A failed result's error as "code: message [context]", or "(success)"; for a failing check's
// message (evaluated even when the check passes, so it must not assume a failure).
std::string errorText(const Error& error);
template <typename T>
std::string errorText(const Result<T>& result) {
  return result ? std::string("(success)") : errorText(result.error());
}
// A double's bits, to tell 0.0 from -0.0 and to check a value survives a round trip exactly.
std::uint64_t bits(double value);
// The scenario's DCF block (the test fails hard when there is none).
const Entity& dcfOf(const ScenarioDocument& doc);
// A Monte Carlo input with a normal, uniform or triangular distribution.
StochasticInput normalInput(const char* path, double mean, double sd);
StochasticInput uniformInput(const char* path, double min, double max);
StochasticInput triangularInput(const char* path, double min, double mode, double max);

}  // namespace valor::testing
