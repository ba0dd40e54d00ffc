#include "core/models/builtin.h"

#include "core/models/credit/creditkind.h"
#include "core/models/dcf/dcfkind.h"
#include "core/models/lbo/lbokind.h"
#include "core/models/ma/makind.h"
#include "core/models/portfolio/portfoliokind.h"
#include "core/models/realoption/realoptionkind.h"
#include "core/models/registry.h"

namespace valor {

void registerBuiltInModelKinds() {
  static bool registered = false;
  if (registered) return;
  registered = true;  // before registering: registerModelKind calls back here
  // One line per model kind that ships with the program.
  registerModelKind(makeDcfKind());
  registerModelKind(makeLboKind());
  registerModelKind(makeMaKind());
  registerModelKind(makeRealOptionKind());
  registerModelKind(makeCreditKind());
  registerModelKind(makePortfolioKind());
}

}  // namespace valor
