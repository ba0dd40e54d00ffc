#pragma once
// The portfolio's tab: the generic model tab (form with the assets, correlations and groups
// tables, analytics) with the portfolio's own results beside the form, and in the covariance
// group what history the scenario holds, with buttons to import one from a CSV file or clear it;
// under the correlations, a button to import a correlation or covariance matrix.
#include <functional>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "core/common/result.h"
#include "core/ops/mutation.h"
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
  // Puts the correlation or covariance matrix in the CSV file at `path` into the scenario as one
  // undoable change (core/models/portfolio/portfolioimport.h). Empty on success, else why not.
  QString importMatrix(const QString& path);
  QPushButton* importMatrixButton() const { return importMatrix_; }

 protected:
  QWidget* createResults() override;
  void showResults(const Evaluation& evaluation) override;
  void setResultsDecimals(int decimals) override;
  void extendForm(ModelForm* form) override;
  void retranslate() override;

 private:
  // Reads a file's text (named by its file name) into the ops of one change, or why not.
  using ImportReader = std::function<Result<std::pair<std::vector<Op>, LabelCode>>(
      const std::string& text, const std::string& fileName)>;
  QString importFile(const QString& path, const QString& title, const ImportReader& readInto);
  void chooseHistoryFile();
  void chooseMatrixFile();
  void clearHistory();
  void showHistoryStatus();

  PortfolioResults* results_ = nullptr;
  QLabel* status_ = nullptr;
  QPushButton* import_ = nullptr;
  QPushButton* clear_ = nullptr;
  QPushButton* importMatrix_ = nullptr;
  std::size_t historyReturns_ = 0;  // of the last evaluation; 0 without a usable history
  bool historyGiven_ = false;
  std::optional<double> shrinkage_;  // Ledoit–Wolf's δ*, when the covariance is shrunk
};

}  // namespace valor::ui
