// Fuzz target: valor-cli apply's patches ({"set": {"field path": value}}) against the hand case.
// A patch is refused, or gives ops that are applied or refused with a message; whatever applies
// is valued without crashing.
#include "core/model/jsontext.h"
#include "core/models/registry.h"
#include "core/ops/mutation.h"
#include "core/ops/patch.h"
#include "tests/fuzz/fuzzsupport.h"

using namespace valor;

extern "C" int LLVMFuzzerTestOneInput(const unsigned char* data, std::size_t size) {
  auto json = readJsonText(fuzz::textOf(data, size), {1 << 20, 32});
  if (!json || !json.value().is_object()) return 0;
  const ScenarioDocument& doc = fuzz::handCase();
  auto ops = patchOps(doc, json.value());
  if (!ops) return 0;
  Mutation m;
  m.ops = std::move(ops).value();
  auto next = applyMutation(doc, m);
  if (next) (void)evaluateScenario(next.value());
  return 0;
}
