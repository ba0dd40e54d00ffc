#pragma once
// What the fuzz targets share: the document the patch and mutation targets change (the hand
// case, read once), and a check that stops the run — libFuzzer reports it as a crash with the
// input that caused it.
#include <cstdio>
#include <cstdlib>
#include <string_view>

#include "core/actuals/statement.h"
#include "core/model/document.h"

namespace valor::fuzz {

const ScenarioDocument& handCase();

inline void require(bool condition, const char* what) {
  if (!condition) {
    std::fprintf(stderr, "property broken: %s\n", what);
    std::abort();
  }
}

// The import of `statement` into the hand case: refused whole, or ops that apply to it — an
// import never half-applies — after which the scenario is still valued without crashing.
void importMustApply(const Statement& statement);

inline std::string_view textOf(const unsigned char* data, std::size_t size) {
  return {reinterpret_cast<const char*>(data), size};
}

}  // namespace valor::fuzz
