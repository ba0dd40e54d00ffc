#include "ui/models/dcf/dcfview.h"

#include <QCoreApplication>

#include "ui/models/dcf/dcfeditor.h"
#include "ui/models/dcf/dcfpresentation.h"
#include "ui/settings/settings.h"

namespace valor::ui {

ScenarioViewKind dcfViewKind() {
  ScenarioViewKind kind;
  kind.model = "dcf";
  kind.title = [] { return QCoreApplication::translate("DcfView", "DCF"); };
  kind.presentation = &dcfPresentation();
  kind.createView = [](Document* document, QWidget* parent) -> ScenarioView* {
    return new DcfEditor(document, parent);
  };
  kind.prepareNewScenario = [](ScenarioDocument& doc, const Settings& settings) {
    for (Entity& e : doc.entities)
      if (e.type == "dcf")
        e.fields["conventions.discounting"] = Value(settings.defaultDiscounting().toStdString());
  };
  return kind;
}

}  // namespace valor::ui
