#include "ui/analytics/montecarlopage.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLegend>
#include <QLegendMarker>
#include <QLineEdit>
#include <QLineSeries>
#include <QProgressBar>
#include <QPushButton>
#include <QShortcut>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QValueAxis>

#include <cmath>

#include "core/analytics/montecarlosettings.h"
#include "core/model/orderkey.h"
#include "core/model/schema.h"
#include "core/models/registry.h"
#include "ui/analytics/analyticschart.h"
#include "ui/analytics/choicedelegate.h"
#include "ui/analytics/entitylistmodel.h"
#include "ui/analytics/inputcaption.h"
#include "ui/analytics/settingsblock.h"
#include "ui/common/problemcolour.h"
#include "ui/editors/numberformat.h"
#include "ui/jobs/jobrunner.h"
#include "ui/models/changelabel.h"
#include "ui/results/moneydisplay.h"
#include "ui/results/tableactions.h"

namespace valor::ui {
namespace {

const char* const kDistributionCaptions[] = {
    QT_TRANSLATE_NOOP("valor::ui::MonteCarloPage", "Normal"),
    QT_TRANSLATE_NOOP("valor::ui::MonteCarloPage", "Lognormal"),
    QT_TRANSLATE_NOOP("valor::ui::MonteCarloPage", "Uniform"),
    QT_TRANSLATE_NOOP("valor::ui::MonteCarloPage", "Triangular"),
    QT_TRANSLATE_NOOP("valor::ui::MonteCarloPage", "PERT"),
    QT_TRANSLATE_NOOP("valor::ui::MonteCarloPage", "Discrete")};

}  // namespace

MonteCarloPage::MonteCarloPage(Document* document, QWidget* parent)
    : QWidget(parent), document_(document), runner_(new JobRunner(this)) {
  constexpr auto kText = EntityListModel::Kind::Text;
  constexpr auto kNumber = EntityListModel::Kind::Number;
  constexpr auto kPath = EntityListModel::Kind::InputPath;
  auto holder = [this] { return settingsEntity(); };
  inputs_ = new EntityListModel(
      document_, holder, "inputs", "stochastic_input",
      {{"field", QT_TRANSLATE_NOOP("valor::ui::EntityListModel", "Input"), kPath, {}, false},
       {"distribution", QT_TRANSLATE_NOOP("valor::ui::EntityListModel", "Distribution"), kText,
        [](const std::string& kind) {
          const auto k = distributionKindFromName(kind);
          return k ? tr(kDistributionCaptions[static_cast<std::size_t>(*k)])
                   : QString::fromStdString(kind);
        }},
       {"mean", QT_TRANSLATE_NOOP("valor::ui::EntityListModel", "Mean"), kNumber},
       {"sd", QT_TRANSLATE_NOOP("valor::ui::EntityListModel", "SD"), kNumber},
       {"min", QT_TRANSLATE_NOOP("valor::ui::EntityListModel", "Min"), kNumber},
       {"mode", QT_TRANSLATE_NOOP("valor::ui::EntityListModel", "Mode"), kNumber},
       {"max", QT_TRANSLATE_NOOP("valor::ui::EntityListModel", "Max"), kNumber}},
      this);
  // Choosing another distribution fills in the parameters it needs from those it had (a mean
  // and sd become min, mode and max two standard deviations out, and back), so the input keeps
  // describing the same belief and the run does not stop on a missing parameter.
  inputs_->setFollowUp([this](const Entity& input, const std::string& field, const Value& value) {
    std::vector<Op> ops;
    const std::string* kindName = std::get_if<std::string>(&value);
    const auto kind = kindName ? distributionKindFromName(*kindName) : std::nullopt;
    if (field != "distribution" || !kind) return ops;
    auto get = [&](const char* f) -> std::optional<double> {
      const double* v = input.number(f);
      return v ? std::optional<double>(*v) : std::nullopt;
    };
    const auto lo = get("min"), mode = get("mode"), hi = get("max");
    const double mean = get("mean").value_or(mode.value_or(lo && hi ? (*lo + *hi) / 2 : 0));
    const double sd = get("sd").value_or(lo && hi ? (*hi - *lo) / 4 : std::fabs(mean) * 0.1);
    auto fill = [&](const char* f, double v) {
      if (!input.number(f)) ops.push_back(setFieldOp(document_->scenario(), input.id, f, Value(v)));
    };
    switch (*kind) {
      case DistributionKind::Normal:
      case DistributionKind::Lognormal:
        fill("mean", mean);
        fill("sd", sd);
        break;
      case DistributionKind::Triangular:
      case DistributionKind::Pert:
        fill("mode", mean);
        [[fallthrough]];
      case DistributionKind::Uniform:
        fill("min", mean - 2 * sd);
        fill("max", mean + 2 * sd);
        break;
      case DistributionKind::Discrete:
        break;  // its outcomes are listed beside the table
    }
    return ops;
  });
  correlations_ = new EntityListModel(
      document_, holder, "correlations", "input_correlation",
      {{"first", QT_TRANSLATE_NOOP("valor::ui::EntityListModel", "First input"), kPath},
       {"second", QT_TRANSLATE_NOOP("valor::ui::EntityListModel", "Second input"), kPath},
       {"rho", QT_TRANSLATE_NOOP("valor::ui::EntityListModel", "Correlation"), kNumber}},
      this);

  // Settings.
  auto* settingsBox = new QWidget(this);
  auto* form = new QFormLayout(settingsBox);
  paths_ = new QSpinBox(settingsBox);
  paths_->setRange(1, static_cast<int>(kMaxMonteCarloPaths));
  paths_->setSingleStep(10000);
  paths_->setGroupSeparatorShown(true);
  seed_ = new QLineEdit(settingsBox);  // seeds go up to 2^53 − 1, beyond a spin box's int
  output_ = outputChoice(settingsBox, document_->scenario());
  tx_.add([this] { translateOutputChoice(output_, document_->scenario()); });
  target_ = new QLineEdit(settingsBox);
  tx_.add([=, this] { target_->setPlaceholderText(tr("e.g. the market price")); });
  form->addRow(translatedLabel(tx_, paths_, [] { return tr("&Paths"); }), paths_);
  form->addRow(translatedLabel(tx_, seed_, [] { return tr("S&eed"); }), seed_);
  form->addRow(translatedLabel(tx_, output_, [] { return tr("&Output"); }), output_);
  // No mnemonic: T and A belong to the Tornado and Analytics tabs.
  form->addRow(translatedLabel(tx_, target_, [] { return tr("Target"); }), target_);
  repair_ = new QCheckBox(settingsBox);
  tx_.add([this] {
    repair_->setText(tr("Repair inconsistent correlations"));
    repair_->setToolTip(
        tr("Off: a set of correlations that cannot hold together is an error "
           "naming the pair. On: the nearest valid correlation matrix is used instead."));
  });
  form->addRow(QString(), repair_);
  connect(repair_, &QCheckBox::toggled, this, [this](bool on) {
    setSetting("correlation_repair", Value(std::string(on ? "nearest" : "refuse")),
               labels::plain(PlainChange::SetCorrelationRepair));
  });
  tx_.add([=, this] { paths_->setAccessibleName(tr("Paths")); });
  tx_.add([=, this] { seed_->setAccessibleName(tr("Seed")); });
  tx_.add([=, this] { output_->setAccessibleName(tr("Output")); });
  tx_.add([=, this] { target_->setAccessibleName(tr("Target")); });
  connect(paths_, &QSpinBox::editingFinished, this, [this] {
    setSetting("paths", Value(static_cast<double>(paths_->value())),
               labels::plain(PlainChange::SetMonteCarloPaths));
  });
  connect(seed_, &QLineEdit::editingFinished, this, [this] {
    bool ok = false;
    const qulonglong seed = seed_->text().trimmed().toULongLong(&ok);
    if (!ok || seed > (qulonglong{1} << 53) - 1) {
      showMessage(tr("Seed: a whole number from 0 to 9,007,199,254,740,991, not “%1”.")
                      .arg(seed_->text().trimmed()),
                  true);
      refreshSettings();
      return;
    }
    setSetting("seed", Value(static_cast<double>(seed)),
               labels::plain(PlainChange::SetMonteCarloSeed));
  });
  connect(output_, qOverload<int>(&QComboBox::activated), this, [this](int i) {
    setSetting("output", Value(output_->itemData(i).toString().toStdString()),
               labels::plain(PlainChange::SetMonteCarloOutput));
  });
  connect(target_, &QLineEdit::editingFinished, this, [this] {
    const QString text = target_->text().trimmed();
    if (text.isEmpty()) {
      setSetting("target", std::nullopt, labels::plain(PlainChange::ClearMonteCarloTarget));
      return;
    }
    const ParsedNumber n = parseFieldValue(text, outputUnit());
    if (!n.value) {
      showMessage(tr("Target: %1").arg(n.error), true);
      return;
    }
    setSetting("target", Value(*n.value), labels::plain(PlainChange::SetMonteCarloTarget));
  });

  // Inputs and correlations.
  auto* inputsTitle = new QLabel(this);
  tx_.add([=, this] { inputsTitle->setText(tr("Inputs that vary")); });
  inputsView_ = new QTableView(this);
  inputsView_->setModel(inputs_);
  tx_.add([=, this] { inputsView_->setAccessibleName(tr("Inputs that vary")); });
  inputsView_->horizontalHeader()->setDefaultSectionSize(60);
  inputsView_->horizontalHeader()->setStretchLastSection(true);
  inputsView_->verticalHeader()->hide();
  inputsView_->setItemDelegateForColumn(
      1, new ChoiceDelegate(
             [] {
               std::vector<std::pair<QString, QString>> kinds;
               for (std::size_t k = 0; k < std::size(kDistributionCaptions); ++k)
                 kinds.emplace_back(
                     tr(kDistributionCaptions[k]),
                     QString::fromLatin1(distributionKindName(static_cast<DistributionKind>(k))));
               return kinds;
             },
             this));
  // The varying inputs, to pick the pair of a correlation from.
  auto* inputChoices = new ChoiceDelegate(
      [this] {
        std::vector<std::pair<QString, QString>> choices;
        for (int r = 0; r < inputs_->rowCount(); ++r)
          if (const std::string* path = inputs_->member(r)->text("field"))
            choices.emplace_back(InputCaption::of(*path), QString::fromStdString(*path));
        return choices;
      },
      this);
  inputChoice_ = new QComboBox(this);
  tx_.add([=, this] { inputChoice_->setAccessibleName(tr("Input to add")); });
  auto* addInputButton = new QPushButton(this);
  tx_.add([=, this] { addInputButton->setText(tr("Add &Input")); });
  auto* removeInput = new QPushButton(this);
  tx_.add([=, this] { removeInput->setText(tr("Remove Input")); });
  connect(addInputButton, &QPushButton::clicked, this,
          [this] { addInput(QString::fromStdString(chosenPath(inputChoice_))); });
  connect(removeInput, &QPushButton::clicked, this, [this] {
    const Entity* input = inputs_->member(inputsView_->currentIndex().row());
    if (!input) return;
    // The correlations of the input go with it: they would name an input that no longer varies.
    std::vector<Op> correlated;
    const std::string* path = input->text("field");
    for (int r = 0; path && r < correlations_->rowCount(); ++r) {
      const Entity* c = correlations_->member(r);
      const std::string *first = c->text("first"), *second = c->text("second");
      if ((first && *first == *path) || (second && *second == *path)) {
        Op remove;
        remove.kind = OpKind::Delete;
        remove.entity = c->id;
        remove.snapshot = *c;
        correlated.push_back(remove);
      }
    }
    inputs_->remove(inputsView_->currentIndex().row(),
                    labels::plain(PlainChange::RemoveMonteCarloInput), std::move(correlated));
  });
  // The chooser gets a row of its own: long input names and long (German) captions both fit.
  auto* inputButtons = new QGridLayout;
  inputButtons->addWidget(inputChoice_, 0, 0, 1, 3);
  inputButtons->addWidget(addInputButton, 1, 1);
  inputButtons->addWidget(removeInput, 1, 2);
  inputButtons->setColumnStretch(0, 1);

  // The outcomes of the selected input, when its distribution is discrete.
  outcomes_ = new EntityListModel(
      document_, [this] { return selectedDiscreteInput(); }, "outcomes", "discrete_outcome",
      {{"value", QT_TRANSLATE_NOOP("valor::ui::EntityListModel", "Value"), kNumber},
       {"probability", QT_TRANSLATE_NOOP("valor::ui::EntityListModel", "Probability"), kNumber}},
      this);
  outcomesBox_ = new QWidget(this);
  auto* outcomesLayout = new QVBoxLayout(outcomesBox_);
  outcomesLayout->setContentsMargins(0, 0, 0, 0);
  outcomesTitle_ = new QLabel(outcomesBox_);
  outcomesTitle_->setWordWrap(true);
  auto* outcomesView = new QTableView(outcomesBox_);
  outcomesView->setModel(outcomes_);
  outcomesView->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
  outcomesView->verticalHeader()->hide();
  outcomesView->setMaximumHeight(140);
  auto* addOutcome = new QPushButton(outcomesBox_);
  auto* removeOutcome = new QPushButton(outcomesBox_);
  tx_.add([=, this] {
    outcomesView->setAccessibleName(tr("Outcomes"));
    addOutcome->setText(tr("Add O&utcome"));
    removeOutcome->setText(tr("Remove Outcome"));
  });
  connect(addOutcome, &QPushButton::clicked, this, [this] {
    const Entity* input = selectedDiscreteInput();
    if (!input) return;
    const QString error = document_->edit(
        outcomes_->appendOps({{"value", Value(0.0)}, {"probability", Value(0.0)}}, input->id),
        labels::plain(PlainChange::AddDiscreteOutcome));
    if (!error.isEmpty()) showMessage(error, true);
  });
  connect(removeOutcome, &QPushButton::clicked, this, [this, outcomesView] {
    outcomes_->remove(outcomesView->currentIndex().row(),
                      labels::plain(PlainChange::RemoveDiscreteOutcome));
  });
  connect(outcomes_, &EntityListModel::editRefused, this,
          [this](const QString& text) { showMessage(text, true); });
  auto* outcomeButtons = new QHBoxLayout;
  outcomeButtons->addStretch(1);
  outcomeButtons->addWidget(addOutcome);
  outcomeButtons->addWidget(removeOutcome);
  outcomesLayout->addWidget(outcomesTitle_);
  outcomesLayout->addWidget(outcomesView);
  outcomesLayout->addLayout(outcomeButtons);
  connect(inputsView_->selectionModel(), &QItemSelectionModel::currentChanged, this,
          &MonteCarloPage::refreshOutcomes);
  connect(document_, &Document::changed, this, &MonteCarloPage::refreshOutcomes);

  auto* correlationsTitle = new QLabel(this);
  correlationsTitle->setWordWrap(true);
  tx_.add(
      [=, this] { correlationsTitle->setText(tr("Correlations (of the inputs' normal scores)")); });
  correlationsView_ = new QTableView(this);
  correlationsView_->setModel(correlations_);
  tx_.add([=, this] { correlationsView_->setAccessibleName(tr("Correlations")); });
  correlationsView_->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
  correlationsView_->verticalHeader()->hide();
  correlationsView_->setItemDelegateForColumn(0, inputChoices);
  correlationsView_->setItemDelegateForColumn(1, inputChoices);
  auto* addCorrelationButton = new QPushButton(this);
  tx_.add([=, this] { addCorrelationButton->setText(tr("Add &Correlation")); });
  auto* removeCorrelation = new QPushButton(this);
  tx_.add([=, this] { removeCorrelation->setText(tr("Remove Correlation")); });
  connect(addCorrelationButton, &QPushButton::clicked, this, &MonteCarloPage::addCorrelation);
  connect(removeCorrelation, &QPushButton::clicked, this, [this] {
    correlations_->remove(correlationsView_->currentIndex().row(),
                          labels::plain(PlainChange::RemoveCorrelation));
  });
  auto* correlationButtons = new QHBoxLayout;
  correlationButtons->addStretch(1);
  correlationButtons->addWidget(addCorrelationButton);
  correlationButtons->addWidget(removeCorrelation);
  for (EntityListModel* m : {inputs_, correlations_})
    connect(m, &EntityListModel::editRefused, this,
            [this](const QString& text) { showMessage(text, true); });

  // Run controls.
  runButton_ = new QPushButton(this);
  tx_.add([this] { runButton_->setText(tr("&Run Simulation")); });
  runButton_->setObjectName(QStringLiteral("runSimulation"));
  // F5 as a page shortcut: a button's own shortcut would give way to its mnemonic whenever the
  // language changes its text.
  auto* runShortcut = new QShortcut(QKeySequence(Qt::Key_F5), this);
  runShortcut->setContext(Qt::WidgetWithChildrenShortcut);
  connect(runShortcut, &QShortcut::activated, this, [this] {
    if (runButton_->isEnabled()) run();
  });
  tx_.add([=, this] { runButton_->setToolTip(tr("Run the simulation (F5)")); });
  cancelButton_ = new QPushButton(this);
  tx_.add([this] { cancelButton_->setText(tr("Cancel")); });
  cancelButton_->setEnabled(false);
  progress_ = new QProgressBar(this);
  progress_->setRange(0, 1000);
  progress_->setTextVisible(true);
  progress_->setFormat(QString());
  tx_.add([=, this] { progress_->setAccessibleName(tr("Simulation progress")); });
  message_ = new QLabel(this);
  message_->setWordWrap(true);
  connect(runButton_, &QPushButton::clicked, this, &MonteCarloPage::run);
  connect(cancelButton_, &QPushButton::clicked, runner_, &JobRunner::cancel);
  connect(runner_, &JobRunner::progressed, this, [this](double fraction, double left) {
    progress_->setValue(static_cast<int>(fraction * 1000));
    progress_->setFormat(left < 0 ? tr("%1 %").arg(static_cast<int>(fraction * 100))
                                  : tr("%1 % — about %2 s left")
                                        .arg(static_cast<int>(fraction * 100))
                                        .arg(std::ceil(left)));
  });
  connect(runner_, &JobRunner::failed, this, [this](const QString& message) {
    showMessage(tr("The simulation stopped: %1").arg(message), true);
  });
  connect(runner_, &JobRunner::finished, this, [this] {
    runButton_->setEnabled(true);
    cancelButton_->setEnabled(false);
    if (!result_) {
      progress_->setValue(0);
      progress_->setFormat(QString());
    }
  });
  connect(runner_, &JobRunner::cancelled, this, [this] { showCancelled(); });
  auto* runRow = new QHBoxLayout;
  runRow->addWidget(runButton_);
  runRow->addWidget(cancelButton_);
  runRow->addWidget(progress_, 1);

  auto* left = new QWidget(this);
  auto* leftLayout = new QVBoxLayout(left);
  leftLayout->setContentsMargins(0, 0, 0, 0);
  leftLayout->addWidget(settingsBox);
  leftLayout->addWidget(inputsTitle);
  leftLayout->addWidget(inputsView_, 2);
  leftLayout->addLayout(inputButtons);
  leftLayout->addWidget(outcomesBox_);
  leftLayout->addWidget(correlationsTitle);
  leftLayout->addWidget(correlationsView_, 1);
  leftLayout->addLayout(correlationButtons);
  leftLayout->addLayout(runRow);
  leftLayout->addWidget(message_);

  // Results.
  statistics_ = new QTableWidget(0, 2, this);
  tx_.add([this] { statistics_->setHorizontalHeaderLabels({tr("Statistic"), tr("Value")}); });
  statistics_->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
  statistics_->verticalHeader()->hide();
  statistics_->setEditTriggers(QAbstractItemView::NoEditTriggers);
  tx_.add([=, this] { statistics_->setAccessibleName(tr("Simulation statistics")); });
  statistics_->setObjectName(QStringLiteral("monteCarloStatistics"));
  addTableActions(statistics_, QStringLiteral("monte-carlo-statistics"));
  histogram_ = new AnalyticsChart(this);
  histogram_->setObjectName(QStringLiteral("histogram"));
  cdf_ = new AnalyticsChart(this);
  cdf_->setObjectName(QStringLiteral("cdf"));
  convergence_ = new AnalyticsChart(this);
  convergence_->setObjectName(QStringLiteral("convergence"));
  drivers_ = new AnalyticsChart(this);
  drivers_->setObjectName(QStringLiteral("drivers"));
  tx_.add([this] {
    histogram_->setTitle(tr("Distribution of the output"));
    cdf_->setTitle(tr("Cumulative distribution"));
    convergence_->setTitle(tr("Convergence of the mean"));
    drivers_->setTitle(tr("What drives the value: rank correlation with the output"));
  });
  auto* charts = new QTabWidget(this);
  charts->addTab(histogram_, QString());
  tx_.add([=, this] { charts->setTabText(charts->indexOf(histogram_), tr("Histogram")); });
  charts->addTab(cdf_, QString());
  tx_.add([=, this] { charts->setTabText(charts->indexOf(cdf_), tr("CDF")); });
  charts->addTab(convergence_, QString());
  tx_.add([=, this] { charts->setTabText(charts->indexOf(convergence_), tr("Convergence")); });
  charts->addTab(drivers_, QString());
  tx_.add([=, this] { charts->setTabText(charts->indexOf(drivers_), tr("Drivers")); });
  auto* right = new QSplitter(Qt::Vertical, this);
  right->addWidget(charts);
  right->addWidget(statistics_);
  right->setStretchFactor(0, 3);
  right->setStretchFactor(1, 2);

  auto* split = new QSplitter(Qt::Horizontal, this);
  split->addWidget(left);
  split->addWidget(right);
  split->setStretchFactor(0, 2);
  split->setStretchFactor(1, 3);
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->addWidget(split);

  connect(document_, &Document::changed, this, [this] {
    refreshSettings();
    refreshInputChoices();
    if (result_ && resultIsStale())
      showMessage(tr("The scenario has changed since this simulation: the results are stale. "
                     "Run it again to update them."),
                  true);
  });
  refreshSettings();
  refreshInputChoices();
  refreshOutcomes();
  inputsView_->horizontalHeader()->resizeSection(0, 150);
  inputsView_->horizontalHeader()->resizeSection(1, 85);
  split->setSizes({620, 500});
  right->setSizes({520, 300});
}

const Entity* MonteCarloPage::selectedDiscreteInput() const {
  const Entity* input = inputs_->member(inputsView_->currentIndex().row());
  const std::string* kind = input ? input->text("distribution") : nullptr;
  return kind && *kind == "discrete" ? input : nullptr;
}

void MonteCarloPage::refreshOutcomes() {
  outcomes_->reload();
  const Entity* input = selectedDiscreteInput();
  outcomesBox_->setVisible(input != nullptr);
  if (const std::string* path = input ? input->text("field") : nullptr)
    outcomesTitle_->setText(
        tr("Outcomes of %1 (discrete): values and their probabilities, which sum to 1")
            .arg(InputCaption::of(*path)));
}

const Entity* MonteCarloPage::settingsEntity() const {
  return settingsBlock(*document_, "monte_carlo");
}

std::vector<Op> MonteCarloPage::settingsOps(Id& holder) const {
  return settingsBlockOps(*document_, "monte_carlo", holder);
}

void MonteCarloPage::setSetting(const std::string& field, std::optional<Value> value,
                                const LabelCode& label) {
  Id holder;
  std::vector<Op> ops = settingsOps(holder);
  const Entity* mc = settingsEntity();
  // Leaving a field unchanged while there are no settings yet creates nothing.
  const FieldSpec* spec = entitySchema("monte_carlo")->field(field);
  if (!mc && value && spec->defaultValue && *spec->defaultValue == *value) return;
  auto set = settingChange(mc, holder, field, std::move(value));
  if (!set) return;
  ops.push_back(std::move(*set));
  const QString error = document_->edit(ops, label);
  if (!error.isEmpty()) showMessage(error, true);
}

QString MonteCarloPage::addInput(const QString& path) {
  if (path.isEmpty()) return tr("Choose an input to add.");
  auto model = prepareValuationModel(document_->scenario(), {path.toStdString()});
  if (!model) {
    const QString error = QString::fromStdString(model.error().message);
    showMessage(error, true);
    return error;
  }
  const double base = model.value()->inputs().front().baseValue;
  Id holder;
  std::vector<Op> ops = settingsOps(holder);
  // A starting point to edit: normal around today's value with a 10 % standard deviation.
  const double sd = base != 0 ? std::fabs(base) * 0.1 : 0.01;
  const auto create = inputs_->appendOps({{"field", Value(path.toStdString())},
                                          {"distribution", Value(std::string("normal"))},
                                          {"mean", Value(base)},
                                          {"sd", Value(sd)}},
                                         holder);
  ops.insert(ops.end(), create.begin(), create.end());
  const QString error = document_->edit(ops, labels::plain(PlainChange::AddMonteCarloInput));
  if (!error.isEmpty()) showMessage(error, true);
  return error;
}

void MonteCarloPage::addCorrelation() {
  if (inputs_->rowCount() < 2) {
    showMessage(tr("Correlations need at least two inputs that vary."), true);
    return;
  }
  const std::string* first = inputs_->member(0)->text("field");
  const std::string* second = inputs_->member(1)->text("field");
  Id holder;
  std::vector<Op> ops = settingsOps(holder);
  const auto create = correlations_->appendOps({{"first", Value(first ? *first : std::string())},
                                                {"second", Value(second ? *second : std::string())},
                                                {"rho", Value(0.0)}},
                                               holder);
  ops.insert(ops.end(), create.begin(), create.end());
  const QString error = document_->edit(ops, labels::plain(PlainChange::AddCorrelation));
  if (!error.isEmpty()) showMessage(error, true);
}

// Shows the saved fields themselves (or their defaults), also while another part of the
// settings has a problem: a field shown as its default could otherwise be saved over its value.
void MonteCarloPage::refreshSettings() {
  const Entity* mc = settingsEntity();
  const EntitySchema& schema = *entitySchema("monte_carlo");
  auto field = [&](const char* name) -> const Value* {
    const FieldSpec& spec = *schema.field(name);
    return mc ? fieldOrDefault(*mc, spec) : (spec.defaultValue ? &*spec.defaultValue : nullptr);
  };
  auto number = [&](const char* name) {
    const Value* v = field(name);
    return v ? std::get<double>(*v) : 0.0;
  };
  auto text = [&](const char* name) {
    const Value* v = field(name);
    return v ? std::get<std::string>(*v) : std::string();
  };
  const QSignalBlocker b1(paths_), b2(seed_), b3(output_), b4(target_), b5(repair_);
  repair_->setChecked(text("correlation_repair") == "nearest");
  paths_->setValue(static_cast<int>(number("paths")));
  if (!seed_->hasFocus()) seed_->setText(QString::number(number("seed"), 'f', 0));
  chooseOutput(output_, text("output"));
  const Value* target = field("target");
  if (!target_->hasFocus())
    target_->setText(target ? formatFieldValue(std::get<double>(*target), outputUnit())
                            : QString());
}

void MonteCarloPage::redisplay() {
  if (result_ && prepared_ && !runner_->running()) showResult();
}

QString MonteCarloPage::outputUnit() const {
  const std::string key = output_->currentData().toString().toStdString();
  for (const OutputSpec& o : valuationOutputs(document_->scenario()))
    if (o.key == key) return QString::fromStdString(o.unit);
  return {};
}

void MonteCarloPage::refreshInputChoices() {
  fillInputChoices(inputChoice_, document_->scenario());
}

void MonteCarloPage::changeEvent(QEvent* event) {
  if (event->type() == QEvent::LanguageChange) {
    tx_.retranslate();
    refreshInputChoices();
    if (result_) showResult();
  }
  QWidget::changeEvent(event);
}

bool MonteCarloPage::resultIsStale() const {
  return result_ && resultRevision_ != document_->revision();
}

// After Cancel the progress goes; a previous result stays, said to be the earlier run's and,
// when it is, no longer matching the scenario or its settings.
void MonteCarloPage::showCancelled() {
  progress_->setValue(result_ ? 1000 : 0);
  progress_->setFormat(result_ ? tr("Done") : QString());
  if (!result_) {
    showMessage(tr("Cancelled."), false);
    return;
  }
  const bool outdated = resultIsStale() || settingsChangedSinceResult();
  showMessage(outdated ? tr("Cancelled. The results shown are from the previous run, which no "
                            "longer matches the scenario and its settings.")
                       : tr("Cancelled. The results shown are from the previous run."),
              outdated);
}

bool MonteCarloPage::settingsChangedSinceResult() const {
  if (!result_) return false;
  const auto now = monteCarloSettings(document_->scenario());
  return !now || !(now.value() == resultSettings_);
}

QString MonteCarloPage::lastMessage() const {
  return message_->text();
}

void MonteCarloPage::showMessage(const QString& text, bool problem) {
  message_->setText(text);
  showAsProblem(message_, problem);
}

void MonteCarloPage::run() {
  // A value still being typed (F5 from the Paths field) is saved first, then used.
  if (QWidget* focus = focusWidget(); focus && isAncestorOf(focus)) focus->clearFocus();
  auto settings = monteCarloSettings(document_->scenario());
  if (!settings) {
    showMessage(QString::fromStdString(settings.error().message), true);
    return;
  }
  auto prepared = prepareMonteCarlo(document_->scenario(), settings.value());
  if (!prepared) {
    showMessage(QString::fromStdString(prepared.error().message), true);
    return;
  }
  runButton_->setEnabled(false);
  cancelButton_->setEnabled(true);
  showMessage(tr("Simulating %n path(s)…", "", static_cast<int>(settings.value().paths)), false);
  const std::int64_t revision = document_->revision();
  auto job = std::make_shared<PreparedMonteCarlo>(std::move(prepared).value());
  runner_->start([this, job, revision](std::stop_token stop, jobs::Progress& progress) {
    auto result = runMonteCarlo(*job, analyticsPool(), 0, stop, &progress);
    return std::function<void()>([this, job, revision, result = std::move(result)] {
      if (!result) {
        showMessage(QString::fromStdString(result.error().message), true);
        return;
      }
      prepared_ = *job;
      result_ = result.value();
      resultRevision_ = revision;
      resultSettings_ = job->settings;
      showResult();
    });
  });
}

void MonteCarloPage::showResult() {
  const MonteCarloResult& r = *result_;
  progress_->setValue(1000);
  progress_->setFormat(tr("Done"));
  const QString repaired =
      prepared_ && prepared_->repaired
          ? tr(" The correlations could not all hold together: the nearest valid matrix was used.")
          : QString();
  const QString stale =
      resultIsStale() ? tr(" The scenario has changed since: the results are stale.") : QString();
  const std::uint64_t unvalued = r.paths - r.valued;
  // The statistics cover the valued paths only; say so whenever some could not be valued.
  const QString coverage =
      unvalued > 0 ? tr(" The statistics are those of the valued paths.") : QString();
  showMessage(tr("%1 of %2 paths valued; %3 could not be valued.")
                      .arg(QLocale().toString(static_cast<qulonglong>(r.valued)),
                           QLocale().toString(static_cast<qulonglong>(r.paths)),
                           QLocale().toString(static_cast<qulonglong>(unvalued))) +
                  coverage + repaired + stale,
              unvalued > 0 || !stale.isEmpty());
  const QLocale locale;
  const QString none = QStringLiteral("—");  // a statistic of no paths does not exist
  const std::string& outputUnit = prepared_->model->outputs()[r.output].unit;
  const QString unit = QString::fromStdString(outputUnit);
  // Money in the display unit, as the results show it.
  const MoneyDisplay moneyShown = moneyDisplay(document_->scenario());
  const double moneyScale = moneyShown.inUnit(1, outputUnit);
  // In the output's unit: an IRR as a percentage, a MOIC as a multiple.
  auto money = [&](double v, bool exists = true) {
    return exists ? formatOutputValue(moneyShown.inUnit(v, outputUnit), unit, 2, locale) : none;
  };
  const bool any = r.valued > 0, spread = r.valued > 1;
  std::vector<std::pair<QString, QString>> rows = {
      {tr("Value without randomness"), money(r.baseOutput)},
      {tr("Mean"), money(r.mean, any)},
      {tr("Median"), money(r.median, any)},
      {tr("Standard deviation"), money(r.standardDeviation, spread)},
      {tr("Standard error of the mean"),
       !spread ? none
       : unit == QLatin1String("rate")
           ? QStringLiteral("%1 %").arg(locale.toString(r.standardError * 100, 'g', 3))
           : formatSignificant(moneyShown.inUnit(r.standardError, outputUnit), QString(), 3,
                               locale)},
      {tr("Minimum"), money(r.min, any)},
      {tr("Maximum"), money(r.max, any)}};
  for (const Percentile& p : r.percentiles)
    rows.emplace_back(tr("P%1").arg(static_cast<int>(std::lround(p.level * 100))), money(p.value));
  if (r.probabilityAbove)
    rows.emplace_back(tr("Probability above %1").arg(money(*r.targetPrice)),
                      locale.toString(*r.probabilityAbove * 100, 'f', 1) + QStringLiteral(" %"));
  const std::vector<std::string>& reasons = prepared_->model->failureReasons();
  for (std::size_t i = 1; i < reasons.size(); ++i)
    rows.emplace_back(InputCaption::failure(document_->scenario(), reasons[i]),
                      locale.toString(static_cast<qulonglong>(r.failures[i])));
  for (const RankCorrelation& c : r.rankCorrelations)
    rows.emplace_back(tr("Rank correlation: %1").arg(InputCaption::of(c.path)),
                      c.rho ? locale.toString(*c.rho, 'f', 3) : none);
  statistics_->setRowCount(static_cast<int>(rows.size()));
  for (int i = 0; i < static_cast<int>(rows.size()); ++i) {
    statistics_->setItem(i, 0, new QTableWidgetItem(rows[static_cast<std::size_t>(i)].first));
    auto* value = new QTableWidgetItem(rows[static_cast<std::size_t>(i)].second);
    value->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    statistics_->setItem(i, 1, value);
  }

  // A rate is charted in percent and money in the display unit; the axis says so.
  const bool percent = unit == QLatin1String("rate");
  const double scale = percent ? 100 : moneyScale;
  QString outputCaption =
      InputCaption::output(document_->scenario(), prepared_->model->outputs()[r.output].key);
  if (percent)
    outputCaption += QStringLiteral(" (%)");
  else if (outputUnit == "money")
    outputCaption = tr("%1 (%2)", "an output and its unit").arg(outputCaption, moneyShown.caption);
  // Histogram as a step line, with vertical lines at P5, P50 and P95; their values, and the
  // paths beyond the plotted range, are written under the title (the legend is too narrow).
  auto* bars = new QLineSeries;
  bars->setName(tr("Paths per bin"));
  double top = 0;
  for (std::size_t b = 0; b < r.histogram.size(); ++b) {
    const double x0 = r.histogramStart + r.binWidth * static_cast<double>(b);
    const auto c = static_cast<double>(r.histogram[b]);
    top = std::max(top, c);
    bars->append(x0 * scale, c);
    bars->append((x0 + r.binWidth) * scale, c);
  }
  std::vector<QAbstractSeries*> histogramSeries = {bars};
  QStringList marks;
  for (const auto& [level, caption] : std::vector<std::pair<double, QString>>{
           {0.05, tr("P5")}, {0.5, tr("P50")}, {0.95, tr("P95")}}) {
    for (const Percentile& p : r.percentiles)
      if (p.level == level) {
        auto* line = new QLineSeries;
        line->setName(caption);
        line->append(p.value * scale, 0);
        line->append(p.value * scale, top);
        AnalyticsChart::markLine(
            line, level == 0.5 ? AnalyticsChart::Mark::Centre : AnalyticsChart::Mark::Tail);
        histogramSeries.push_back(line);
        marks << tr("%1 = %2").arg(caption, money(p.value));
      }
  }
  QString notes = marks.join(QStringLiteral(" · "));
  if (r.below + r.above > 0)
    notes += QLatin1Char('\n') + tr("beyond the plotted range: %1 below, %2 above")
                                     .arg(QLocale().toString(static_cast<qulonglong>(r.below)),
                                          QLocale().toString(static_cast<qulonglong>(r.above)));
  histogram_->showSeries(histogramSeries, outputCaption, tr("Paths"));
  histogram_->setNotes(notes);
  // Counts from 0, in whole paths.
  if (QValueAxis* counts = histogram_->valueAxis())
    chartkit::applyRange(counts, chartkit::niceRange(0, std::max(top, 5.0)));

  auto* cdf = new QLineSeries;
  cdf->setName(tr("P(output ≤ x)"));
  for (const Percentile& p : r.cdf) cdf->append(p.value * scale, p.level);
  cdf_->showSeries({cdf}, outputCaption, tr("Probability"));

  auto* mean = new QLineSeries;
  auto* upper = new QLineSeries;
  auto* lower = new QLineSeries;
  mean->setName(tr("Mean"));
  upper->setName(tr("95 % confidence band"));
  lower->setName(tr("95 % confidence band"));
  for (const ConvergencePoint& c : r.convergence) {
    mean->append(static_cast<double>(c.paths), c.mean * scale);
    upper->append(static_cast<double>(c.paths), (c.mean + c.halfWidth) * scale);
    lower->append(static_cast<double>(c.paths), (c.mean - c.halfWidth) * scale);
  }
  convergence_->showSeries({mean, upper, lower}, tr("Paths"), outputCaption, true);

  // The simulation's tornado: inputs by the strength of their rank correlation, strongest on
  // top (a horizontal bar chart draws its first category at the bottom).
  std::vector<RankCorrelation> ranked = r.rankCorrelations;
  std::sort(ranked.begin(), ranked.end(), [](const RankCorrelation& a, const RankCorrelation& b) {
    return std::fabs(a.rho.value_or(0)) < std::fabs(b.rho.value_or(0));
  });
  drivers_->clear();
  auto* rho = new QBarSet(tr("Spearman rank correlation"));
  QStringList names;
  for (const RankCorrelation& c : ranked) {
    names << InputCaption::of(c.path);
    *rho << c.rho.value_or(0);
  }
  auto* driverSeries = new QHorizontalBarSeries;
  driverSeries->append(rho);
  auto* nameAxis = new QBarCategoryAxis;
  nameAxis->append(names);
  auto* rhoAxis = new QValueAxis;
  rhoAxis->setRange(-1, 1);
  drivers_->showWithAxes(driverSeries, rhoAxis, nameAxis);
  if (!convergence_->chart()->legend()->markers(lower).isEmpty())
    convergence_->chart()->legend()->markers(lower).front()->setVisible(false);
}

}  // namespace valor::ui
