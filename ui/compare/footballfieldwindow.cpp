#include "ui/compare/footballfieldwindow.h"

#include <QEvent>
#include <QEventLoop>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

#include "core/store/workspace.h"
#include "ui/common/messagebox.h"
#include "ui/compare/footballbardialog.h"
#include "ui/compare/footballchart.h"
#include "ui/editors/numberformat.h"
#include "ui/jobs/jobrunner.h"
#include "ui/results/tableactions.h"

namespace valor::ui {

FootballFieldWindow::FootballFieldWindow(std::shared_ptr<Workspace> workspace, int decimals,
                                         QWidget* parent)
    : QDialog(parent),
      workspace_(std::move(workspace)),
      decimals_(decimals),
      runner_(new JobRunner(this)),
      priceLabel_(new QLabel(this)),
      price_(new QLineEdit(this)),
      add_(new QPushButton(this)),
      edit_(new QPushButton(this)),
      remove_(new QPushButton(this)),
      up_(new QPushButton(this)),
      down_(new QPushButton(this)),
      table_(new QTableWidget(0, ColumnCount, this)),
      chart_(new FootballChart(this)),
      status_(new QLabel(this)) {
  setWindowFlag(Qt::WindowMaximizeButtonHint);
  priceLabel_->setBuddy(price_);
  price_->setObjectName(QStringLiteral("currentPrice"));
  price_->setAlignment(Qt::AlignRight);
  price_->setMaximumWidth(120);
  table_->setObjectName(QStringLiteral("ranges"));
  table_->setSelectionBehavior(QAbstractItemView::SelectRows);
  table_->setSelectionMode(QAbstractItemView::SingleSelection);
  table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
  table_->verticalHeader()->hide();
  addTableActions(table_, QStringLiteral("football-field"));
  table_->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
  table_->horizontalHeader()->setStretchLastSection(true);
  chart_->setMinimumSize(480, 260);
  status_->setWordWrap(true);

  auto* top = new QHBoxLayout;
  for (QPushButton* b : {add_, edit_, remove_, up_, down_}) top->addWidget(b);
  top->addStretch();
  top->addWidget(priceLabel_);
  top->addWidget(price_);
  auto* split = new QSplitter(Qt::Vertical, this);
  split->addWidget(chart_);
  split->addWidget(table_);
  split->setStretchFactor(0, 3);
  split->setStretchFactor(1, 2);
  auto* layout = new QVBoxLayout(this);
  layout->addLayout(top);
  layout->addWidget(split, 1);
  layout->addWidget(status_);

  connect(add_, &QPushButton::clicked, this, &FootballFieldWindow::addRange);
  connect(edit_, &QPushButton::clicked, this, &FootballFieldWindow::editRange);
  connect(remove_, &QPushButton::clicked, this, &FootballFieldWindow::removeRange);
  connect(up_, &QPushButton::clicked, this, [this] { moveRange(-1); });
  connect(down_, &QPushButton::clicked, this, [this] { moveRange(1); });
  connect(table_, &QTableWidget::itemSelectionChanged, this,
          &FootballFieldWindow::selectionChanged);
  connect(table_, &QTableWidget::cellDoubleClicked, this, &FootballFieldWindow::editRange);
  connect(price_, &QLineEdit::editingFinished, this, &FootballFieldWindow::priceEdited);
  connect(runner_, &JobRunner::started, this,
          [this] { status_->setText(tr("Valuing the ranges…")); });

  const bool writable = !workspace_->readOnly();
  for (QWidget* w : {static_cast<QWidget*>(add_), static_cast<QWidget*>(price_)})
    w->setEnabled(writable);
  retranslate();
  resize(960, 640);
  reload();
}

// The children outlive this part of the window while it is destroyed: a price edit losing its
// focus then must not call back into a window that is no longer one.
FootballFieldWindow::~FootballFieldWindow() {
  price_->disconnect(this);
  table_->disconnect(this);
  runner_->disconnect(this);
}

void FootballFieldWindow::retranslate() {
  setWindowTitle(tr("Football Field"));
  add_->setText(tr("&Add Range…"));
  edit_->setText(tr("&Edit…"));
  remove_->setText(tr("&Remove"));
  up_->setText(tr("Move &Up"));
  down_->setText(tr("Move &Down"));
  priceLabel_->setText(tr("&Current share price:"));
  price_->setAccessibleName(tr("Current share price"));
  price_->setPlaceholderText(tr("none"));
  table_->setAccessibleName(tr("Value-per-share ranges"));
  chart_->setAccessibleName(tr("Football field chart"));
  table_->setHorizontalHeaderLabels(
      {tr("Range"), tr("Method"), tr("Low"), tr("Point"), tr("High"), tr("Note")});
}

bool FootballFieldWindow::event(QEvent* event) {
  if (event->type() == QEvent::WindowActivate && !field_.bars.empty() &&
      currentState() != valuedState_)
    value();
  return QDialog::event(event);
}

void FootballFieldWindow::changeEvent(QEvent* event) {
  if (event->type() == QEvent::LanguageChange) {
    retranslate();
    showField();
  }
  QDialog::changeEvent(event);
}

void FootballFieldWindow::reload() {
  auto loaded = loadFootballField(*workspace_);
  if (!loaded) {
    // Settings another program wrote badly are shown as the reason, never silently dropped.
    status_->setText(tr("The saved football field cannot be read: %1")
                         .arg(QString::fromStdString(loaded.error().message)));
    field_ = {};
  } else {
    field_ = std::move(loaded).value();
  }
  price_->setText(field_.currentPrice ? format(*field_.currentPrice) : QString());
  valued_.reset();
  showField();
  value();
}

bool FootballFieldWindow::save(FootballField field) {
  if (auto saved = saveFootballField(*workspace_, field); !saved) {
    messages::warning(this, tr("Football Field"),
                      tr("The football field could not be saved: %1")
                          .arg(QString::fromStdString(saved.error().message)));
    return false;
  }
  field_ = std::move(field);
  valued_.reset();
  showField();
  value();
  return true;
}

bool FootballFieldWindow::addBar(const FootballBar& bar) {
  if (field_.bars.size() >= kMaxFootballBars) {
    messages::warning(this, tr("Football Field"),
                      tr("A football field holds at most %1 ranges.").arg(kMaxFootballBars));
    return false;
  }
  FootballField field = field_;
  field.bars.push_back(bar);
  if (!save(std::move(field))) return false;
  table_->selectRow(static_cast<int>(field_.bars.size()) - 1);
  return true;
}

void FootballFieldWindow::addRange() {
  FootballBar start;
  start.method = FootballMethod::Sensitivity;
  FootballBarDialog dialog(*workspace_, start, this);
  if (dialog.exec() == QDialog::Accepted) addBar(dialog.bar());
}

void FootballFieldWindow::editRange() {
  const int row = table_->currentRow();
  if (row < 0 || row >= static_cast<int>(field_.bars.size()) || workspace_->readOnly()) return;
  FootballBarDialog dialog(*workspace_, field_.bars[static_cast<std::size_t>(row)], this);
  if (dialog.exec() != QDialog::Accepted) return;
  FootballField field = field_;
  field.bars[static_cast<std::size_t>(row)] = dialog.bar();
  if (save(std::move(field))) table_->selectRow(row);
}

void FootballFieldWindow::removeRange() {
  const int row = table_->currentRow();
  if (row < 0 || row >= static_cast<int>(field_.bars.size())) return;
  FootballField field = field_;
  field.bars.erase(field.bars.begin() + row);
  if (save(std::move(field)) && !field_.bars.empty())
    table_->selectRow(std::min(row, static_cast<int>(field_.bars.size()) - 1));
}

void FootballFieldWindow::moveRange(int by) {
  const int row = table_->currentRow();
  const int to = row + by;
  if (row < 0 || to < 0 || to >= static_cast<int>(field_.bars.size())) return;
  FootballField field = field_;
  std::swap(field.bars[static_cast<std::size_t>(row)], field.bars[static_cast<std::size_t>(to)]);
  if (save(std::move(field))) table_->selectRow(to);
}

void FootballFieldWindow::setCurrentPriceText(const QString& text) {
  price_->setText(text);
  priceEdited();
}

void FootballFieldWindow::priceEdited() {
  std::optional<double> price;
  if (!price_->text().trimmed().isEmpty()) {
    const ParsedNumber parsed = parseFieldValue(price_->text(), QStringLiteral("price"));
    if (!parsed.value || *parsed.value <= 0) {
      status_->setText(parsed.value ? tr("The current share price must be above 0.")
                                    : tr("Current share price: %1").arg(parsed.error));
      return;
    }
    price = parsed.value;
  }
  if (price == field_.currentPrice) return;
  FootballField field = field_;
  field.currentPrice = price;
  save(std::move(field));
}

std::string FootballFieldWindow::currentState() const {
  std::string state = footballFieldToJson(field_);
  if (auto listed = workspace_->listScenarios())
    for (const ScenarioSummary& s : listed.value())
      state += "\n" + s.id.toString() + "@" + std::to_string(s.revision);
  return state;
}

void FootballFieldWindow::value() {
  valuedState_ = currentState();
  auto scenarios = footballScenarios(*workspace_, field_);
  if (!scenarios) {
    status_->setText(QString::fromStdString(scenarios.error().message));
    return;
  }
  if (field_.bars.empty()) {
    valued_ = std::vector<ValuedFootballBar>{};
    showField();
    emit valued();
    return;
  }
  runner_->start([this, field = field_, docs = std::move(scenarios).value()](
                     std::stop_token stop, jobs::Progress&) -> std::function<void()> {
    auto bars = std::make_shared<Result<std::vector<ValuedFootballBar>>>(
        valueFootballBars(field, docs, analyticsPool(), stop));
    return [this, bars] {
      if (!bars->ok()) {
        status_->setText(QString::fromStdString(bars->error().message));
        return;
      }
      display(std::move(*bars).value());
    };
  });
}

void FootballFieldWindow::valueNow() {
  QEventLoop loop;
  connect(this, &FootballFieldWindow::valued, &loop, &QEventLoop::quit);
  value();
  if (!valued_) loop.exec();
}

bool FootballFieldWindow::valuing() const {
  return runner_->running();
}

void FootballFieldWindow::display(std::vector<ValuedFootballBar> bars) {
  valued_ = std::move(bars);
  showField();
  emit valued();
}

QString FootballFieldWindow::format(double v) const {
  return formatOutputValue(v, QStringLiteral("price"), decimals_);
}

QString FootballFieldWindow::methodCaption(const FootballBar& bar) const {
  switch (bar.method) {
    case FootballMethod::Sensitivity:
      return tr("Sensitivity");
    case FootballMethod::MonteCarlo:
      return tr("Monte Carlo P%1–P%2").arg(bar.lowPercentile).arg(bar.highPercentile);
    case FootballMethod::TargetIrr:
      return tr("LBO at IRR %1–%2")
          .arg(formatOutputValue(bar.irrLow, QStringLiteral("rate"), 1),
               formatOutputValue(bar.irrHigh, QStringLiteral("rate"), 1));
    case FootballMethod::MaxOfferPrice:
      return tr("M&A maximum price");
    case FootballMethod::Typed:
      break;
  }
  return tr("Typed");
}

QString FootballFieldWindow::label(const FootballBar& bar, const std::string& scenarioName) const {
  if (!bar.label.empty()) return QString::fromStdString(bar.label);
  const QString name =
      scenarioName.empty() ? tr("(deleted scenario)") : QString::fromStdString(scenarioName);
  return tr("%1: %2").arg(name, methodCaption(bar));
}

QString FootballFieldWindow::reason(const Error& error) const {
  const std::string& code = error.code;
  if (code == "football.no_scenario") return tr("The scenario is no longer in the workspace.");
  if (code == "football.no_value_per_share")
    return tr("This kind of scenario has no value per share to vary.");
  if (code == "football.no_monte_carlo")
    return tr("The scenario has no Monte Carlo inputs yet: choose them on its Monte Carlo tab.");
  if (code == "football.not_lbo") return tr("A price at a target IRR needs an LBO scenario.");
  if (code == "football.not_ma") return tr("A maximum offer price needs an M&A scenario.");
  if (code == "football.no_max_price")
    return tr("No pro-forma year has a maximum EPS-neutral price.");
  if (code == "football.nothing_valued") return tr("No point of the range can be valued.");
  if (code == "analytics.scenario_invalid")
    return tr("The scenario cannot be valued as it is; its editor shows why.");
  return QString::fromStdString(error.message);
}

void FootballFieldWindow::showField() {
  const int rows = static_cast<int>(field_.bars.size());
  const int selected = table_->currentRow();
  table_->setRowCount(rows);
  std::vector<FootballChart::Bar> chartBars;
  int failed = 0;
  for (int row = 0; row < rows; ++row) {
    const FootballBar& bar = field_.bars[static_cast<std::size_t>(row)];
    const ValuedFootballBar* v =
        valued_ && static_cast<std::size_t>(row) < valued_->size() ? &(*valued_)[row] : nullptr;
    FootballChart::Bar chartBar{label(bar, v ? v->scenarioName : std::string()), {}, {}, {}};
    QString low, point, high, note;
    if (v && v->range) {
      const FootballRange& r = v->range.value();
      chartBar.low = r.low;
      chartBar.high = r.high;
      chartBar.point = r.point;
      low = format(r.low);
      high = format(r.high);
      if (r.point) point = format(*r.point);
      if (bar.method == FootballMethod::Sensitivity && r.unvalued > 0)
        note = tr("%n grid point(s) could not be valued and are left out.", nullptr,
                  static_cast<int>(r.unvalued));
      if (bar.method == FootballMethod::MonteCarlo)
        note = tr("%1 paths, %2 not valued")
                   .arg(QLocale().toString(qulonglong(r.paths)),
                        QLocale().toString(qulonglong(r.unvalued)));
    } else if (v) {
      note = reason(v->range.error());
      ++failed;
    }
    const QString cells[ColumnCount] = {chartBar.label, methodCaption(bar), low, point, high, note};
    for (int c = 0; c < ColumnCount; ++c) {
      auto* item = new QTableWidgetItem(cells[c]);
      if (c >= LowColumn && c <= HighColumn)
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
      table_->setItem(row, c, item);
    }
    chartBars.push_back(std::move(chartBar));
  }
  if (selected >= 0 && selected < rows) table_->selectRow(selected);
  FootballChart::Captions captions{tr("Value per share"), tr("Range"), tr("Scenario value"),
                                   field_.currentPrice
                                       ? tr("Current price %1").arg(format(*field_.currentPrice))
                                       : tr("Current price"),
                                   tr("no range")};
  chart_->setBars(
      std::move(chartBars), field_.currentPrice, [this](double v) { return format(v); }, captions);
  if (rows == 0)
    status_->setText(tr("No ranges yet: Add Range lines up a scenario's ranges or one typed in."));
  else if (valued_)
    status_->setText(
        failed ? tr("%n range(s) could not be valued; the Note column says why.", nullptr, failed)
               : tr("Every range is valued on the scenarios as they are now."));
  selectionChanged();
}

void FootballFieldWindow::selectionChanged() {
  const int row = table_->currentRow();
  const int rows = static_cast<int>(field_.bars.size());
  const bool writable = !workspace_->readOnly();
  const bool chosen = writable && row >= 0 && row < rows;
  edit_->setEnabled(chosen);
  remove_->setEnabled(chosen);
  up_->setEnabled(chosen && row > 0);
  down_->setEnabled(chosen && row + 1 < rows);
}

}  // namespace valor::ui
