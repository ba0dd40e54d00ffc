#pragma once
// The tab of a scenario of any model kind, built from the kind's presentation table: the form
// beside the results, the per-year driver grid under them (when the kind has drivers), the
// analytics pages, the historical actuals and the forecasts from them. A kind with its own results
// or extra editors derives from it (the DCF: ui/models/dcf/dcfeditor.h); any other kind gets it as
// it is, with the generic results.
#include "ui/models/presentation.h"
#include "ui/models/scenarioview.h"

#include <vector>

class QLabel;
class QTabWidget;

namespace valor {
class Evaluation;
}

namespace valor::ui {

class ActualsPanel;
class ForecastPanel;
class ListMembersEditor;
class ModelForm;
class OutputsPanel;
class PerYearModel;
class PerYearView;

class ModelView : public ScenarioView {
  Q_OBJECT

 public:
  // The generic tab: the form, the named outputs and tables, the drivers and the analytics.
  static ModelView* create(Document* document, const ModelPresentation& presentation,
                           QWidget* parent = nullptr);

  ~ModelView() override;

  Document* document() const override { return document_; }
  AnalyticsPanel* analyticsPanel() const override { return analytics_; }
  FieldEdit* fieldEdit(const QString& path) const override;
  void showPage(int page) override;
  void setDecimals(int decimals) override;
  PerYearView* perYearView() const { return grid_; }
  OutputsPanel* outputsPanel() const { return outputs_; }
  ActualsPanel* actualsPanel() const { return actuals_; }
  ForecastPanel* forecastPanel() const { return forecast_; }

 protected:
  ModelView(Document* document, const ModelPresentation& presentation, QWidget* parent);
  // Lays the tab out; the most derived constructor calls it once, so the hooks below are its own.
  void build();
  // The results beside the form; the generic one shows the named outputs and tables.
  virtual QWidget* createResults();
  // Shows an evaluation there: the document's, or a preview while a field is being typed in.
  virtual void showResults(const Evaluation& evaluation);
  virtual void setResultsDecimals(int decimals);
  // A kind's own widgets in its form. The default puts each list of the presentation (with a
  // group) as a table under its group.
  virtual void extendForm(ModelForm* form);
  virtual void refreshFromDocument();
  virtual void retranslate();
  void changeEvent(QEvent* event) override;

  const ModelPresentation& presentation() const { return presentation_; }

 private:
  Document* document_;
  const ModelPresentation& presentation_;
  ModelForm* form_ = nullptr;
  OutputsPanel* outputs_ = nullptr;
  PerYearModel* gridModel_ = nullptr;
  PerYearView* grid_ = nullptr;
  QLabel* gridTitle_ = nullptr;
  QLabel* gridMessage_ = nullptr;
  QTabWidget* pages_ = nullptr;
  AnalyticsPanel* analytics_ = nullptr;
  ActualsPanel* actuals_ = nullptr;
  ForecastPanel* forecast_ = nullptr;
  std::vector<ListMembersEditor*> lists_;
};

}  // namespace valor::ui
