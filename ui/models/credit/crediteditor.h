#pragma once
// The credit analysis's tab: the generic model tab (form, analytics) with the zone of the
// Altman score above the key figures.
#include "ui/models/modelview.h"

namespace valor::ui {

class CreditResults;

class CreditEditor : public ModelView {
  Q_OBJECT

 public:
  explicit CreditEditor(Document* document, QWidget* parent = nullptr);
  CreditResults* results() const { return results_; }

 protected:
  QWidget* createResults() override;
  void showResults(const Evaluation& evaluation) override;
  void setResultsDecimals(int decimals) override;

 private:
  CreditResults* results_ = nullptr;
};

}  // namespace valor::ui
