#include "ui/models/lbo/lboview.h"

#include <QCoreApplication>

#include "ui/models/lbo/lbopresentation.h"

namespace valor::ui {

ScenarioViewKind lboViewKind() {
  ScenarioViewKind kind;
  kind.model = "lbo";
  kind.title = [] { return QCoreApplication::translate("LboView", "LBO"); };
  kind.presentation = &lboPresentation();
  return kind;
}

}  // namespace valor::ui
