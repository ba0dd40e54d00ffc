#pragma once
// The Monte Carlo page of a scenario's analytics: which inputs vary and how (saved in the
// scenario, so undoable and in the history), the seed and path count, a Run button that
// simulates on the analytics pool with progress, time left and Cancel, and the results:
// statistics, histogram with percentile lines, CDF, convergence of the mean and rank
// correlations. A result computed from inputs that have changed since is marked stale.
#include <QWidget>

#include <memory>
#include <optional>

#include "core/analytics/montecarlo.h"
#include "ui/analytics/retranslator.h"
#include "ui/document/document.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTableView;
class QTableWidget;

namespace valor::ui {

class AnalyticsChart;
class EntityListModel;
class JobRunner;

class MonteCarloPage : public QWidget {
  Q_OBJECT

 public:
  explicit MonteCarloPage(Document* document, QWidget* parent = nullptr);

  void run();
  JobRunner* runner() const { return runner_; }
  const std::optional<MonteCarloResult>& result() const { return result_; }
  bool resultIsStale() const;
  // The saved simulation settings differ from those the result was simulated with.
  bool settingsChangedSinceResult() const;
  QString lastMessage() const;
  // Adds `path` as a varying input with a normal distribution around its current value.
  QString addInput(const QString& path);
  // Shows the last result again, in the display unit now set.
  void redisplay();

 protected:
  void changeEvent(QEvent* event) override;

 private:
  // The unit of the chosen output ("rate" for an IRR), for the target and the statistics.
  QString outputUnit() const;
  const Entity* settingsEntity() const;
  std::vector<Op> settingsOps(Id& holder) const;  // creates the settings when absent
  void setSetting(const std::string& field, std::optional<Value> value, const LabelCode& label);
  void refreshSettings();
  void refreshInputChoices();
  void showResult();
  void showCancelled();
  void showMessage(const QString& text, bool problem);
  void addCorrelation();
  const Entity* selectedDiscreteInput() const;
  void refreshOutcomes();

  Document* document_;
  Retranslator tx_;
  JobRunner* runner_;
  std::optional<MonteCarloResult> result_;
  MonteCarloSettings resultSettings_;  // the settings the result was simulated with
  std::optional<PreparedMonteCarlo> prepared_;
  std::int64_t resultRevision_ = -1;

  QSpinBox* paths_;
  QLineEdit* seed_;
  QComboBox* output_;
  QLineEdit* target_;
  QCheckBox* repair_;
  QComboBox* inputChoice_;
  EntityListModel* inputs_;
  EntityListModel* correlations_;
  EntityListModel* outcomes_;
  QWidget* outcomesBox_;
  QLabel* outcomesTitle_;
  QTableView* inputsView_;
  QTableView* correlationsView_;
  QPushButton* runButton_;
  QPushButton* cancelButton_;
  QProgressBar* progress_;
  QLabel* message_;
  QTableWidget* statistics_;
  AnalyticsChart* histogram_;
  AnalyticsChart* cdf_;
  AnalyticsChart* convergence_;
  AnalyticsChart* drivers_;
};

}  // namespace valor::ui
