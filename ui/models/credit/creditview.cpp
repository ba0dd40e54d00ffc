#include "ui/models/credit/creditview.h"

#include <QCoreApplication>

#include "ui/models/credit/crediteditor.h"
#include "ui/models/credit/creditpresentation.h"

namespace valor::ui {

ScenarioViewKind creditViewKind() {
  ScenarioViewKind kind;
  kind.model = "credit";
  kind.title = [] { return QCoreApplication::translate("CreditView", "Credit"); };
  kind.presentation = &creditPresentation();
  kind.createView = [](Document* document, QWidget* parent) -> ScenarioView* {
    return new CreditEditor(document, parent);
  };
  return kind;
}

}  // namespace valor::ui
