#include "ui/models/portfolio/portfolioview.h"

#include <QCoreApplication>

#include "ui/models/portfolio/portfolioeditor.h"
#include "ui/models/portfolio/portfoliopresentation.h"

namespace valor::ui {

ScenarioViewKind portfolioViewKind() {
  ScenarioViewKind kind;
  kind.model = "portfolio";
  kind.title = [] { return QCoreApplication::translate("PortfolioView", "Portfolio"); };
  kind.presentation = &portfolioPresentation();
  kind.createView = [](Document* document, QWidget* parent) -> ScenarioView* {
    return new PortfolioEditor(document, parent);
  };
  return kind;
}

}  // namespace valor::ui
