#include "ui/models/viewregistry.h"

#include <deque>

#include "core/common/require.h"
#include "ui/document/document.h"
#include "ui/models/credit/creditview.h"
#include "ui/models/dcf/dcfview.h"
#include "ui/models/lbo/lboview.h"
#include "ui/models/ma/maview.h"
#include "ui/models/modelview.h"
#include "ui/models/portfolio/portfolioview.h"
#include "ui/models/realoption/realoptionview.h"

namespace valor::ui {
namespace {

std::deque<ScenarioViewKind>& storage() {
  static std::deque<ScenarioViewKind> kinds;
  return kinds;
}

void registerBuiltIns() {
  static bool registered = false;
  if (registered) return;
  registered = true;
  // One line per model kind that ships with the program.
  registerScenarioViewKind(dcfViewKind());
  registerScenarioViewKind(lboViewKind());
  registerScenarioViewKind(maViewKind());
  registerScenarioViewKind(realOptionViewKind());
  registerScenarioViewKind(creditViewKind());
  registerScenarioViewKind(portfolioViewKind());
}

}  // namespace

void registerScenarioViewKind(ScenarioViewKind kind) {
  registerBuiltIns();
  VALOR_REQUIRE(findScenarioViewKind(kind.model) == nullptr,
                "view of model kind '" + kind.model + "' is registered twice");
  storage().push_back(std::move(kind));
}

const ScenarioViewKind* findScenarioViewKind(const std::string& model) {
  registerBuiltIns();
  for (const ScenarioViewKind& kind : storage())
    if (kind.model == model) return &kind;
  return nullptr;
}

std::vector<const ScenarioViewKind*> scenarioViewKinds() {
  registerBuiltIns();
  std::vector<const ScenarioViewKind*> kinds;
  for (const ScenarioViewKind& kind : storage()) kinds.push_back(&kind);
  return kinds;
}

ScenarioView* createScenarioView(Document* document, QWidget* parent) {
  const std::string* model = document->scenario().root().text("model");
  const ScenarioViewKind* kind = model ? findScenarioViewKind(*model) : nullptr;
  if (!kind) return nullptr;
  if (kind->createView) return kind->createView(document, parent);
  return kind->presentation ? ModelView::create(document, *kind->presentation, parent) : nullptr;
}

}  // namespace valor::ui
