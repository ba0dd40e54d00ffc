#include "ui/compare/footballbardialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

#include "core/compare/footballrange.h"
#include "core/models/registry.h"
#include "ui/analytics/inputcaption.h"
#include "ui/editors/numberformat.h"
#include "ui/models/presentation.h"

namespace valor::ui {
namespace {

constexpr FootballMethod kMethods[] = {FootballMethod::Sensitivity, FootballMethod::MonteCarlo,
                                       FootballMethod::TargetIrr, FootballMethod::MaxOfferPrice,
                                       FootballMethod::Typed};

QLineEdit* numberEdit(QWidget* parent, const char* name) {
  auto* edit = new QLineEdit(parent);
  edit->setObjectName(QLatin1String(name));
  edit->setAlignment(Qt::AlignRight);
  return edit;
}

QString text(double value, const QString& unit) {
  return formatFieldValue(value, unit);
}

}  // namespace

FootballBarDialog::FootballBarDialog(Workspace& workspace, const FootballBar& bar, QWidget* parent)
    : QDialog(parent),
      workspace_(workspace),
      bar_(bar),
      form_(new QFormLayout),
      method_(new QComboBox(this)),
      scenario_(new QComboBox(this)),
      label_(new QLineEdit(this)),
      inputs_{new QComboBox(this), new QComboBox(this)},
      spreads_{numberEdit(this, "spread1"), numberEdit(this, "spread2")},
      lowPercentile_(new QSpinBox(this)),
      highPercentile_(new QSpinBox(this)),
      irrLow_(numberEdit(this, "irrLow")),
      irrHigh_(numberEdit(this, "irrHigh")),
      netDebt_(numberEdit(this, "netDebt")),
      shares_(numberEdit(this, "shares")),
      low_(numberEdit(this, "low")),
      high_(numberEdit(this, "high")),
      message_(new QLabel(this)) {
  setWindowTitle(tr("Football Field Range"));
  method_->addItem(tr("Sensitivity range of a scenario"));
  method_->addItem(tr("Monte Carlo range of a scenario"));
  method_->addItem(tr("LBO price at target IRRs"));
  method_->addItem(tr("M&A maximum offer price"));
  method_->addItem(tr("Range typed in (comparables, precedents, 52-week range)"));
  method_->setCurrentIndex(static_cast<int>(
      std::find(std::begin(kMethods), std::end(kMethods), bar.method) - std::begin(kMethods)));
  for (QSpinBox* box : {lowPercentile_, highPercentile_}) {
    box->setRange(1, 99);
    box->setPrefix(QStringLiteral("P"));
  }
  lowPercentile_->setValue(bar.lowPercentile);
  highPercentile_->setValue(bar.highPercentile);
  label_->setText(QString::fromStdString(bar.label));
  irrLow_->setText(text(bar.irrLow, QStringLiteral("rate")));
  irrHigh_->setText(text(bar.irrHigh, QStringLiteral("rate")));
  // A new range starts with these empty: a 0 typed for the analyst would be a made-up number.
  const bool editing = !bar.scenario.isNil() || !bar.label.empty();
  if (editing && bar.method == FootballMethod::TargetIrr) {
    netDebt_->setText(text(bar.netDebt, QStringLiteral("money")));
    shares_->setText(text(bar.shares, QStringLiteral("shares")));
  }
  if (editing && bar.method == FootballMethod::Typed) {
    low_->setText(text(bar.low, QStringLiteral("price")));
    high_->setText(text(bar.high, QStringLiteral("price")));
  }

  form_->addRow(tr("&Method:"), method_);
  form_->addRow(tr("&Scenario:"), scenario_);
  form_->addRow(tr("&Label:"), label_);
  form_->addRow(tr("&First input:"), inputs_[0]);
  form_->addRow(tr("Spread of the first (±):"), spreads_[0]);
  form_->addRow(tr("S&econd input:"), inputs_[1]);
  form_->addRow(tr("Spread of the second (±):"), spreads_[1]);
  form_->addRow(tr("Low &percentile:"), lowPercentile_);
  form_->addRow(tr("High p&ercentile:"), highPercentile_);
  form_->addRow(tr("Higher target IRR (low price):"), irrHigh_);
  form_->addRow(tr("Lower target IRR (high price):"), irrLow_);
  form_->addRow(tr("Target's net &debt:"), netDebt_);
  form_->addRow(tr("Target's diluted s&hares:"), shares_);
  form_->addRow(tr("L&ow (per share):"), low_);
  form_->addRow(tr("&High (per share):"), high_);
  message_->setWordWrap(true);
  message_->setObjectName(QStringLiteral("message"));
  auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
  connect(buttons, &QDialogButtonBox::accepted, this, &FootballBarDialog::accept);
  connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
  auto* layout = new QVBoxLayout(this);
  layout->addLayout(form_);
  layout->addWidget(message_);
  layout->addWidget(buttons);

  connect(method_, &QComboBox::currentIndexChanged, this, &FootballBarDialog::methodChanged);
  connect(scenario_, &QComboBox::currentIndexChanged, this, &FootballBarDialog::scenarioChanged);
  for (int i = 0; i < 2; ++i)
    connect(inputs_[i], &QComboBox::currentIndexChanged, this, [this, i] { setSpread(i); });
  fillScenarios();
  showRows();
}

FootballMethod FootballBarDialog::method() const {
  return kMethods[std::clamp(method_->currentIndex(), 0, 4)];
}

void FootballBarDialog::methodChanged() {
  fillScenarios();
  showRows();
}

// The scenarios whose kind can give this method's range, the bar's own chosen when listed.
void FootballBarDialog::fillScenarios() {
  const QString chosen = scenario_->count() ? scenario_->currentData().toString()
                                            : QString::fromStdString(bar_.scenario.toString());
  QSignalBlocker block(scenario_);
  scenario_->clear();
  if (auto listed = workspace_.listScenarios()) {
    for (const ScenarioSummary& s : listed.value()) {
      const ModelKind* kind = findModelKind(s.model);
      if (!kind || !footballMethodFits(method(), *kind)) continue;
      scenario_->addItem(QString::fromStdString(s.name), QString::fromStdString(s.id.toString()));
    }
  }
  scenario_->setCurrentIndex(std::max(0, scenario_->findData(chosen)));
  scenarioChanged();
}

void FootballBarDialog::scenarioChanged() {
  document_.reset();
  offered_.clear();
  lever_.clear();
  const auto id = Id::parse(scenario_->currentData().toString().toStdString());
  if (id) {
    if (auto stored = workspace_.loadScenario(*id)) document_ = stored.value().document;
  }
  if (document_) {
    // The inputs that vary together, and the what-ifs (a WACC over a built-up one) first:
    // a range moves one or two inputs, a what-if alone with the others.
    if (auto model = prepareValuationModel(*document_, valuationInputPaths(*document_)))
      offered_ = model.value()->inputs();
    for (const std::string& path : whatIfInputPaths(*document_))
      if (auto model = prepareValuationModel(*document_, {path}))
        offered_.insert(offered_.begin(), model.value()->inputs().front());
    // The input a target IRR solves for: goal seek's usual one, else the first entry input the
    // scenario has (an entry given as a price rather than a multiple).
    if (const ModelPresentation* p = presentationOf(*document_)) {
      std::vector<std::string> candidates{p->goalSeekInput};
      candidates.insert(candidates.end(), p->gridAcross.begin(), p->gridAcross.end());
      for (const std::string& candidate : candidates)
        if (std::any_of(offered_.begin(), offered_.end(),
                        [&](const ModelInput& m) { return m.path == candidate; })) {
          lever_ = candidate;
          break;
        }
    }
  }
  // The inputs of a sensitivity range: the bar's own when this is its scenario, else the
  // kind's usual grid axes.
  std::vector<std::string> wanted;
  const ModelPresentation* p = document_ ? presentationOf(*document_) : nullptr;
  const bool own = id && *id == bar_.scenario && !bar_.spreads.empty();
  for (int i = 0; i < 2; ++i) {
    QSignalBlocker block(inputs_[i]);
    inputs_[i]->clear();
    if (i == 1) inputs_[i]->addItem(tr("None"), QString());
    for (const ModelInput& input : offered_)
      inputs_[i]->addItem(InputCaption::of(input.path), QString::fromStdString(input.path));
    std::string path;
    if (own && static_cast<std::size_t>(i) < bar_.spreads.size()) {
      path = bar_.spreads[static_cast<std::size_t>(i)].path;
    } else if (p && !own) {
      for (const std::string& candidate : i == 0 ? p->gridAcross : p->gridDown)
        if (inputs_[i]->findData(QString::fromStdString(candidate)) >= 0) {
          path = candidate;
          break;
        }
    }
    inputs_[i]->setCurrentIndex(std::max(0, inputs_[i]->findData(QString::fromStdString(path))));
    if (own && static_cast<std::size_t>(i) < bar_.spreads.size())
      spreads_[i]->setText(text(bar_.spreads[static_cast<std::size_t>(i)].spread, inputUnit(i)));
    else
      setSpread(i);
  }
}

QString FootballBarDialog::inputUnit(int i) const {
  const std::string path = inputs_[i]->currentData().toString().toStdString();
  for (const ModelInput& input : offered_)
    if (input.path == path) return QString::fromStdString(input.unit);
  return {};
}

// A spread an analyst would start from: one percentage point of WACC, half a point of the
// second rate, one turn of a multiple, else a tenth of the input's value.
void FootballBarDialog::setSpread(int i) {
  const std::string path = inputs_[i]->currentData().toString().toStdString();
  const auto input = std::find_if(offered_.begin(), offered_.end(),
                                  [&](const ModelInput& m) { return m.path == path; });
  if (input == offered_.end()) {
    spreads_[i]->clear();
    return;
  }
  double spread = std::abs(input->baseValue) * 0.1;
  if (input->unit == "rate") spread = i == 0 ? 0.01 : 0.005;
  if (input->unit == "multiple") spread = 1;
  if (spread == 0) spread = 1;
  spreads_[i]->setText(text(spread, QString::fromStdString(input->unit)));
}

void FootballBarDialog::showRows() {
  const FootballMethod m = method();
  const bool sensitivity = m == FootballMethod::Sensitivity;
  const bool monteCarlo = m == FootballMethod::MonteCarlo;
  const bool irr = m == FootballMethod::TargetIrr;
  const bool typed = m == FootballMethod::Typed;
  form_->setRowVisible(scenario_, !typed);
  for (int i = 0; i < 2; ++i) {
    form_->setRowVisible(inputs_[i], sensitivity);
    form_->setRowVisible(spreads_[i], sensitivity);
  }
  form_->setRowVisible(lowPercentile_, monteCarlo);
  form_->setRowVisible(highPercentile_, monteCarlo);
  for (QLineEdit* e : {irrLow_, irrHigh_, netDebt_, shares_}) form_->setRowVisible(e, irr);
  form_->setRowVisible(low_, typed);
  form_->setRowVisible(high_, typed);
  label_->setPlaceholderText(typed ? tr("e.g. Trading comparables")
                                   : tr("Named after the scenario"));
  message_->clear();
  adjustSize();
}

std::optional<double> FootballBarDialog::number(QLineEdit* edit, const QString& unit,
                                                const QString& caption) {
  const auto refuse = [&](const QString& why) -> std::optional<double> {
    if (error_.isEmpty()) {
      error_ = why;
      edit->setFocus();
    }
    return std::nullopt;
  };
  if (edit->text().trimmed().isEmpty()) return refuse(tr("%1 is required.").arg(caption));
  const ParsedNumber parsed = parseFieldValue(edit->text(), unit);
  if (!parsed.value) return refuse(tr("%1: %2").arg(caption, parsed.error));
  return parsed.value;
}

void FootballBarDialog::accept() {
  error_.clear();
  FootballBar bar;
  bar.method = method();
  bar.label = label_->text().trimmed().toStdString();
  auto refuse = [this](const QString& why, QWidget* field) {
    if (!error_.isEmpty()) return;
    error_ = why;
    field->setFocus();
  };
  if (bar.method != FootballMethod::Typed) {
    const auto id = Id::parse(scenario_->currentData().toString().toStdString());
    if (!id)
      refuse(tr("Choose a scenario: none in this workspace can give this range."), scenario_);
    else
      bar.scenario = *id;
  }
  switch (bar.method) {
    case FootballMethod::Sensitivity:
      for (int i = 0; i < 2; ++i) {
        const std::string path = inputs_[i]->currentData().toString().toStdString();
        if (path.empty()) continue;
        const QString caption =
            i == 0 ? tr("The first input's spread") : tr("The second input's spread");
        const auto spread = number(spreads_[i], inputUnit(i), caption);
        if (spread && *spread <= 0) refuse(tr("%1 must be above 0.").arg(caption), spreads_[i]);
        bar.spreads.push_back({path, spread.value_or(0)});
      }
      if (bar.spreads.empty())
        refuse(tr("Choose an input: the scenario has none that can vary."), inputs_[0]);
      else if (bar.spreads.size() == 2 && bar.spreads[0].path == bar.spreads[1].path)
        refuse(tr("Choose two different inputs, or None for the second."), inputs_[1]);
      break;
    case FootballMethod::MonteCarlo:
      bar.lowPercentile = lowPercentile_->value();
      bar.highPercentile = highPercentile_->value();
      if (bar.lowPercentile >= bar.highPercentile)
        refuse(tr("The low percentile must be below the high one."), lowPercentile_);
      break;
    case FootballMethod::TargetIrr: {
      bar.lever = lever_;
      const QString rate = QStringLiteral("rate");
      const auto high = number(irrHigh_, rate, tr("The higher target IRR"));
      const auto low = number(irrLow_, rate, tr("The lower target IRR"));
      const auto debt = number(netDebt_, QStringLiteral("money"), tr("The target's net debt"));
      const auto shares = number(shares_, QStringLiteral("shares"), tr("The target's shares"));
      bar.irrLow = low.value_or(0);
      bar.irrHigh = high.value_or(0);
      bar.netDebt = debt.value_or(0);
      bar.shares = shares.value_or(0);
      if (low && high && !(*low < *high))
        refuse(tr("The lower target IRR must be below the higher one."), irrLow_);
      if (low && *low <= -1) refuse(tr("A target IRR must be above −100 %."), irrLow_);
      if (shares && *shares <= 0) refuse(tr("The target's shares must be above 0."), shares_);
      if (lever_.empty()) refuse(tr("This scenario has no entry price to solve for."), scenario_);
      break;
    }
    case FootballMethod::Typed: {
      const QString price = QStringLiteral("price");
      const auto low = number(low_, price, tr("Low"));
      const auto high = number(high_, price, tr("High"));
      bar.low = low.value_or(0);
      bar.high = high.value_or(0);
      if (low && high && *high < *low) refuse(tr("High must not be below low."), high_);
      if (bar.label.empty())
        refuse(tr("Name the range (e.g. Trading comparables or 52-week range)."), label_);
      break;
    }
    case FootballMethod::MaxOfferPrice:
      break;
  }
  if (!error_.isEmpty()) {
    message_->setText(error_);
    return;
  }
  bar_ = std::move(bar);
  QDialog::accept();
}

}  // namespace valor::ui
