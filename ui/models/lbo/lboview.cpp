#include "ui/models/lbo/lboview.h"

#include <QCoreApplication>

#include "ui/models/lbo/lboeditor.h"
#include "ui/models/lbo/lbopresentation.h"

namespace valor::ui {

ScenarioViewKind lboViewKind() {
  ScenarioViewKind kind;
  kind.model = "lbo";
  kind.title = [] { return QCoreApplication::translate("LboView", "LBO"); };
  kind.presentation = &lboPresentation();
  kind.createView = [](Document* document, QWidget* parent) -> ScenarioView* {
    return new LboEditor(document, parent);
  };
  return kind;
}

}  // namespace valor::ui
