#pragma once
// The M&A's tab: the generic model tab (form, per-year grid for net income, synergies and the
// optional revenue and EBITDA, analytics) with the M&A's own results beside the form.
#include "ui/models/modelview.h"

namespace valor::ui {

class MaResults;

class MaEditor : public ModelView {
  Q_OBJECT

 public:
  explicit MaEditor(Document* document, QWidget* parent = nullptr);
  MaResults* results() const { return results_; }

 protected:
  QWidget* createResults() override;
  void showResults(const Evaluation& evaluation) override;
  void setResultsDecimals(int decimals) override;

 private:
  MaResults* results_ = nullptr;
};

}  // namespace valor::ui
