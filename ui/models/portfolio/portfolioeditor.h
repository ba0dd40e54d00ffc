#pragma once
// The portfolio's tab: the generic model tab (form with the assets, correlations and groups
// tables, analytics) with the portfolio's own results beside the form, and in the covariance
// group what history the scenario holds, with buttons to import one from a CSV file or clear it.
#include "ui/models/modelview.h"

class QLabel;
class QPushButton;

namespace valor::ui {

class PortfolioResults;

class PortfolioEditor : public ModelView {
  Q_OBJECT

 public:
  explicit PortfolioEditor(Document* document, QWidget* parent = nullptr);
  PortfolioResults* results() const { return results_; }
  QPushButton* importHistoryButton() const { return import_; }
  QPushButton* clearHistoryButton() const { return clear_; }
  QLabel* historyStatus() const { return status_; }

  // Puts the CSV file at `path` into portfolio.history.data as one undoable change, after
  // checking that it gives each asset's returns. Empty on success, else why not (also shown).
  QString importHistory(const QString& path);

 protected:
  QWidget* createResults() override;
  void showResults(const Evaluation& evaluation) override;
  void setResultsDecimals(int decimals) override;
  void extendForm(ModelForm* form) override;
  void retranslate() override;

 private:
  void chooseHistoryFile();
  void clearHistory();
  void showHistoryStatus();

  PortfolioResults* results_ = nullptr;
  QLabel* status_ = nullptr;
  QPushButton* import_ = nullptr;
  QPushButton* clear_ = nullptr;
  std::size_t historyReturns_ = 0;  // of the last evaluation; 0 without a usable history
  bool historyGiven_ = false;
};

}  // namespace valor::ui
