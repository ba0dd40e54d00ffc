#pragma once
// The LBO's tab: the generic model tab (form with the tranche table, per-year drivers,
// analytics) with the LBO's own results beside the form.
#include "ui/models/modelview.h"

namespace valor::ui {

class LboResults;

class LboEditor : public ModelView {
  Q_OBJECT

 public:
  explicit LboEditor(Document* document, QWidget* parent = nullptr);
  LboResults* results() const { return results_; }

 protected:
  QWidget* createResults() override;
  void showResults(const Evaluation& evaluation) override;
  void setResultsDecimals(int decimals) override;

 private:
  LboResults* results_ = nullptr;
};

}  // namespace valor::ui
