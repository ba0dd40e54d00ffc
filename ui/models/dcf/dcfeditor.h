#pragma once
// The DCF's tab: the generic model tab (form from the DCF's presentation table, per-year driver
// grid, analytics) with the DCF's own results beside the form (key figures, bridge, charts) and
// its option tranches under the equity bridge (from its presentation's list).
#include "ui/models/modelview.h"

namespace valor::ui {

class ResultsPanel;

class DcfEditor : public ModelView {
  Q_OBJECT

 public:
  explicit DcfEditor(Document* document, QWidget* parent = nullptr);

  ResultsPanel* resultsPanel() const { return results_; }

 protected:
  QWidget* createResults() override;
  void showResults(const Evaluation& evaluation) override;
  void setResultsDecimals(int decimals) override;

 private:
  ResultsPanel* results_ = nullptr;
};

}  // namespace valor::ui
