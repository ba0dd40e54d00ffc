#pragma once
// The DCF's tab: the generic model tab (form from the DCF's presentation table, per-year driver
// grid, analytics) with the DCF's own results beside the form (key figures, bridge, charts) and
// its option tranches under the equity bridge.
#include "ui/models/modelview.h"

class QPushButton;
class QTableView;
class QLabel;

namespace valor::ui {

class OptionsModel;
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
  // Options and warrants under the bridge fields: diluted by the treasury stock method.
  void extendForm(ModelForm* form) override;
  void refreshFromDocument() override;
  void retranslate() override;

 private:
  ResultsPanel* results_ = nullptr;
  OptionsModel* optionsModel_ = nullptr;
  QTableView* optionsView_ = nullptr;
  QLabel* optionsTitle_ = nullptr;
  QLabel* optionsMessage_ = nullptr;
  QPushButton* addOptionButton_ = nullptr;
  QPushButton* removeOptionButton_ = nullptr;
};

}  // namespace valor::ui
