#include "ui/analytics/sensitivitypages.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QComboBox>
#include <QCoreApplication>
#include <QCursor>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLegend>
#include <QLineEdit>
#include <QLineSeries>
#include <QPushButton>
#include <QSaveFile>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QSplitter>
#include <QTableWidget>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

#include "core/models/registry.h"
#include "core/ops/patch.h"
#include "ui/analytics/analyticschart.h"
#include "ui/analytics/inputcaption.h"
#include "ui/analytics/sensitivitygridmodel.h"
#include "ui/analytics/settingsblock.h"
#include "ui/common/problemcolour.h"
#include "ui/editors/numberformat.h"
#include "ui/jobs/jobrunner.h"
#include "ui/models/changelabel.h"
#include "ui/models/presentation.h"
#include "ui/results/moneydisplay.h"
#include "ui/results/tableactions.h"

namespace valor::ui {
namespace {

// The unit an output is shown in, for a file's header: "USD millions", "USD" (per share), "%".
// Empty for a multiple (its cells carry the "×") and for an unknown output.
QString outputUnitCaption(const ScenarioDocument& doc, const std::string& key) {
  for (const OutputSpec& o : valuationOutputs(doc)) {
    if (o.key != key) continue;
    if (o.unit == "money") return moneyDisplay(doc).caption;
    if (o.unit == "rate") return QStringLiteral("%");
    if (o.unit == "price") {
      const std::string* currency = doc.root().text("currency");
      return QString::fromStdString(currency ? *currency : std::string("USD"));  // as moneyCaption
    }
  }
  return {};
}

QLabel* messageLabel(QWidget* parent) {
  auto* label = new QLabel(parent);
  label->setWordWrap(true);
  return label;
}

void say(QLabel* label, const QString& text, bool problem) {
  label->setText(text);
  showAsProblem(label, problem);
}

// A value typed by the analyst, in the input's own unit (rates as percentages).
std::optional<double> typedValue(const QLineEdit* edit, const QString& unit) {
  const ParsedNumber n = parseFieldValue(edit->text(), unit);
  return n.value;
}

constexpr const char* kSettingsSlot = "sensitivity";

}  // namespace

// ---- Saved choices ------------------------------------------------------------------------

QString SavedChoices::save(Document& document,
                           std::vector<std::pair<std::string, std::optional<Value>>> fields,
                           PlainChange label) {
  Id holder;
  std::vector<Op> ops = settingsBlockOps(document, kSettingsSlot, holder);
  const Entity* block = settingsBlock(document, kSettingsSlot);
  const std::size_t creation = ops.size();
  for (auto& [field, value] : fields)
    if (auto set = settingChange(block, holder, field, std::move(value)))
      ops.push_back(std::move(*set));
  if (ops.size() == creation) return {};
  saving_ = true;
  const QString error = document.edit(ops, labels::plain(label));
  saving_ = false;
  const Entity* saved = settingsBlock(document, kSettingsSlot);
  shown_ = saved ? std::optional<Entity>(*saved) : std::nullopt;
  return error;
}

bool SavedChoices::takeChange(const Document& document, std::optional<Entity>& settings) {
  if (saving_) return false;
  const Entity* block = settingsBlock(document, kSettingsSlot);
  settings = block ? std::optional<Entity>(*block) : std::nullopt;
  if (settings == shown_) return false;
  shown_ = settings;
  return true;
}

// ---- Sensitivity grid ---------------------------------------------------------------------

SensitivityPage::Axis SensitivityPage::makeAxis(const char* caption, int defaultIndex,
                                                const char* noneCaption, QWidget* parent) {
  Axis a;
  a.none = noneCaption;
  a.defaultIndex = defaultIndex;
  a.field = new QComboBox(parent);
  a.from = new QLineEdit(parent);
  a.to = new QLineEdit(parent);
  a.step = new QLineEdit(parent);
  a.steps = new QSpinBox(parent);
  a.steps->setRange(1, static_cast<int>(kMaxGridSteps));
  a.steps->setValue(9);
  fillAxis(a);
  tx_.add([this, a, caption] {
    a.field->setAccessibleName(tr(caption));
    a.from->setAccessibleName(tr("%1 from").arg(tr(caption)));
    a.to->setAccessibleName(tr("%1 to").arg(tr(caption)));
    a.step->setAccessibleName(tr("%1 step size").arg(tr(caption)));
    a.step->setToolTip(
        tr("The difference between neighbouring values. Typing it sets the "
           "number of steps and moves “to” so every value is a round one."));
    a.steps->setAccessibleName(tr("%1 steps").arg(tr(caption)));
  });
  connect(a.field, &QComboBox::currentIndexChanged, this, [this, a] { suggestRange(a); });
  connect(a.from, &QLineEdit::editingFinished, this, [this, a] { showStep(a); });
  connect(a.to, &QLineEdit::editingFinished, this, [this, a] { showStep(a); });
  connect(a.steps, &QSpinBox::valueChanged, this, [this, a] { showStep(a); });
  connect(a.step, &QLineEdit::editingFinished, this, [this, a] { applyStep(a); });
  suggestRange(a);
  return a;
}

SensitivityPage::SensitivityPage(Document* document, QWidget* parent)
    : QWidget(parent), document_(document), runner_(new JobRunner(this)) {
  auto* form = new QGridLayout;
  x_ = makeAxis(QT_TR_NOOP("Across (x)"), 0, nullptr, this);
  y_ = makeAxis(QT_TR_NOOP("Down (y)"), 2, QT_TR_NOOP("(none: a one-way sweep)"), this);
  // Start from the kind's classic table (for a DCF: the discount rate across, the terminal value
  // down).
  auto prefer = [](QComboBox* box, const std::vector<std::string>& paths) {
    for (const std::string& path : paths)
      if (const int i = box->findData(QString::fromStdString(path)); i >= 0) {
        box->setCurrentIndex(i);
        return;
      }
  };
  if (const ModelPresentation* p = presentationOf(document_->scenario())) {
    prefer(x_.field, p->gridAcross);
    prefer(y_.field, p->gridDown);
  }
  int row = 0;
  for (const auto& [axis, caption] : std::vector<std::pair<Axis*, const char*>>{
           {&x_, QT_TR_NOOP("&Across")}, {&y_, QT_TR_NOOP("&Down")}}) {
    auto* label = new QLabel(this);
    auto* from = new QLabel(this);
    auto* to = new QLabel(this);
    auto* step = new QLabel(this);
    auto* steps = new QLabel(this);
    label->setBuddy(axis->field);
    tx_.add([=, this] {
      label->setText(tr(caption));
      from->setText(tr("from"));
      to->setText(tr("to"));
      step->setText(tr("by"));
      steps->setText(tr("steps"));
    });
    form->addWidget(label, row, 0);
    form->addWidget(axis->field, row, 1);
    form->addWidget(from, row, 2);
    form->addWidget(axis->from, row, 3);
    form->addWidget(to, row, 4);
    form->addWidget(axis->to, row, 5);
    form->addWidget(step, row, 6);
    form->addWidget(axis->step, row, 7);
    form->addWidget(steps, row, 8);
    form->addWidget(axis->steps, row, 9);
    ++row;
  }
  form->setColumnStretch(1, 1);
  output_ = outputChoice(this, document_->scenario());
  tx_.add([=, this] {
    translateOutputChoice(output_, document_->scenario());
    output_->setAccessibleName(tr("Output"));
  });
  auto* computeButton = new QPushButton(this);
  tx_.add([=, this] { computeButton->setText(tr("&Compute Grid")); });
  auto* exportButton = new QPushButton(this);
  tx_.add([=, this] { exportButton->setText(tr("&Export CSV…")); });
  auto* buttons = new QHBoxLayout;
  buttons->addWidget(translatedLabel(tx_, output_, [] { return tr("&Output"); }));
  buttons->addWidget(output_);
  buttons->addStretch(1);
  buttons->addWidget(computeButton);
  buttons->addWidget(exportButton);
  gridModel_ = new SensitivityGridModel(this);
  table_ = new QTableView(this);
  table_->setModel(gridModel_);
  table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
  tx_.add([=, this] { table_->setAccessibleName(tr("Sensitivity grid")); });
  table_->setObjectName(QStringLiteral("sensitivityGrid"));
  message_ = messageLabel(this);
  auto* layout = new QVBoxLayout(this);
  layout->addLayout(form);
  layout->addLayout(buttons);
  sweep_ = new AnalyticsChart(this);
  tx_.add([this] { sweep_->setTitle(tr("One-way sweep")); });
  sweep_->setVisible(false);
  layout->addWidget(table_, 1);
  layout->addWidget(sweep_, 1);
  layout->addWidget(message_);
  connect(computeButton, &QPushButton::clicked, this, [this] {
    saveChoices();
    compute();
  });
  connect(exportButton, &QPushButton::clicked, this, &SensitivityPage::exportCsv);
  connect(document_, &Document::changed, this, [this] {
    fillAxis(x_);
    fillAxis(y_);
    applySavedChoices();
    if (computed_) compute();
  });
  applySavedChoices();
}

void SensitivityPage::saveChoices() {
  const std::string xPath = chosenPath(x_.field);
  const std::string yPath = chosenPath(y_.field);
  std::vector<std::string> paths{xPath};
  if (!yPath.empty()) paths.push_back(yPath);
  auto model = prepareValuationModel(document_->scenario(), paths);
  if (!model) return;  // compute() says why
  const auto& inputs = model.value()->inputs();
  const auto x0 = typedValue(x_.from, QString::fromStdString(inputs[0].unit));
  const auto x1 = typedValue(x_.to, QString::fromStdString(inputs[0].unit));
  std::optional<double> y0, y1;
  if (!yPath.empty()) {
    y0 = typedValue(y_.from, QString::fromStdString(inputs[1].unit));
    y1 = typedValue(y_.to, QString::fromStdString(inputs[1].unit));
    if (!y0 || !y1) return;
  }
  if (!x0 || !x1) return;
  const auto steps = [](const QSpinBox* box) { return Value(static_cast<double>(box->value())); };
  const auto number = [](std::optional<double> v) {
    return v ? std::optional<Value>(Value(*v)) : std::nullopt;
  };
  const bool twoWay = !yPath.empty();
  const QString error =
      saved_.save(*document_,
                  {{"output", Value(output_->currentData().toString().toStdString())},
                   {"across", Value(xPath)},
                   {"across_from", Value(*x0)},
                   {"across_to", Value(*x1)},
                   {"across_steps", steps(x_.steps)},
                   {"down", twoWay ? std::optional<Value>(Value(yPath)) : std::nullopt},
                   {"down_from", number(y0)},
                   {"down_to", number(y1)},
                   {"down_steps", twoWay ? std::optional<Value>(steps(y_.steps)) : std::nullopt}},
                  PlainChange::SaveSensitivityGrid);
  if (!error.isEmpty()) say(message_, error, true);
}

void SensitivityPage::applySavedChoices() {
  std::optional<Entity> saved;
  if (!saved_.takeChange(*document_, saved)) return;
  if (!saved || !saved->text("across")) return;  // no grid saved yet: the kind's classic one
  if (const std::string* key = saved->text("output")) chooseOutput(output_, *key);
  applySavedAxis(x_, *saved, "across");
  applySavedAxis(y_, *saved, "down");
}

// An input that is no longer offered (its driver changed mode) leaves the axis as it is.
void SensitivityPage::applySavedAxis(const Axis& axis, const Entity& saved,
                                     const std::string& prefix) {
  const std::string* path = saved.text(prefix);
  const int index = path ? axis.field->findData(QString::fromStdString(*path)) : 0;
  if (index < 0 || (!path && !axis.none)) return;
  if (const double* steps = saved.number(prefix + "_steps"))
    axis.steps->setValue(static_cast<int>(*steps));
  axis.field->setCurrentIndex(index);
  if (!path) return;
  auto model = prepareValuationModel(document_->scenario(), {*path});
  if (!model) return;
  const QString unit = QString::fromStdString(model.value()->inputs().front().unit);
  if (const double* from = saved.number(prefix + "_from"))
    axis.from->setText(formatFieldValue(*from, unit));
  if (const double* to = saved.number(prefix + "_to"))
    axis.to->setText(formatFieldValue(*to, unit));
  showStep(axis);
}

// A range of ±20 % around the input's current value to start from.
void SensitivityPage::suggestRange(const Axis& a) {
  const bool none = chosenPath(a.field).empty();
  a.from->setEnabled(!none);
  a.to->setEnabled(!none);
  a.step->setEnabled(!none);
  a.steps->setEnabled(!none);
  if (none) {
    a.step->clear();
    return;
  }
  auto model = prepareValuationModel(document_->scenario(), {chosenPath(a.field)});
  if (!model) return;
  const ModelInput& in = model.value()->inputs().front();
  const QString unit = QString::fromStdString(in.unit);
  if (unit == QLatin1String("year")) {  // whole years, two either side where the model allows
    const double from = std::max(in.bounds.min, in.baseValue - 2);
    const double to = std::min(in.bounds.max, in.baseValue + 2);
    a.from->setText(QString::number(from, 'f', 0));
    a.to->setText(QString::number(to, 'f', 0));
    a.steps->setValue(static_cast<int>(to - from) + 1);
    showStep(a);
    return;
  }
  // Kept inside what the field allows (a share paid in stock of 100 % runs 80–100 %, not to
  // 120 %); an open end stays out of the range. A rate moves in round steps about its value
  // (0.1, 0.25, 0.5, 1, 2.5 or 5 percentage points, near 5 % of it), so its own value sits
  // in the middle column and the others read as "WACC + 0.5 pp".
  double spread = in.baseValue != 0 ? std::fabs(in.baseValue) * 0.2 : 0.01;
  if (unit == QLatin1String("rate") && in.baseValue != 0) {
    const double wanted = std::fabs(in.baseValue) * 0.05;
    double step = 0.05;
    for (const double round : {0.001, 0.0025, 0.005, 0.01, 0.025})
      if (wanted <= round) {
        step = round;
        break;
      }
    spread = step * std::max(1, (a.steps->value() - 1) / 2);
  }
  double from = in.baseValue - spread, to = in.baseValue + spread;
  if (!in.bounds.contains(from)) from = in.bounds.minInclusive ? in.bounds.min : in.baseValue;
  if (!in.bounds.contains(to)) to = in.bounds.maxInclusive ? in.bounds.max : in.baseValue;
  a.from->setText(formatFieldValue(from, unit));
  a.to->setText(formatFieldValue(to, unit));
  showStep(a);
}

QString SensitivityPage::axisUnit(const Axis& a) const {
  const std::string path = chosenPath(a.field);
  if (path.empty()) return {};
  auto model = prepareValuationModel(document_->scenario(), {path});
  return model ? QString::fromStdString(model.value()->inputs().front().unit) : QString();
}

// The difference between neighbouring values of the range as it stands.
void SensitivityPage::showStep(const Axis& a) {
  const QString unit = axisUnit(a);
  const auto from = typedValue(a.from, unit), to = typedValue(a.to, unit);
  const int steps = a.steps->value();
  if (!from || !to || steps < 2) {
    a.step->clear();
    return;
  }
  a.step->setText(formatFieldValue((*to - *from) / (steps - 1), unit));
}

// A typed step keeps "from", takes as many whole steps as fit before "to", and ends there: the
// values are from, from + step, … — round when the step and the start are.
void SensitivityPage::applyStep(const Axis& a) {
  const QString unit = axisUnit(a);
  const auto from = typedValue(a.from, unit), to = typedValue(a.to, unit);
  const ParsedNumber step = parseFieldValue(a.step->text(), unit);
  if (!from || !to) return showStep(a);
  if (!step.value || !(*step.value > 0)) {
    say(message_, tr("Step size: a number above zero, not “%1”.").arg(a.step->text().trimmed()),
        true);
    return showStep(a);
  }
  // A hair of tolerance so that 7 % to 9 % by 0.5 % counts the 9 % its sum lands next to.
  const double count = std::floor(std::fabs(*to - *from) / *step.value + 1e-9) + 1;
  if (count < 2 || count > static_cast<double>(kMaxGridSteps)) {
    say(message_,
        tr("Step size: %1 gives %2 values between “from” and “to”; a grid takes 2 to %3.")
            .arg(formatFieldValue(*step.value, unit))
            .arg(count, 0, 'f', 0)
            .arg(kMaxGridSteps),
        true);
    return showStep(a);
  }
  const double direction = *to >= *from ? 1 : -1;
  {
    const QSignalBlocker quiet(a.steps);
    a.steps->setValue(static_cast<int>(count));
  }
  a.to->setText(formatFieldValue(*from + direction * (count - 1) * *step.value, unit));
  a.step->setText(formatFieldValue(*step.value, unit));
}

void SensitivityPage::fillAxis(const Axis& axis) {
  const std::string before = chosenPath(axis.field);
  fillInputChoices(axis.field, document_->scenario(), axis.defaultIndex,
                   axis.none ? tr(axis.none) : QString(), /*whatIf=*/true);
  // The list may have lost the chosen input (its driver changed mode): start its range afresh.
  if (chosenPath(axis.field) != before) suggestRange(axis);
}

void SensitivityPage::changeEvent(QEvent* event) {
  if (event->type() == QEvent::LanguageChange) {
    tx_.retranslate();
    fillAxis(x_);
    fillAxis(y_);
    if (computed_) compute();
  }
  QWidget::changeEvent(event);
}

bool SensitivityPage::computing() const {
  return runner_->running();
}

bool SensitivityPage::gridIsCurrent() const {
  return computed_ && !computing() && gridModel_->rowCount() > 0 && !paths_.empty();
}

QString SensitivityPage::gridTitle() const {
  if (paths_.empty()) return {};
  const QString output = InputCaption::output(document_->scenario(), gridOutput_);
  if (paths_.size() == 1) return tr("%1 as %2 varies").arg(output, InputCaption::of(paths_[0]));
  return tr("%1 as %2 (across) and %3 (down) vary")
      .arg(output, InputCaption::of(paths_[0]), InputCaption::of(paths_[1]));
}

QString SensitivityPage::message() const {
  return message_->text();
}

void SensitivityPage::compute() {
  const std::string xPath = chosenPath(x_.field);
  const std::string yPath = chosenPath(y_.field);
  const bool oneWay = yPath.empty();
  const ScenarioDocument& doc = document_->scenario();
  auto prepared = prepareValuationModel(
      doc, oneWay ? std::vector<std::string>{xPath} : std::vector<std::string>{xPath, yPath});
  if (!prepared) {
    say(message_, QString::fromStdString(prepared.error().message), true);
    return;
  }
  std::shared_ptr<const ValuationModel> model = std::move(prepared).value();
  const auto& inputs = model->inputs();
  const QString xUnit = QString::fromStdString(inputs[0].unit);
  const QString yUnit = oneWay ? QString() : QString::fromStdString(inputs[1].unit);
  const auto x0 = typedValue(x_.from, xUnit), x1 = typedValue(x_.to, xUnit);
  const auto y0 = oneWay ? std::optional<double>(0) : typedValue(y_.from, yUnit);
  const auto y1 = oneWay ? std::optional<double>(0) : typedValue(y_.to, yUnit);
  if (!x0 || !x1 || !y0 || !y1) {
    say(message_, tr("Give every “from” and “to” as a number."), true);
    return;
  }
  const auto xs = linearSteps(*x0, *x1, static_cast<std::size_t>(x_.steps->value()));
  const auto ys = oneWay ? std::vector<double>()
                         : linearSteps(*y0, *y1, static_cast<std::size_t>(y_.steps->value()));
  const OutputIndex output = chosenOutput(output_);
  // The grid is valued on a worker over a copy of the model; a newer request drops this one.
  runner_->start([=, this](std::stop_token, jobs::Progress&) -> std::function<void()> {
    SensitivityGrid grid = evaluateGrid(*model, output, xs, ys);
    return [=, this, grid = std::move(grid)] {
      // Kept to be shown again in another display unit.
      showAgain_ = [=, this] { showGrid(grid, *model, output, {xPath, yPath}, xUnit, yUnit); };
      showGrid(grid, *model, output, {xPath, yPath}, xUnit, yUnit);
    };
  });
}

void SensitivityPage::showGrid(const SensitivityGrid& grid, const ValuationModel& model,
                               OutputIndex output, std::vector<std::string> paths,
                               const QString& xUnit, const QString& yUnit) {
  const bool oneWay = grid.ys.empty();
  paths_ = std::move(paths);
  if (oneWay) paths_.resize(1);  // no input down
  gridOutput_ = model.outputs()[output].key;
  computed_ = true;
  QStringList columns, rows;
  for (const double x : grid.xs) columns << formatFieldValue(x, xUnit, QLocale(), 2);
  for (const double y : grid.ys) rows << formatFieldValue(y, yUnit, QLocale(), 2);
  if (oneWay) rows << output_->currentText();
  const std::size_t unvalued = grid.unvalued;
  const std::string& unit = model.outputs()[output].unit;
  const QString outputUnit = QString::fromStdString(unit);
  std::vector<double> baseInputs;
  for (const ModelInput& input : model.inputs()) baseInputs.push_back(input.baseValue);
  // Money in the display unit, as the results show it; the grid model holds what it shows.
  const MoneyDisplay money = moneyDisplay(document_->scenario());
  SensitivityGrid shown = grid;
  for (std::optional<double>& cell : shown.cells)
    if (cell) cell = money.inUnit(*cell, unit);
  const double baseOutput = money.inUnit(valor::outputOf(model.baseOutputs(), output), unit);
  gridModel_->setGrid(std::move(shown), columns, rows, outputUnit, baseOutput, baseInputs);
  showSweep(oneWay, xUnit, output);
  const QString base = formatOutputValue(baseOutput, outputUnit, 2);
  const QString layout =
      oneWay ? tr("Columns: %1; base value %2.").arg(InputCaption::of(paths_[0]), base)
             : tr("Rows: %1; columns: %2; base value %3.")
                   .arg(InputCaption::of(paths_[1]), InputCaption::of(paths_[0]), base);
  say(message_,
      layout + (unvalued > 0 ? tr(" %n cell(s) cannot be valued.", "", static_cast<int>(unvalued))
                             : QString()),
      false);
}

void SensitivityPage::redisplay() {
  if (!showAgain_ || runner_->running()) return;
  const std::function<void()> again = showAgain_;  // showing does not replace what runs
  again();
}

void SensitivityPage::showSweep(bool oneWay, const QString& xUnit, OutputIndex output) {
  sweep_->setVisible(oneWay);
  if (!oneWay) return;
  auto* line = new QLineSeries;
  line->setName(InputCaption::output(
      document_->scenario(), output_->itemData(static_cast<int>(output)).toString().toStdString()));
  const SensitivityGrid& grid = gridModel_->grid();
  const bool percent = xUnit == QLatin1String("rate");
  // The output axis is named by outputUnitCaption: a rate output in percent.
  const double outputScale =
      outputUnitCaption(document_->scenario(), gridOutput_) == QLatin1String("%") ? 100 : 1;
  for (std::size_t c = 0; c < grid.xs.size(); ++c)
    if (grid.cells[c]) line->append(grid.xs[c] * (percent ? 100 : 1), *grid.cells[c] * outputScale);
  sweep_->showSeries({line},
                     InputCaption::of(paths_[0]) + (percent ? QStringLiteral(" (%)") : QString()),
                     outputUnitCaption(document_->scenario(), gridOutput_));
}

QString SensitivityPage::csv() const {
  if (!computed_) return {};
  // What a reader of the file needs first: the scenario, the output in its unit and the inputs;
  // then the grid as shown, captions and values at display precision.
  const ScenarioDocument& doc = document_->scenario();
  const std::string* name = doc.root().text("name");
  QString output = InputCaption::output(doc, gridOutput_);
  if (const QString unit = outputUnitCaption(doc, gridOutput_); !unit.isEmpty())
    output = tr("%1 (%2)", "output (unit)").arg(output, unit);
  QString out = csvLine({gridTitle()});
  out += csvLine({tr("Scenario"), name ? QString::fromStdString(*name) : QString()});
  out += csvLine({tr("Output"), output});
  out += csvLine({tr("Across"), InputCaption::of(paths_[0])});
  if (paths_.size() > 1) out += csvLine({tr("Down"), InputCaption::of(paths_[1])});
  return out + csvLine({}) + tableAsCsv(*table_);
}

void SensitivityPage::exportCsv() {
  if (!computed_) compute();
  if (!computed_) return;
  const QString path =
      QFileDialog::getSaveFileName(this, tr("Export Sensitivity Grid"),
                                   QStringLiteral("sensitivity.csv"), tr("CSV files (*.csv)"));
  if (path.isEmpty()) return;
  QSaveFile file(path);  // all or nothing: a failed write leaves no half file
  if (!file.open(QIODevice::WriteOnly) || file.write(csv().toUtf8()) < 0 || !file.commit())
    say(message_, tr("Could not write %1: %2").arg(path, file.errorString()), true);
  else
    say(message_, tr("Saved %1.").arg(path), false);
}

// ---- Tornado and spider -------------------------------------------------------------------

TornadoPage::TornadoPage(Document* document, QWidget* parent)
    : QWidget(parent), document_(document), runner_(new JobRunner(this)) {
  change_ = new QDoubleSpinBox(this);
  change_->setRange(1, 90);
  change_->setValue(10);
  change_->setSuffix(QStringLiteral(" %"));
  tx_.add([=, this] { change_->setAccessibleName(tr("Change of each input")); });
  output_ = outputChoice(this, document_->scenario());
  tx_.add([this] {
    translateOutputChoice(output_, document_->scenario());
    output_->setAccessibleName(tr("Output"));
  });
  auto* computeButton = new QPushButton(this);
  tx_.add([=, this] { computeButton->setText(tr("&Compute Tornado")); });
  auto* row = new QHBoxLayout;
  row->addWidget(translatedLabel(tx_, change_, [] { return tr("Move each input by ±"); }));
  row->addWidget(change_);
  row->addWidget(translatedLabel(tx_, output_, [] { return tr("&Output"); }));
  row->addWidget(output_);
  row->addStretch(1);
  row->addWidget(computeButton);
  bars_ = new AnalyticsChart(this);
  tx_.add([this] { bars_->setTitle(tr("Tornado: swing of the output")); });
  bars_->setMinimumHeight(320);
  spider_ = new AnalyticsChart(this);
  // Six input names do not fit under the lines side by side: listed beside them, whole.
  spider_->chart()->legend()->setAlignment(Qt::AlignRight);
  spider_->chart()->legend()->setShowToolTips(true);
  tx_.add([this] { spider_->setTitle(tr("Spider: output as each input moves")); });
  message_ = messageLabel(this);
  auto* split = new QSplitter(Qt::Horizontal, this);
  split->addWidget(bars_);
  split->addWidget(spider_);
  auto* layout = new QVBoxLayout(this);
  layout->addLayout(row);
  layout->addWidget(split, 1);
  layout->addWidget(message_);
  connect(computeButton, &QPushButton::clicked, this, [this] {
    saveChoices();
    compute();
  });
  connect(document_, &Document::changed, this, [this] {
    applySavedChoices();
    if (!tornado_.bars.empty()) compute();
  });
  applySavedChoices();
}

void TornadoPage::saveChoices() {
  const std::string output = output_->currentData().toString().toStdString();
  const double change = change_->value() / 100;
  // The defaults need no settings block of their own.
  if (!settingsBlock(*document_, kSettingsSlot) && output_->currentIndex() == 0 && change == 0.1)
    return;
  const QString error = saved_.save(
      *document_, {{"tornado_output", Value(output)}, {"tornado_change", Value(change)}},
      PlainChange::SaveTornadoSettings);
  if (!error.isEmpty()) say(message_, error, true);
}

void TornadoPage::applySavedChoices() {
  std::optional<Entity> saved;
  if (!saved_.takeChange(*document_, saved) || !saved) return;
  if (const std::string* key = saved->text("tornado_output")) chooseOutput(output_, *key);
  if (const double* change = saved->number("tornado_change")) change_->setValue(*change * 100);
}

void TornadoPage::changeEvent(QEvent* event) {
  if (event->type() == QEvent::LanguageChange) {
    tx_.retranslate();
    if (!tornado_.bars.empty()) compute();
  }
  QWidget::changeEvent(event);
}

void TornadoPage::compute() {
  const ScenarioDocument& doc = document_->scenario();
  auto prepared = prepareValuationModel(doc, valuationInputPaths(doc));
  if (!prepared) {
    say(message_, QString::fromStdString(prepared.error().message), true);
    return;
  }
  std::shared_ptr<const ValuationModel> model = std::move(prepared).value();
  const double change = change_->value() / 100;
  const OutputIndex output = chosenOutput(output_);
  // Every input moved at both ends, and the spider lines, on a worker over a copy of the model.
  runner_->start([=, this](std::stop_token, jobs::Progress&) -> std::function<void()> {
    Tornado tornado = evaluateTornado(*model, output, relativeRanges(*model, change));
    const std::vector<double> changes = linearSteps(-change, change, 9);
    std::vector<SpiderLine> lines = evaluateSpider(*model, output, changes);
    return [=, this, tornado = std::move(tornado), lines = std::move(lines)] {
      // Kept to be shown again in another display unit.
      showAgain_ = [=, this] { showTornado(tornado, lines, changes, change, *model, output); };
      showTornado(tornado, lines, changes, change, *model, output);
    };
  });
}

void TornadoPage::redisplay() {
  if (!showAgain_ || runner_->running()) return;
  const std::function<void()> again = showAgain_;
  again();
}

bool TornadoPage::computing() const {
  return runner_->running();
}

void TornadoPage::showTornado(const Tornado& tornado, const std::vector<SpiderLine>& lines,
                              const std::vector<double>& changes, double change,
                              const ValuationModel& model, OutputIndex output) {
  const std::string& outputKey = model.outputs()[output].key;
  const QString outputUnit = QString::fromStdString(model.outputs()[output].unit);
  // Money in the display unit, as the results show it.
  const MoneyDisplay money = moneyDisplay(document_->scenario());
  const auto shownOutput = [&](double v) { return money.inUnit(v, model.outputs()[output].unit); };
  const auto inputUnit = [&](const std::string& path) {
    for (const ModelInput& in : model.inputs())
      if (in.path == path) return QString::fromStdString(in.unit);
    return QString();
  };
  tornado_ = tornado;
  // The twelve widest bars, widest on top.
  bars_->clear();
  auto* low = new QBarSet(tr("Input −%1 %").arg(change * 100));
  auto* high = new QBarSet(tr("Input +%1 %").arg(change * 100));
  QStringList categories;
  std::vector<const TornadoBar*> shown;
  for (const TornadoBar& bar : tornado_.bars)
    if (bar.outputAtLow && bar.outputAtHigh && bar.swing > 0 && shown.size() < 12)
      shown.push_back(&bar);
  std::reverse(shown.begin(), shown.end());  // a horizontal bar chart draws the first at the bottom
  for (const TornadoBar* bar : shown) {
    // The input's two values, in absolute terms beside its bar (the output at each is in the
    // bar's tooltip).
    const QString unit = inputUnit(bar->path);
    categories << tr("%1<br>%2 to %3")
                      .arg(InputCaption::of(bar->path).toHtmlEscaped(),
                           formatSignificant(bar->low, unit, 4),
                           formatSignificant(bar->high, unit, 4));
    *low << shownOutput(*bar->outputAtLow - tornado_.baseOutput);
    *high << shownOutput(*bar->outputAtHigh - tornado_.baseOutput);
  }
  auto* series = new QHorizontalBarSeries;
  series->append(low);
  series->append(high);
  // Hovering a bar names the input's value and the output there, in absolute terms.
  std::vector<QString> lowTips, highTips;
  for (const TornadoBar* bar : shown) {
    const QString caption = InputCaption::of(bar->path);
    const QString unit = inputUnit(bar->path);
    lowTips.push_back(tr("%1 %2: %3")
                          .arg(caption, formatSignificant(bar->low, unit, 4),
                               formatOutputValue(shownOutput(*bar->outputAtLow), outputUnit, 2)));
    highTips.push_back(tr("%1 %2: %3")
                           .arg(caption, formatSignificant(bar->high, unit, 4),
                                formatOutputValue(shownOutput(*bar->outputAtHigh), outputUnit, 2)));
  }
  connect(series, &QHorizontalBarSeries::hovered, this,
          [low, lowTips, highTips](bool status, int index, QBarSet* set) {
            if (!status || index < 0 || index >= static_cast<int>(lowTips.size()))
              return QToolTip::hideText();
            QToolTip::showText(QCursor::pos(), set == low ? lowTips[index] : highTips[index]);
          });
  series->setBarWidth(0.8);
  auto* names = new QBarCategoryAxis;
  names->append(categories);
  auto* values = new QValueAxis;
  QString valuesTitle =
      tr("Change from the base value %1")
          .arg(formatOutputValue(shownOutput(tornado_.baseOutput), outputUnit, 2));
  QString spiderTitle = InputCaption::output(document_->scenario(), outputKey);
  if (model.outputs()[output].unit == "money") {
    valuesTitle = tr("%1 (%2)", "an axis and its unit").arg(valuesTitle, money.caption);
    spiderTitle = tr("%1 (%2)", "an axis and its unit").arg(spiderTitle, money.caption);
  }
  values->setTitleText(valuesTitle);
  bars_->showWithAxes(series, values, names);

  // Spider lines for the six widest inputs.
  std::vector<QAbstractSeries*> spiderLines;
  for (auto it = shown.rbegin(); it != shown.rend() && spiderLines.size() < 6; ++it) {
    const auto line = std::find_if(lines.begin(), lines.end(),
                                   [&](const SpiderLine& l) { return l.path == (*it)->path; });
    auto* s = new QLineSeries;
    s->setName(InputCaption::of(line->path));
    for (std::size_t k = 0; k < changes.size(); ++k)
      if (line->outputs[k]) s->append(changes[k] * 100, shownOutput(*line->outputs[k]));
    spiderLines.push_back(s);
  }
  spider_->showSeries(spiderLines, tr("Change of the input (%)"), spiderTitle);
  const auto unvalued =
      std::count_if(tornado_.bars.begin(), tornado_.bars.end(),
                    [](const TornadoBar& b) { return !b.outputAtLow || !b.outputAtHigh; });
  say(message_,
      tr("%n input(s) moved one at a time.", "", static_cast<int>(tornado_.bars.size())) +
          (unvalued > 0 ? tr(" %n could not be valued at one end of the range.", "",
                             static_cast<int>(unvalued))
                        : QString()),
      false);
}

// ---- Goal seek ----------------------------------------------------------------------------

GoalSeekPage::GoalSeekPage(Document* document, QWidget* parent)
    : QWidget(parent), document_(document) {
  field_ = new QComboBox(this);
  fillInputChoices(field_, document_->scenario(), 0, {}, /*whatIf=*/true);
  // The kind's usual question first (for a DCF: the implied WACC at a price).
  if (const ModelPresentation* p = presentationOf(document_->scenario());
      p && !p->goalSeekInput.empty())
    if (const int i = field_->findData(QString::fromStdString(p->goalSeekInput)); i >= 0)
      field_->setCurrentIndex(i);
  output_ = outputChoice(this, document_->scenario());
  target_ = new QLineEdit(this);
  tx_.add([=, this] { target_->setPlaceholderText(tr("e.g. today's share price")); });
  tx_.add([=, this] { field_->setAccessibleName(tr("Input to solve for")); });
  tx_.add([this] {
    translateOutputChoice(output_, document_->scenario());
    output_->setAccessibleName(tr("Output"));
  });
  tx_.add([=, this] { target_->setAccessibleName(tr("Target value")); });
  auto* form = new QFormLayout;
  form->addRow(translatedLabel(tx_, field_, [] { return tr("&Solve for"); }), field_);
  form->addRow(translatedLabel(tx_, output_, [] { return tr("So that"); }), output_);
  form->addRow(translatedLabel(tx_, target_, [] { return tr("E&quals"); }), target_);
  auto* solveButton = new QPushButton(this);
  tx_.add([=, this] { solveButton->setText(tr("S&olve")); });
  apply_ = new QPushButton(this);
  apply_->setObjectName(QStringLiteral("useGoalSeekResult"));
  tx_.add([this] { apply_->setText(tr("&Use This Value")); });
  apply_->setEnabled(false);
  tx_.add([=, this] {
    apply_->setToolTip(tr("Set the input to the solved value (an undoable change)"));
  });
  auto* buttons = new QHBoxLayout;
  buttons->addWidget(solveButton);
  buttons->addWidget(apply_);
  buttons->addStretch(1);
  result_ = messageLabel(this);
  result_->setObjectName(QStringLiteral("goalSeekResult"));
  auto* layout = new QVBoxLayout(this);
  layout->addLayout(form);
  layout->addLayout(buttons);
  layout->addWidget(result_);
  layout->addStretch(1);
  connect(solveButton, &QPushButton::clicked, this, &GoalSeekPage::solve);
  connect(target_, &QLineEdit::returnPressed, this, &GoalSeekPage::solve);
  connect(apply_, &QPushButton::clicked, this, [this] {
    if (!solved_) return;
    auto address = resolveFieldPath(document_->scenario(), solvedPath_);
    if (!address) return;
    const QString error =
        document_->setField(address.value().entity, address.value().field, Value(solved_->value),
                            labels::plain(PlainChange::UseGoalSeekResult), address.value().year);
    if (!error.isEmpty()) say(result_, error, true);
  });
  connect(document_, &Document::changed, this, [this] {
    fillInputChoices(field_, document_->scenario(), 0, {}, /*whatIf=*/true);
    solved_.reset();
    apply_->setEnabled(false);
  });
}

void GoalSeekPage::changeEvent(QEvent* event) {
  if (event->type() == QEvent::LanguageChange) {
    tx_.retranslate();
    fillInputChoices(field_, document_->scenario(), 0, {}, /*whatIf=*/true);
    if (solved_) solve();
  }
  QWidget::changeEvent(event);
}

QString GoalSeekPage::resultText() const {
  return result_->text();
}

void GoalSeekPage::solve() {
  solved_.reset();
  apply_->setEnabled(false);
  const ScenarioDocument& doc = document_->scenario();
  const std::string path = chosenPath(field_);
  auto model = prepareValuationModel(doc, {path});
  if (!model) {
    say(result_, QString::fromStdString(model.error().message), true);
    return;
  }
  const OutputIndex output = chosenOutput(output_);
  // The target in the output's unit: an IRR of 25 is typed as 25 (%).
  const QString outputUnit = QString::fromStdString(model.value()->outputs()[output].unit);
  const ParsedNumber target = parseFieldValue(target_->text(), outputUnit);
  if (!target.value) {
    say(result_, tr("Target: %1").arg(target.error), true);
    return;
  }
  auto result = goalSeek(*model.value(), output, *target.value);
  if (!result) {
    say(result_, QString::fromStdString(result.error().message), true);
    return;
  }
  const ModelInput& input = model.value()->inputs().front();
  const QString unit = QString::fromStdString(input.unit);
  solved_ = result.value();
  solvedPath_ = path;
  // Overriding a built-up WACC is a what-if, not a field the valuation reads: nothing to set.
  apply_->setEnabled(!input.overridesDerived && !document_->workspace().readOnly());
  // The target is typed like an input, in the scenario's own unit: the amount reached is shown
  // in it too, and named, whatever the display unit of the results.
  QString achieved = formatOutputValue(solved_->achieved, outputUnit, 4);
  if (outputUnit == QLatin1String("money"))
    achieved = tr("%1 %2", "an amount and its unit")
                   .arg(achieved, enteredMoneyCaption(document_->scenario()));
  // The solved value to six significant digits (Use This Value sets it exactly).
  say(result_,
      tr("%1 = %2 gives %3 = %4 (now %5).")
          .arg(InputCaption::of(path), formatSignificant(solved_->value, unit),
               output_->currentText(), achieved, formatFieldValue(input.baseValue, unit)),
      false);
}

}  // namespace valor::ui
