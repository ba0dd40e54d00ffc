// Fuzz target: mutations as history prints them and `apply` takes them, against the hand case.
// Whatever applies can be undone: the inverse mutation gives back the document exactly.
#include "core/model/id.h"
#include "core/model/jsontext.h"
#include "core/ops/mutation.h"
#include "core/ops/mutationjson.h"
#include "tests/fuzz/fuzzsupport.h"

using namespace valor;

extern "C" int LLVMFuzzerTestOneInput(const unsigned char* data, std::size_t size) {
  auto json = readJsonText(fuzz::textOf(data, size), {1 << 20, 32});
  if (!json) return 0;
  auto m = mutationFromJson(json.value());
  if (!m) return 0;
  const ScenarioDocument& doc = fuzz::handCase();
  auto next = applyMutation(doc, m.value());
  if (!next) return 0;
  const Mutation undo = invertMutation(m.value(), Id(), "fuzz", 0, 0);
  auto back = applyMutation(next.value(), undo);
  fuzz::require(back.ok(), "the inverse of an applied mutation applies");
  fuzz::require(back.value() == doc, "the inverse gives back the document");
  return 0;
}
