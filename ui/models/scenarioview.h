#pragma once
// The tab of one open scenario, whatever its model kind: the kind's editor (form, grids and its
// own results) and the analytics pages. The main window and generic tests talk to this; each
// kind supplies one through the view registry (ui/models/viewregistry.h).
#include <QString>
#include <QWidget>

namespace valor::ui {

class AnalyticsPanel;
class Document;
class FieldEdit;

class ScenarioView : public QWidget {
  Q_OBJECT

 public:
  using QWidget::QWidget;

  virtual Document* document() const = 0;
  virtual AnalyticsPanel* analyticsPanel() const = 0;
  // The editor of a field by its path in the scenario file, or nullptr.
  virtual FieldEdit* fieldEdit(const QString& path) const = 0;
  // Shows the valuation (0), the analytics (1) or the historical actuals (2).
  virtual void showPage(int page) = 0;
  virtual void setDecimals(int decimals) = 0;
};

}  // namespace valor::ui
