#pragma once
// The Forecast page of a scenario: trend, exponential smoothing and ARIMA fitted to one of its
// actuals lines or ratios (or to a series pasted in), off the GUI thread with progress and
// Cancel; the forecasts with their 80 % and 95 % intervals as a fan chart, each model's fit and
// backtest in a table, the chosen model's parameters and residual autocorrelations; and "Use as
// drivers", which writes the chosen forecast path into the driver it informs as one undoable
// change (core/analytics/forecast/scenarioforecast.h).
#include <QWidget>

#include <optional>
#include <vector>

#include "core/analytics/forecast/accuracy.h"
#include "core/analytics/forecast/forecastjson.h"
#include "ui/analytics/retranslator.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace valor::ui {

class AnalyticsChart;
class Document;
class FanChart;
class JobRunner;

class ForecastPanel : public QWidget {
  Q_OBJECT

 public:
  explicit ForecastPanel(Document* document, QWidget* parent = nullptr);

  // The actions behind the buttons, for the menus and tests.
  void run();
  QString useAsDrivers();  // the refusal, or "" when the drivers were set
  // Forecasts `text` ("period,value" rows) instead of the scenario's lines; the error, or "".
  QString usePastedSeries(const QString& text);

  // Selects the series by its key ("revenue", "ebit_margin"); false if the scenario lacks it.
  bool chooseSeries(const QString& key);
  void setModelChosen(const QString& key, bool chosen);
  void setHorizon(int periods);
  void setBacktestOrigins(int origins);
  void choosePath(int index);  // 0: the point forecast, then the 10th … 90th percentile
  void selectModel(int row);

  JobRunner* runner() const { return runner_; }
  QTableWidget* modelTable() const { return table_; }
  FanChart* chart() const { return chart_; }
  AnalyticsChart* residualChart() const { return acfChart_; }
  QPushButton* useButton() const { return use_; }
  QString message() const;
  QString details() const;
  // The fitted runs of the last result, in table order (empty before the first run).
  const std::vector<forecast::ModelRun>& runs() const;

 protected:
  void changeEvent(QEvent* event) override;

 private:
  struct Result {
    forecast::Series series;
    QString caption;  // as the series box named it when the forecast ran
    bool fromScenario = true;
    std::int64_t revision = 0;
    std::vector<forecast::ModelRun> runs;
    std::vector<std::optional<forecast::ModelBacktest>> backtests;  // per run, when asked
  };

  void refreshSeries();
  void refreshUse();
  void showResult();
  void showModel(int row);
  void showDetails(const forecast::ModelRun& selected);
  void showResiduals(const forecast::Fit& fit, const QString& caption);
  void showMessage(const QString& text, bool problem);
  std::optional<forecast::Series> chosenSeries(QString& why) const;
  bool resultIsStale() const;

  Document* document_;
  JobRunner* runner_;
  Retranslator tx_;
  QComboBox* series_;
  QPushButton* paste_;
  std::vector<std::pair<QString, QCheckBox*>> models_;
  QSpinBox* horizon_;
  QSpinBox* origins_;
  QSpinBox* stepsAhead_;
  QPushButton* run_;
  QPushButton* cancel_;
  QProgressBar* progress_;
  QLabel* message_;
  FanChart* chart_;
  AnalyticsChart* acfChart_;
  QTableWidget* table_;
  QLabel* details_;
  QComboBox* path_;
  QPushButton* use_;
  QLabel* useNote_;
  std::optional<forecast::Series> pasted_;
  std::optional<Result> result_;
};

}  // namespace valor::ui
