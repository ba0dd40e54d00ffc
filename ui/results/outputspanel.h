#pragma once
// The results of any model kind, as its evaluation names them: the key figures (named outputs,
// captioned by the kind's presentation table, formatted by unit in the user's locale) and each
// named table with a column per year. A scenario that cannot be valued shows why, never stale
// or placeholder figures.
#include <QWidget>

#include <vector>

#include "core/model/document.h"
#include "ui/models/presentation.h"

class QLabel;
class QTableWidget;
class QVBoxLayout;

namespace valor {
class Evaluation;
}

namespace valor::ui {

class OutputsPanel : public QWidget {
  Q_OBJECT

 public:
  explicit OutputsPanel(const ModelPresentation& presentation, QWidget* parent = nullptr);

  void showEvaluation(const ScenarioDocument& doc, const Evaluation& evaluation);
  void setDecimals(int decimals) { decimals_ = decimals; }
  bool showsResult() const { return showsResult_; }
  QTableWidget* keyFigures() const { return keyFigures_; }
  // A kind's own results (sources and uses, charts) between the key figures and the tables.
  void addSection(QWidget* section);

 private:
  QTableWidget* tableFor(std::size_t index);

  const ModelPresentation& presentation_;
  QLabel* status_;
  QTableWidget* keyFigures_;
  QVBoxLayout* sectionsLayout_;
  QVBoxLayout* tablesLayout_;
  std::vector<std::pair<QLabel*, QTableWidget*>> tables_;
  int decimals_ = 2;
  bool showsResult_ = false;
};

}  // namespace valor::ui
