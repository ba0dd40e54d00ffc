#include "ui/models/ma/maview.h"

#include <QCoreApplication>

#include "ui/models/ma/maeditor.h"
#include "ui/models/ma/mapresentation.h"

namespace valor::ui {

ScenarioViewKind maViewKind() {
  ScenarioViewKind kind;
  kind.model = "ma";
  kind.title = [] { return QCoreApplication::translate("MaView", "M&A"); };
  kind.presentation = &maPresentation();
  kind.createView = [](Document* document, QWidget* parent) -> ScenarioView* {
    return new MaEditor(document, parent);
  };
  return kind;
}

}  // namespace valor::ui
