#include "ui/models/realoption/realoptionview.h"

#include <QCoreApplication>

#include "ui/models/realoption/realoptioneditor.h"
#include "ui/models/realoption/realoptionpresentation.h"

namespace valor::ui {

ScenarioViewKind realOptionViewKind() {
  ScenarioViewKind kind;
  kind.model = "real_option";
  kind.title = [] { return QCoreApplication::translate("RealOptionView", "Real Option"); };
  kind.presentation = &realOptionPresentation();
  kind.createView = [](Document* document, QWidget* parent) -> ScenarioView* {
    return new RealOptionEditor(document, parent);
  };
  return kind;
}

}  // namespace valor::ui
