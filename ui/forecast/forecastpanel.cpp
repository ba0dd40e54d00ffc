#include "ui/forecast/forecastpanel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QShortcut>
#include <QSpinBox>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

#include "core/analytics/forecast/scenarioforecast.h"
#include "core/analytics/forecast/seriestext.h"
#include "core/models/registry.h"
#include "ui/actuals/actualsmodel.h"
#include "ui/analytics/analyticschart.h"
#include "ui/common/problemcolour.h"
#include "ui/document/document.h"
#include "ui/forecast/fanchart.h"
#include "ui/jobs/jobrunner.h"
#include "ui/models/presentation.h"

namespace valor::ui {
namespace {

using namespace valor::forecast;

// The model families offered, by the key the engine reads.
struct ModelChoice {
  const char* key;
  const char* caption;
};
const ModelChoice kModels[] = {
    {"ets", QT_TRANSLATE_NOOP("valor::ui::ForecastPanel", "Exponential smoothing (ETS)")},
    {"arima", QT_TRANSLATE_NOOP("valor::ui::ForecastPanel", "ARIMA")},
    {"trend", QT_TRANSLATE_NOOP("valor::ui::ForecastPanel", "Linear trend")},
    {"logtrend", QT_TRANSLATE_NOOP("valor::ui::ForecastPanel", "Log-linear trend")},
    {"naive", QT_TRANSLATE_NOOP("valor::ui::ForecastPanel", "Naive (last value)")},
    {"snaive", QT_TRANSLATE_NOOP("valor::ui::ForecastPanel", "Seasonal naive")},
};

const double kPercentiles[] = {0.1, 0.25, 0.5, 0.75, 0.9};

enum Column {
  ModelColumn,
  AiccColumn,
  InSampleColumn,
  BacktestMaseColumn,
  BacktestMapeColumn,
  ColumnCount
};

QString measure(const std::optional<double>& value, int decimals, const QString& suffix = {}) {
  return value ? QLocale().toString(*value, 'f', decimals) + suffix : QStringLiteral("—");
}

// A model's name as the analyst reads it: the families in words of the current language, ETS
// and ARIMA by their standard notation ("ETS(A,Ad,N)", "ARIMA(1,1,1) with drift").
QString modelCaption(const ModelSpec& spec, const std::string& fitted) {
  switch (spec.family) {
    case Family::Naive:
      return ForecastPanel::tr("Naive");
    case Family::SeasonalNaive:
      return ForecastPanel::tr("Seasonal naive");
    case Family::LinearTrend:
      return ForecastPanel::tr("Linear trend");
    case Family::LogTrend:
      return ForecastPanel::tr("Log-linear trend");
    case Family::Ets:
      break;
    case Family::Arima:
      if (spec.order.mean) {
        const std::string order = fitted.substr(0, fitted.find(' '));
        return (spec.order.d + spec.order.D == 0 ? ForecastPanel::tr("%1 with mean")
                                                 : ForecastPanel::tr("%1 with drift"))
            .arg(QString::fromStdString(order));
      }
      break;
  }
  return QString::fromStdString(fitted);
}

QString captionOf(const ModelRun& run) {
  return run.result ? modelCaption(run.result.value().fit.spec, run.result.value().fit.name)
                    : modelCaption(run.spec, modelName(run.spec));
}

// A parameter's name: the Greek letters of the smoothing equations, the others in words.
QString parameterCaption(const std::string& name) {
  if (name == "alpha") return QStringLiteral("α");
  if (name == "beta") return QStringLiteral("β");
  if (name == "gamma") return QStringLiteral("γ");
  if (name == "phi") return QStringLiteral("φ");
  if (name == "intercept") return ForecastPanel::tr("intercept");
  if (name == "slope") return ForecastPanel::tr("slope");
  if (name == "mean") return ForecastPanel::tr("mean");
  if (name == "drift") return ForecastPanel::tr("drift");
  if (name == "initial_level") return ForecastPanel::tr("initial level");
  if (name == "initial_trend") return ForecastPanel::tr("initial trend");
  return QString::fromStdString(name);  // ar1, ma1, sar1, sma1: the standard notation
}

}  // namespace

ForecastPanel::ForecastPanel(Document* document, QWidget* parent)
    : QWidget(parent), document_(document), runner_(new JobRunner(this)) {
  series_ = new QComboBox(this);
  series_->setObjectName(QStringLiteral("forecastSeries"));
  paste_ = new QPushButton(this);
  tx_.add([this] {
    paste_->setText(tr("&Paste Series…"));
    paste_->setToolTip(
        tr("Forecast a series pasted from a spreadsheet: one row per period "
           "(2019, 2019Q3 or 2019-07) and its value"));
    series_->setAccessibleName(tr("Series to forecast"));
  });
  auto* seriesLabel = translatedLabel(tx_, series_, [] { return tr("Ser&ies:"); });

  auto* modelsBox = new QWidget(this);
  auto* modelsLayout = new QHBoxLayout(modelsBox);
  modelsLayout->setContentsMargins(0, 0, 0, 0);
  for (const ModelChoice& choice : kModels) {
    auto* box = new QCheckBox(modelsBox);
    box->setObjectName(QStringLiteral("model_") + QLatin1String(choice.key));
    box->setChecked(std::string_view(choice.key) != "snaive");
    tx_.add([box, caption = choice.caption] {
      box->setText(QCoreApplication::translate("valor::ui::ForecastPanel", caption));
    });
    modelsLayout->addWidget(box);
    models_.emplace_back(QLatin1String(choice.key), box);
  }
  modelsLayout->addStretch(1);

  horizon_ = new QSpinBox(this);
  horizon_->setRange(1, 240);
  horizon_->setValue(10);
  origins_ = new QSpinBox(this);
  origins_->setRange(0, 60);
  origins_->setValue(4);
  tx_.add([this] {
    horizon_->setToolTip(tr("Periods to forecast after the last value"));
    origins_->setToolTip(
        tr("Backtest: each of the last n values is forecast from the values "
           "before it, as the model would have been fitted then (0: none)"));
    origins_->setSpecialValueText(tr("none"));
  });
  auto* horizonLabel = translatedLabel(tx_, horizon_, [] { return tr("Hori&zon:"); });
  auto* originsLabel = translatedLabel(tx_, origins_, [] { return tr("&Backtest origins:"); });
  stepsAhead_ = new QSpinBox(this);
  stepsAhead_->setRange(1, 60);
  stepsAhead_->setValue(1);
  tx_.add([this] {
    stepsAhead_->setToolTip(
        tr("Backtest: forecast up to this many periods ahead from each "
           "origin; the errors are over every step"));
  });
  auto* stepsLabel = translatedLabel(tx_, stepsAhead_, [] { return tr("Steps ahea&d:"); });

  run_ = new QPushButton(this);
  run_->setObjectName(QStringLiteral("forecastRun"));
  cancel_ = new QPushButton(this);
  cancel_->setEnabled(false);
  progress_ = new QProgressBar(this);
  progress_->setRange(0, 1000);
  progress_->setFormat(QString());
  tx_.add([this] {
    run_->setText(tr("&Run"));
    run_->setToolTip(tr("Fit the chosen models and forecast (F5)"));
    cancel_->setText(tr("Cancel"));
    progress_->setAccessibleName(tr("Forecast progress"));
  });
  auto* runShortcut = new QShortcut(QKeySequence(Qt::Key_F5), this);
  runShortcut->setContext(Qt::WidgetWithChildrenShortcut);
  connect(runShortcut, &QShortcut::activated, this, [this] {
    if (run_->isEnabled()) run();
  });
  message_ = new QLabel(this);
  message_->setWordWrap(true);
  message_->setTextInteractionFlags(Qt::TextSelectableByMouse);

  auto* controls = new QGridLayout;
  controls->addWidget(seriesLabel, 0, 0);
  auto* seriesRow = new QHBoxLayout;
  seriesRow->addWidget(series_, 1);
  seriesRow->addWidget(paste_);
  controls->addLayout(seriesRow, 0, 1, 1, 7);
  auto* modelsLabel = new QLabel(this);
  tx_.add([modelsLabel] { modelsLabel->setText(tr("Models:")); });
  controls->addWidget(modelsLabel, 1, 0);
  controls->addWidget(modelsBox, 1, 1, 1, 7);
  controls->addWidget(horizonLabel, 2, 0);
  controls->addWidget(horizon_, 2, 1);
  controls->addWidget(originsLabel, 2, 2);
  controls->addWidget(origins_, 2, 3);
  controls->addWidget(stepsLabel, 2, 4);
  controls->addWidget(stepsAhead_, 2, 5);
  auto* runRow = new QHBoxLayout;
  runRow->addWidget(run_);
  runRow->addWidget(cancel_);
  runRow->addWidget(progress_, 1);
  controls->addLayout(runRow, 2, 6, 1, 2);
  controls->setColumnStretch(7, 1);

  chart_ = new FanChart(this);
  chart_->setObjectName(QStringLiteral("forecastChart"));
  chart_->setMinimumHeight(260);
  acfChart_ = new AnalyticsChart(this);
  acfChart_->setObjectName(QStringLiteral("residualAcfChart"));
  acfChart_->setMinimumHeight(180);

  table_ = new QTableWidget(0, ColumnCount, this);
  table_->setObjectName(QStringLiteral("forecastModels"));
  table_->setSelectionBehavior(QAbstractItemView::SelectRows);
  table_->setSelectionMode(QAbstractItemView::SingleSelection);
  table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
  table_->verticalHeader()->hide();
  table_->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
  table_->horizontalHeader()->setStretchLastSection(true);
  tx_.add([this] {
    table_->setHorizontalHeaderLabels(
        {tr("Model"), tr("AICc"), tr("MASE fit"), tr("MASE test"), tr("MAPE test")});
    table_->setAccessibleName(tr("Forecast models"));
    table_->horizontalHeaderItem(AiccColumn)
        ->setToolTip(tr("Akaike's information criterion, corrected: the lower the better, between "
                        "fits of the same values — an ARIMA with differences describes the "
                        "differenced values, so compare it only with ARIMAs like it"));
    table_->horizontalHeaderItem(InSampleColumn)
        ->setToolTip(tr("Mean absolute scaled error of the one-step fits: below 1 beats the "
                        "naive forecast of the same values"));
    table_->horizontalHeaderItem(BacktestMaseColumn)
        ->setToolTip(tr("Mean absolute scaled error over every backtest forecast: the lowest "
                        "forecast the past best"));
    table_->horizontalHeaderItem(BacktestMapeColumn)
        ->setToolTip(tr("Mean absolute percentage error over every backtest forecast"));
  });
  connect(table_, &QTableWidget::currentCellChanged, this, [this](int row) { showModel(row); });
  details_ = new QLabel(this);
  details_->setWordWrap(true);
  details_->setTextInteractionFlags(Qt::TextSelectableByMouse);
  details_->setAlignment(Qt::AlignTop | Qt::AlignLeft);

  path_ = new QComboBox(this);
  use_ = new QPushButton(this);
  use_->setObjectName(QStringLiteral("forecastUse"));
  useNote_ = new QLabel(this);
  useNote_->setWordWrap(true);
  tx_.add([this] {
    const int index = std::max(path_->currentIndex(), 0);
    path_->clear();
    path_->addItem(tr("Point forecast"));
    for (double p : kPercentiles)
      path_->addItem(tr("%1th percentile").arg(QLocale().toString(p * 100, 'f', 0)));
    path_->setCurrentIndex(index);
    path_->setAccessibleName(tr("Forecast path"));
    use_->setText(tr("&Use as Drivers"));
    use_->setToolTip(
        tr("Write the chosen model's forecast into the driver it informs, over the "
           "projection years: one change you can undo"));
  });
  auto* pathLabel = translatedLabel(tx_, path_, [] { return tr("Fore&cast path:"); });
  auto* useRow = new QHBoxLayout;
  useRow->addWidget(pathLabel);
  useRow->addWidget(path_);
  useRow->addWidget(use_);
  useRow->addWidget(useNote_, 1);

  auto* right = new QWidget(this);
  auto* rightLayout = new QVBoxLayout(right);
  rightLayout->setContentsMargins(0, 0, 0, 0);
  rightLayout->addWidget(table_, 2);
  rightLayout->addWidget(details_, 1);
  rightLayout->addWidget(acfChart_, 2);
  auto* split = new QSplitter(Qt::Horizontal, this);
  split->addWidget(chart_);
  split->addWidget(right);
  split->setStretchFactor(0, 3);
  split->setStretchFactor(1, 2);
  split->setSizes({560, 480});

  auto* layout = new QVBoxLayout(this);
  layout->addLayout(controls);
  layout->addWidget(message_);
  layout->addWidget(split, 1);
  layout->addLayout(useRow);

  setTabOrder(series_, paste_);
  QWidget* previous = paste_;
  for (const auto& model : models_) {
    setTabOrder(previous, model.second);
    previous = model.second;
  }
  for (QWidget* next : std::initializer_list<QWidget*>{horizon_, origins_, stepsAhead_, run_,
                                                       cancel_, table_, path_, use_}) {
    setTabOrder(previous, next);
    previous = next;
  }

  connect(paste_, &QPushButton::clicked, this, [this] {
    bool ok = false;
    const QString text = QInputDialog::getMultiLineText(
        this, tr("Paste Series"),
        tr("One row per period and its value, as copied from a spreadsheet:\n"
           "2019,1204.5 — or quarters (2019Q3) or months (2019-07)"),
        QString(), &ok);
    if (ok) {
      const QString error = usePastedSeries(text);
      if (!error.isEmpty()) showMessage(error, true);
    }
  });
  connect(series_, &QComboBox::currentIndexChanged, this, [this] {
    // A scenario line's forecast reaches the projection's last year, as its drivers need.
    QString why;
    if (const std::optional<Series> series = chosenSeries(why);
        series && !series_->currentData().toString().isEmpty())
      if (const std::optional<int> periods = horizonToProjectionEnd(document_->scenario(), *series))
        horizon_->setValue(*periods);
    refreshUse();
  });
  connect(run_, &QPushButton::clicked, this, &ForecastPanel::run);
  connect(cancel_, &QPushButton::clicked, runner_, &JobRunner::cancel);
  connect(use_, &QPushButton::clicked, this, [this] {
    const QString error = useAsDrivers();
    if (!error.isEmpty()) showMessage(error, true);
  });
  connect(path_, &QComboBox::currentIndexChanged, this, [this] { refreshUse(); });
  connect(runner_, &JobRunner::progressed, this, [this](double fraction, double) {
    progress_->setValue(static_cast<int>(fraction * 1000));
    progress_->setFormat(tr("%1 %").arg(static_cast<int>(fraction * 100)));
  });
  connect(runner_, &JobRunner::failed, this, [this](const QString& message) {
    showMessage(tr("The forecast stopped: %1").arg(message), true);
  });
  connect(runner_, &JobRunner::cancelled, this, [this] {
    showMessage(result_ ? tr("Cancelled: the previous forecast is still shown.")
                        : tr("Cancelled: nothing was changed."),
                false);
    progress_->setValue(0);
    progress_->setFormat(QString());
  });
  connect(runner_, &JobRunner::finished, this, [this] {
    run_->setEnabled(true);
    cancel_->setEnabled(false);
  });
  connect(document_, &Document::changed, this, [this] {
    refreshSeries();
    if (resultIsStale())
      showMessage(tr("The actuals of %1 have changed since the forecast: run it again.")
                      .arg(result_->caption),
                  true);
    refreshUse();
  });
  refreshSeries();
  refreshUse();
}

void ForecastPanel::changeEvent(QEvent* event) {
  if (event->type() == QEvent::LanguageChange) {
    tx_.retranslate();
    refreshSeries();
    const int row = table_->currentRow();
    if (result_) showResult();
    if (row >= 0) selectModel(row);
    refreshUse();
  }
  QWidget::changeEvent(event);
}

void ForecastPanel::refreshSeries() {
  const QString chosen = series_->currentData().toString();
  QSignalBlocker block(series_);
  series_->clear();
  for (const ScenarioLine& line : scenarioLines(document_->scenario())) {
    const QString caption = line.ratio ? ratioCaption(line.key) : actualsLineCaption(line.key);
    series_->addItem(tr("%1 (%2–%3)")
                         .arg(caption)
                         .arg(line.values.begin()->first)
                         .arg(line.values.rbegin()->first),
                     QString::fromStdString(line.key));
  }
  if (pasted_)
    series_->addItem(
        tr("Pasted series (%1–%2)")
            .arg(QString::fromStdString(pasted_->periodLabel(0)),
                 QString::fromStdString(pasted_->periodLabel(pasted_->values.size() - 1))),
        QString());
  const int index = series_->findData(chosen);
  series_->setCurrentIndex(index >= 0 ? index : 0);
  if (series_->count() == 0)
    showMessage(tr("The scenario has no actuals yet: import a statement or fetch them on the "
                   "Actuals page, or paste a series."),
                false);
}

bool ForecastPanel::chooseSeries(const QString& key) {
  const int index = series_->findData(key);
  if (index < 0) return false;
  series_->setCurrentIndex(index);
  return true;
}

void ForecastPanel::setModelChosen(const QString& key, bool chosen) {
  for (auto& [modelKey, box] : models_)
    if (modelKey == key) box->setChecked(chosen);
}

void ForecastPanel::setHorizon(int periods) {
  horizon_->setValue(periods);
}

void ForecastPanel::setBacktestOrigins(int origins) {
  origins_->setValue(origins);
}

void ForecastPanel::choosePath(int index) {
  path_->setCurrentIndex(index);
}

void ForecastPanel::selectModel(int row) {
  table_->setCurrentCell(row, ModelColumn);
}

QString ForecastPanel::message() const {
  return message_->text();
}

QString ForecastPanel::details() const {
  return details_->text();
}

const std::vector<ModelRun>& ForecastPanel::runs() const {
  static const std::vector<ModelRun> none;
  return result_ ? result_->runs : none;
}

void ForecastPanel::showMessage(const QString& text, bool problem) {
  message_->setText(text);
  showAsProblem(message_, problem);
}

QString ForecastPanel::usePastedSeries(const QString& text) {
  auto parsed = parseSeriesText(text.toStdString(), "the pasted series");
  if (!parsed) return QString::fromStdString(parsed.error().message);
  pasted_ = std::move(parsed).value();
  refreshSeries();
  series_->setCurrentIndex(series_->count() - 1);
  showMessage(tr("%n value(s) pasted; choose the models and run.", "",
                 static_cast<int>(pasted_->values.size())),
              false);
  return {};
}

std::optional<Series> ForecastPanel::chosenSeries(QString& why) const {
  if (series_->currentIndex() < 0) {
    why = tr("There is no series to forecast.");
    return std::nullopt;
  }
  const QString key = series_->currentData().toString();
  if (key.isEmpty() && pasted_) return pasted_;
  auto series = scenarioSeries(document_->scenario(), key.toStdString());
  if (!series) {
    why = QString::fromStdString(series.error().message);
    return std::nullopt;
  }
  return std::move(series).value();
}

void ForecastPanel::run() {
  QString why;
  std::optional<Series> series = chosenSeries(why);
  if (!series) {
    showMessage(why, true);
    return;
  }
  std::vector<ModelSpec> specs;
  for (const auto& [key, box] : models_) {
    if (!box->isChecked()) continue;
    if (key == QLatin1String("snaive") && series->seasonPeriod() == 1) continue;
    specs.push_back(parseModelSpec(key.toStdString()).value());
  }
  if (specs.empty()) {
    showMessage(tr("Choose at least one model."), true);
    return;
  }
  ForecastOptions options;
  options.horizon = horizon_->value();
  BacktestOptions backtestOptions{origins_->value(), stepsAhead_->value(), {}};
  const bool fromScenario = !series_->currentData().toString().isEmpty();
  const std::int64_t revision = document_->revision();
  run_->setEnabled(false);
  cancel_->setEnabled(true);
  showMessage(tr("Fitting %n model(s)…", "", static_cast<int>(specs.size())), false);
  const QString caption = series_->currentText();
  runner_->start([this, series = *series, specs, options, backtestOptions, fromScenario, revision,
                  caption](std::stop_token stop, jobs::Progress& progress) mutable {
    options.stop = stop;
    backtestOptions.stop = stop;
    const int origins = backtestOptions.origins;
    Result result{series, caption, fromScenario, revision, {}, {}};
    progress.total = specs.size() * (origins > 0 ? 2 : 1);
    for (const ModelSpec& spec : specs) {
      if (stop.stop_requested()) return std::function<void()>([] {});
      result.runs.push_back({spec, forecastWith(series, spec, options)});
      ++progress.done;
      if (origins > 0) {
        auto tested = backtest(series, {spec}, backtestOptions);
        if (tested)
          result.backtests.emplace_back(tested.value().models.front());
        else
          result.backtests.emplace_back(
              ModelBacktest{modelKey(spec), modelName(spec), tested.error().message, {}, {}});
        ++progress.done;
      } else {
        result.backtests.emplace_back(std::nullopt);
      }
    }
    if (stop.stop_requested()) return std::function<void()>([] {});
    return std::function<void()>([this, result = std::move(result)]() mutable {
      result_ = std::move(result);
      showResult();
    });
  });
}

void ForecastPanel::showResult() {
  const Result& r = *result_;
  progress_->setValue(1000);
  progress_->setFormat(tr("Done"));
  table_->setRowCount(static_cast<int>(r.runs.size()));
  std::optional<double> bestBacktest;
  for (const auto& tested : r.backtests)
    if (tested && tested->failure.empty() && tested->allSteps.mase &&
        (!bestBacktest || *tested->allSteps.mase < *bestBacktest))
      bestBacktest = tested->allSteps.mase;
  int fitted = 0;
  for (std::size_t i = 0; i < r.runs.size(); ++i) {
    const ModelRun& run = r.runs[i];
    const int row = static_cast<int>(i);
    auto set = [&](int column, const QString& text) {
      auto* item = new QTableWidgetItem(text);
      if (column != ModelColumn) item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
      table_->setItem(row, column, item);
      return item;
    };
    // A model that could not be fitted, or whose search stopped short, is marked ⚠ and says
    // why in its tooltip and under the table.
    if (!run.result) {
      set(ModelColumn, captionOf(run) + QStringLiteral(" ⚠"))
          ->setToolTip(QString::fromStdString(run.result.error().message));
      for (int c = AiccColumn; c < ColumnCount; ++c) set(c, QStringLiteral("—"));
      continue;
    }
    ++fitted;
    const Fit& fit = run.result.value().fit;
    QTableWidgetItem* name =
        set(ModelColumn, captionOf(run) + (fit.converged ? QString() : QStringLiteral(" ⚠")));
    if (!fit.converged) name->setToolTip(QString::fromStdString(fit.convergence));
    set(AiccColumn, measure(fit.aicc, 1));
    set(InSampleColumn, measure(inSampleAccuracy(r.series, fit).mase, 2));
    const auto& tested = r.backtests[i];
    if (tested && tested->failure.empty()) {
      QTableWidgetItem* mase = set(BacktestMaseColumn, measure(tested->allSteps.mase, 2));
      if (bestBacktest && tested->allSteps.mase == bestBacktest) {
        QFont bold = mase->font();
        bold.setBold(true);
        mase->setFont(bold);
        mase->setToolTip(tr("The lowest backtest error"));
      }
      set(BacktestMapeColumn, measure(tested->allSteps.mape, 1, tr(" %")));
    } else {
      set(BacktestMaseColumn, QStringLiteral("—"))
          ->setToolTip(tested ? QString::fromStdString(tested->failure) : QString());
      set(BacktestMapeColumn, QStringLiteral("—"));
    }
  }
  const QString stale =
      resultIsStale() ? tr(" The actuals have changed since: run again to use them.") : QString();
  showMessage(tr("%1 of %2 models fitted to %3 values.")
                      .arg(fitted)
                      .arg(r.runs.size())
                      .arg(r.series.values.size()) +
                  stale,
              fitted < static_cast<int>(r.runs.size()) || !stale.isEmpty());
  // The model that forecast the past best, else the first that was fitted.
  int chosen = -1;
  for (std::size_t i = 0; i < r.runs.size(); ++i) {
    const bool best = r.backtests[i] && r.backtests[i]->allSteps.mase &&
                      r.backtests[i]->allSteps.mase == bestBacktest;
    if (r.runs[i].result && (best || chosen < 0)) chosen = static_cast<int>(i);
    if (r.runs[i].result && best) break;
  }
  chosen = std::max(chosen, 0);
  table_->setCurrentCell(chosen, ModelColumn);
  showModel(chosen);
  refreshUse();
}

void ForecastPanel::showModel(int row) {
  if (!result_ || row < 0 || row >= static_cast<int>(result_->runs.size())) return;
  const Result& r = *result_;
  const ModelRun& selected = r.runs[static_cast<std::size_t>(row)];
  const QString chosenName = captionOf(selected);
  // The table is the chart's legend: each model's row carries its line's colour.
  const std::vector<std::optional<QColor>> colours = chart_->showForecasts(
      r.series, r.runs, static_cast<std::size_t>(row),
      tr("%1: forecasts, with the intervals of %2").arg(r.caption, chosenName));
  for (std::size_t m = 0; m < colours.size(); ++m)
    if (QTableWidgetItem* item = table_->item(static_cast<int>(m), ModelColumn))
      item->setData(Qt::DecorationRole, colours[m] ? QVariant(*colours[m]) : QVariant());
  showDetails(selected);
}

// The chosen model's parameters, likelihood, convergence and notes.
void ForecastPanel::showDetails(const ModelRun& selected) {
  const QLocale locale;
  if (!selected.result) {
    details_->setText(QString::fromStdString(selected.result.error().message));
    acfChart_->clear();
    return;
  }
  const Fit& fit = selected.result.value().fit;
  QStringList parameters;
  for (const Parameter& p : fit.parameters) {
    if (p.name.rfind("initial_season", 0) == 0) continue;
    QString text =
        QStringLiteral("%1 = %2").arg(parameterCaption(p.name), locale.toString(p.value, 'g', 5));
    if (p.standardError)
      text += QStringLiteral(" (± %1)").arg(locale.toString(*p.standardError, 'g', 3));
    parameters << text;
  }
  QString text = tr("%1 — %2").arg(captionOf(selected), parameters.join(QStringLiteral(", ")));
  if (fit.logLikelihood)
    text += QStringLiteral("\n") + tr("Log-likelihood %1; σ² %2.")
                                       .arg(locale.toString(*fit.logLikelihood, 'f', 3),
                                            locale.toString(fit.sigma2, 'g', 4));
  if (fit.evaluations > 0)
    text += QStringLiteral(" ") +
            tr("Maximum likelihood: %1 after %n evaluation(s).", "", fit.evaluations)
                .arg(QString::fromStdString(fit.convergence));
  for (const std::string& note : fit.notes)
    text += QStringLiteral("\n") + QString::fromStdString(note);
  if (selected.result.value().simulatedIntervals)
    text += QStringLiteral("\n") + tr("Intervals simulated (seeded, the same on every run).");
  details_->setText(text);
  showResiduals(fit, captionOf(selected));
}

void ForecastPanel::showResiduals(const Fit& fit, const QString& caption) {
  const Series& s = result_->series;
  const std::vector<double> acf = residualAutocorrelations(s, fit, diagnosticLags(s, fit));
  auto* stems = new QLineSeries;
  stems->setName(tr("Residual autocorrelation"));
  for (std::size_t k = 0; k < acf.size(); ++k) {
    const double lag = static_cast<double>(k + 1);
    stems->append(lag, 0);
    stems->append(lag, acf[k]);
    stems->append(lag, 0);
  }
  const double band = 1.96 / std::sqrt(static_cast<double>(fit.fitted.size()));
  auto* upperBand = new QLineSeries;
  auto* lowerBand = new QLineSeries;
  upperBand->setName(tr("±1.96/√n"));
  for (QLineSeries* b : {upperBand, lowerBand}) {
    const double level = b == upperBand ? band : -band;
    b->append(0.5, level);
    b->append(static_cast<double>(acf.size()) + 0.5, level);
    AnalyticsChart::markLine(b, AnalyticsChart::Mark::Tail);
  }
  acfChart_->setTitle(tr("Residual autocorrelations of %1").arg(caption));
  acfChart_->showSeries({stems, upperBand, lowerBand}, tr("Lag"), QString());
  lowerBand->chart()->legend()->markers(lowerBand).value(0)->setVisible(false);
  if (auto* y = acfChart_->valueAxis()) y->setRange(-1, 1);
  if (auto* x = qobject_cast<QValueAxis*>(acfChart_->chart()->axes(Qt::Horizontal).value(0))) {
    x->setRange(0.5, static_cast<double>(acf.size()) + 0.5);
    x->setTickType(QValueAxis::TicksDynamic);
    x->setTickAnchor(1);
    x->setTickInterval(acf.size() > 12 ? 2 : 1);
    x->setLabelFormat(QStringLiteral("%.0f"));
  }
}

// The series forecast has other values now (not just any edit of the scenario).
bool ForecastPanel::resultIsStale() const {
  if (!result_ || !result_->fromScenario || result_->revision == document_->revision())
    return false;
  const auto now = scenarioSeries(document_->scenario(), result_->series.name);
  return !now || now.value().values != result_->series.values ||
         now.value().firstYear != result_->series.firstYear;
}

void ForecastPanel::refreshUse() {
  QString why;
  const int row = table_->currentRow();
  if (!result_) {
    why = tr("Run a forecast first.");
  } else if (!result_->fromScenario) {
    why = tr("A pasted series informs no driver of the scenario.");
  } else if (resultIsStale()) {
    why = tr("The actuals have changed since the forecast: run it again.");
  } else if (row < 0 || row >= static_cast<int>(result_->runs.size()) ||
             !result_->runs[static_cast<std::size_t>(row)].result) {
    why = tr("Choose a fitted model in the table.");
  } else {
    const std::string key = result_->series.name;
    bool driver = false;
    for (const ScenarioLine& line : scenarioLines(document_->scenario()))
      if (line.key == key) driver = !line.driver.empty();
    if (!driver)
      why = tr("No driver of this model takes %1: forecast revenue (for revenue growth) or a "
               "ratio that is a driver.")
                .arg(result_->caption);
  }
  use_->setEnabled(why.isEmpty());
  path_->setEnabled(why.isEmpty());
  useNote_->setText(why);
}

QString ForecastPanel::useAsDrivers() {
  refreshUse();
  if (!use_->isEnabled()) return useNote_->text();
  const ModelRun& run = result_->runs[static_cast<std::size_t>(table_->currentRow())];
  const int pathIndex = path_->currentIndex();
  const std::optional<double> percentile =
      pathIndex > 0 ? std::optional<double>(kPercentiles[pathIndex - 1]) : std::nullopt;
  auto drivers = driversFromForecast(document_->scenario(), result_->series.name, result_->series,
                                     run.result.value(), percentile);
  if (!drivers) return QString::fromStdString(drivers.error().message);
  if (drivers.value().ops.empty()) {
    showMessage(tr("The drivers already hold this forecast."), false);
    return {};
  }
  const QString error = document_->edit(drivers.value().ops, drivers.value().label);
  if (!error.isEmpty()) return error;
  const YearMap& values = drivers.value().values;
  const ScenarioDocument& doc = document_->scenario();
  const ModelPresentation* presentation = presentationOf(doc);
  const ModelKind* kind = modelKindOf(doc);
  const std::string path = (kind ? kind->id() + "." : std::string()) + drivers.value().driver;
  const std::optional<QString> caption =
      presentation ? presentation->captionOfPath(path) : std::nullopt;
  showMessage(tr("%1 for %2–%3 now comes from %4 (Edit ▸ Undo takes it back).")
                  .arg(caption.value_or(QString::fromStdString(drivers.value().driver)))
                  .arg(values.begin()->first)
                  .arg(values.rbegin()->first)
                  .arg(captionOf(run)),
              false);
  return {};
}

}  // namespace valor::ui
