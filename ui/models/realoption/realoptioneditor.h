#pragma once
// The real option's tab: the generic model tab (form, analytics) with the option's own results
// beside the form, and a button in the Underlying group that takes the underlying's value from
// another scenario of the workspace (a DCF's enterprise value).
#include "ui/models/modelview.h"

class QPushButton;

namespace valor {
class Id;
}

namespace valor::ui {

class RealOptionResults;

class RealOptionEditor : public ModelView {
  Q_OBJECT

 public:
  explicit RealOptionEditor(Document* document, QWidget* parent = nullptr);
  RealOptionResults* results() const { return results_; }
  QPushButton* underlyingFromButton() const { return fromScenario_; }

  // Sets the underlying to the enterprise value of the workspace's scenario `source` as one
  // undoable change. Empty on success, else why not (also shown to the user).
  QString takeUnderlyingFrom(const Id& source);

 protected:
  QWidget* createResults() override;
  void showResults(const Evaluation& evaluation) override;
  void setResultsDecimals(int decimals) override;
  void extendForm(ModelForm* form) override;
  void retranslate() override;

 private:
  void chooseUnderlyingSource();

  RealOptionResults* results_ = nullptr;
  QPushButton* fromScenario_ = nullptr;
};

}  // namespace valor::ui
