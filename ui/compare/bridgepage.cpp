#include "ui/compare/bridgepage.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDateTime>
#include <QEvent>
#include <QGridLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

#include "core/compare/bridgehistory.h"
#include "core/jobs/threadpool.h"
#include "core/models/registry.h"
#include "ui/editors/numberformat.h"
#include "ui/models/issuetext.h"
#include "ui/models/presentation.h"
#include "ui/results/moneydisplay.h"
#include "ui/results/tableactions.h"
#include "ui/results/waterfallchart.h"

namespace valor::ui {
namespace {

// The labels of the kinds' input groups (ModelKind::inputGroups), for translation.
[[maybe_unused]] constexpr const char* kGroupLabels[] = {
    QT_TRANSLATE_NOOP("InputGroup", "Timing and conventions"),
    QT_TRANSLATE_NOOP("InputGroup", "Timing"),
    QT_TRANSLATE_NOOP("InputGroup", "Revenue and growth"),
    QT_TRANSLATE_NOOP("InputGroup", "EBIT margin"),
    QT_TRANSLATE_NOOP("InputGroup", "EBITDA margin"),
    QT_TRANSLATE_NOOP("InputGroup", "Tax rate"),
    QT_TRANSLATE_NOOP("InputGroup", "Taxes"),
    QT_TRANSLATE_NOOP("InputGroup", "Reinvestment"),
    QT_TRANSLATE_NOOP("InputGroup", "Discount rate"),
    QT_TRANSLATE_NOOP("InputGroup", "Terminal value"),
    QT_TRANSLATE_NOOP("InputGroup", "Equity bridge"),
    QT_TRANSLATE_NOOP("InputGroup", "Entry"),
    QT_TRANSLATE_NOOP("InputGroup", "Debt and interest"),
    QT_TRANSLATE_NOOP("InputGroup", "Dividends"),
    QT_TRANSLATE_NOOP("InputGroup", "Exit"),
    QT_TRANSLATE_NOOP("InputGroup", "Acquirer"),
    QT_TRANSLATE_NOOP("InputGroup", "Target"),
    QT_TRANSLATE_NOOP("InputGroup", "Offer price"),
    QT_TRANSLATE_NOOP("InputGroup", "Consideration mix"),
    QT_TRANSLATE_NOOP("InputGroup", "Funding"),
    QT_TRANSLATE_NOOP("InputGroup", "Purchase price allocation"),
    QT_TRANSLATE_NOOP("InputGroup", "Synergies"),
};

constexpr int kKeyRole = Qt::UserRole;

}  // namespace

QString inputGroupCaption(const std::string& label) {
  return QCoreApplication::translate("InputGroup", label.c_str());
}

BridgePage::BridgePage(Workspace* workspace, QWidget* parent)
    : QWidget(parent), workspace_(workspace), pool_(std::make_unique<jobs::ThreadPool>()) {
  from_ = new QComboBox(this);
  from_->setObjectName(QStringLiteral("bridgeFrom"));
  to_ = new QComboBox(this);
  to_->setObjectName(QStringLiteral("bridgeTo"));
  output_ = new QComboBox(this);
  output_->setObjectName(QStringLiteral("bridgeOutput"));
  method_ = new QComboBox(this);
  method_->setObjectName(QStringLiteral("bridgeMethod"));
  method_->addItem(QString(), QStringLiteral("sequential"));
  method_->addItem(QString(), QStringLiteral("shapley"));
  fromLabel_ = new QLabel(this);
  fromLabel_->setBuddy(from_);
  toLabel_ = new QLabel(this);
  toLabel_->setBuddy(to_);
  outputLabel_ = new QLabel(this);
  outputLabel_->setBuddy(output_);
  methodLabel_ = new QLabel(this);
  methodLabel_->setBuddy(method_);

  order_ = new QListWidget(this);
  order_->setObjectName(QStringLiteral("bridgeOrder"));
  order_->setDragDropMode(QAbstractItemView::InternalMove);
  order_->setMaximumHeight(fontMetrics().height() * 6);
  order_->installEventFilter(this);
  orderLabel_ = new QLabel(this);
  orderLabel_->setBuddy(order_);
  orderLabel_->setWordWrap(true);

  summary_ = new QLabel(this);
  summary_->setObjectName(QStringLiteral("bridgeSummary"));
  summary_->setWordWrap(true);
  summary_->setTextInteractionFlags(Qt::TextSelectableByMouse);

  chart_ = new WaterfallChart(this);
  chart_->setObjectName(QStringLiteral("bridgeChart"));
  chart_->setMinimumHeight(fontMetrics().height() * 14);

  steps_ = new QTableWidget(0, StepColumnCount, this);
  steps_->setObjectName(QStringLiteral("bridgeSteps"));
  steps_->verticalHeader()->hide();
  steps_->setEditTriggers(QAbstractItemView::NoEditTriggers);
  steps_->setSelectionBehavior(QAbstractItemView::SelectRows);
  steps_->setWordWrap(true);
  steps_->horizontalHeader()->setStretchLastSection(true);
  addTableActions(steps_, QStringLiteral("bridge"));

  auto* controls = new QGridLayout;
  controls->addWidget(fromLabel_, 0, 0);
  controls->addWidget(from_, 0, 1);
  controls->addWidget(toLabel_, 1, 0);
  controls->addWidget(to_, 1, 1);
  controls->addWidget(outputLabel_, 2, 0);
  controls->addWidget(output_, 2, 1);
  controls->addWidget(methodLabel_, 3, 0);
  controls->addWidget(method_, 3, 1);
  controls->addWidget(orderLabel_, 0, 2);
  controls->addWidget(order_, 1, 2, 3, 1);
  controls->setColumnStretch(1, 1);
  controls->setColumnStretch(2, 1);

  auto* layout = new QVBoxLayout(this);
  layout->addLayout(controls);
  layout->addWidget(summary_);
  layout->addWidget(chart_, 3);
  layout->addWidget(steps_, 2);

  setTabOrder(from_, to_);
  setTabOrder(to_, output_);
  setTabOrder(output_, method_);
  setTabOrder(method_, order_);
  setTabOrder(order_, steps_);

  const auto changed = [this] {
    if (!filling_) recompute();
  };
  connect(from_, qOverload<int>(&QComboBox::currentIndexChanged), this, [this, changed] {
    if (filling_) return;
    fillOutputs();
    order_->clear();
    changed();
  });
  connect(to_, qOverload<int>(&QComboBox::currentIndexChanged), this, [this, changed] {
    order_->clear();
    changed();
  });
  connect(output_, qOverload<int>(&QComboBox::currentIndexChanged), this, changed);
  connect(method_, qOverload<int>(&QComboBox::currentIndexChanged), this, changed);
  connect(order_->model(), &QAbstractItemModel::rowsMoved, this, changed);
  retranslate();
}

BridgePage::~BridgePage() = default;

void BridgePage::setStates(std::vector<const ComparedState*> states, int decimals) {
  states_ = std::move(states);
  decimals_ = decimals;
  filling_ = true;
  const int from = from_->currentIndex(), to = to_->currentIndex();
  from_->clear();
  to_->clear();
  for (const ComparedState* s : states_) {
    from_->addItem(s->title);
    to_->addItem(s->title);
  }
  const int count = static_cast<int>(states_.size());
  from_->setCurrentIndex(from >= 0 && from < count ? from : 0);
  to_->setCurrentIndex(
      to >= 0 && to < count && to != from_->currentIndex() ? to : std::min(1, count - 1));
  filling_ = false;
  fillOutputs();
  recompute();  // the order as dragged stays: keys this pair does not change are passed over
}

void BridgePage::choose(int from, int to) {
  filling_ = true;
  from_->setCurrentIndex(from);
  to_->setCurrentIndex(to);
  filling_ = false;
  fillOutputs();
  order_->clear();
  recompute();
}

void BridgePage::fillOutputs() {
  const bool wasFilling = filling_;
  filling_ = true;
  const QString kept = output_->currentData().toString();
  output_->clear();
  const int from = from_->currentIndex();
  if (from >= 0 && from < static_cast<int>(states_.size())) {
    const ComparedState& state = *states_[static_cast<std::size_t>(from)];
    const ModelPresentation* presentation = presentationOf(state.document);
    for (const NamedOutput& o : state.evaluation.outputs) {
      if (!o.value) continue;
      output_->addItem(
          presentation ? presentation->outputCaption(o.key) : QString::fromStdString(o.key),
          QString::fromStdString(o.key));
    }
    const auto analytics = valuationOutputs(state.document);
    QString wanted = kept;
    if (output_->findData(wanted) < 0 && !analytics.empty())
      wanted = QString::fromStdString(analytics.front().key);
    output_->setCurrentIndex(std::max(0, output_->findData(wanted)));
  }
  filling_ = wasFilling;
}

std::vector<std::string> BridgePage::chosenOrder() const {
  std::vector<std::string> keys;
  for (int i = 0; i < order_->count(); ++i)
    keys.push_back(order_->item(i)->data(kKeyRole).toString().toStdString());
  return keys;
}

void BridgePage::recompute() {
  bridge_.reset();
  const int from = from_->currentIndex(), to = to_->currentIndex();
  const int count = static_cast<int>(states_.size());
  if (from < 0 || to < 0 || from >= count || to >= count) {
    showProblem(tr("Choose two scenarios to compare."));
    return;
  }
  if (from == to) {
    showProblem(
        tr("Choose two different scenarios: the bridge explains the change from one to "
           "the other."));
    return;
  }
  const ComparedState& a = *states_[static_cast<std::size_t>(from)];
  const ComparedState& b = *states_[static_cast<std::size_t>(to)];
  BridgeOptions options;
  options.output = output_->currentData().toString().toStdString();
  options.method = method_->currentData().toString() == QLatin1String("shapley")
                       ? BridgeMethod::Shapley
                       : BridgeMethod::Sequential;
  options.order = chosenOrder();
  options.pool = pool_.get();
  auto made = valueBridge(a.document, b.document, options);
  if (!made) {
    const Error& e = made.error();
    if (e.code == "compare.kinds_differ")
      showProblem(
          tr("A value bridge needs two scenarios of the same model kind. The Outputs tab "
             "compares these two."));
    else if (e.code == "compare.units_differ")
      showProblem(
          tr("The two scenarios state money in a different currency or unit, so their "
             "values cannot be bridged."));
    else if (e.code == "compare.state_not_valued" && !e.issues.empty())
      showProblem(tr("On the way from one scenario to the other, a mix of their inputs cannot be "
                     "valued: %1 Try another order, or the other method.")
                      .arg(issueText(e.issues.front())));
    else
      showProblem(QString::fromStdString(e.message));
    return;
  }
  bridge_ = std::move(made).value();
  if (workspace_ && a.scenario == b.scenario && !a.scenario.isNil())
    (void)attributeHistory(*workspace_, a.scenario, a.revision, b.revision, *bridge_);
  showBridge();
}

void BridgePage::showProblem(const QString& text) {
  summary_->setText(text);
  chart_->setSteps({}, {}, {});
  steps_->setRowCount(0);
}

void BridgePage::showBridge() {
  const ValueBridge& bridge = *bridge_;
  const ComparedState& a = *states_[static_cast<std::size_t>(from_->currentIndex())];
  const QString unit = QString::fromStdString(bridge.unit);
  const QLocale locale;
  // Money as results show it (the display unit); both states share their currency and unit.
  const MoneyDisplay money = moneyDisplay(a.document);
  const auto inShownUnit = [&](double stored) { return money.inUnit(stored, bridge.unit); };
  const auto formatShown = [unit, decimals = decimals_, locale](double v) {
    return formatOutputValue(v, unit, decimals, locale);
  };
  const auto format = [&](double stored) { return formatShown(inShownUnit(stored)); };
  const auto signedText = [&](double v) {
    return (v > 0 ? QStringLiteral("+") : QString()) + format(v);
  };

  // The order list shows the steps in the bridge's order (the kind's, or as dragged).
  filling_ = true;
  order_->clear();
  for (const BridgeStep& step : bridge.steps) {
    auto* item = new QListWidgetItem(inputGroupCaption(step.label), order_);
    item->setData(kKeyRole, QString::fromStdString(step.group));
  }
  order_->setEnabled(bridge.method == BridgeMethod::Sequential);
  filling_ = false;

  QString how;
  if (bridge.method == BridgeMethod::Sequential)
    how =
        tr("Each step is the change when its inputs take the second scenario's values, after "
           "the steps above it; drag the groups (or Alt+Up, Alt+Down) to change the order.");
  else if (bridge.exact)
    how =
        tr("Each step is the group's average effect over every order of the groups (Shapley "
           "values, exact over %n states).",
           nullptr, static_cast<int>(bridge.evaluations));
  else
    how =
        tr("Each step is the group's average effect over %n sampled orders (Shapley values); "
           "± is one standard error.",
           nullptr, static_cast<int>(bridge.sampledOrders));
  const double total = bridge.to - bridge.from;
  QString totalText = signedText(total);
  if (bridge.from != 0 && unit != QLatin1String("rate"))
    totalText += QStringLiteral(" (%1%2)").arg(
        total > 0 ? QStringLiteral("+") : QString(),
        formatOutputValue(total / std::abs(bridge.from), QStringLiteral("rate"), 1, locale));
  summary_->setText(
      tr("%1: %2 → %3, %4. %5")
          .arg(output_->currentText(), format(bridge.from), format(bridge.to), totalText, how));

  std::vector<std::pair<QString, Money>> changes;
  for (const BridgeStep& step : bridge.steps)
    changes.emplace_back(inputGroupCaption(step.label), inShownUnit(step.change));
  QString axis = output_->currentText();
  if (bridge.unit == "money") axis = money.caption;
  // The combo boxes above name the two states; the chart's categories stay short.
  chart_->setSteps(WaterfallChart::bridge(tr("From"), inShownUnit(bridge.from), changes, tr("To"),
                                          inShownUnit(bridge.to)),
                   formatShown, axis);
  chart_->setLegend(tr("Value"), tr("Raises"), tr("Lowers"));

  const ModelPresentation* presentation = presentationOf(a.document);
  steps_->setRowCount(static_cast<int>(bridge.steps.size()));
  for (int r = 0; r < steps_->rowCount(); ++r) {
    const BridgeStep& step = bridge.steps[static_cast<std::size_t>(r)];
    QStringList fields;
    for (const InputRow& f : step.fields) {
      const auto caption = presentation ? presentation->captionOfPath(f.path) : std::nullopt;
      const auto shown = [&](const std::optional<Value>& v) {
        if (!v) return tr("none");
        return presentation ? presentation->displayValue(f.path, *v, f.unit)
                            : QString::fromStdString(inputValueText(*v));
      };
      fields << tr("%1: %2 → %3")
                    .arg(caption ? *caption : QString::fromStdString(f.path), shown(f.values[0]),
                         shown(f.values[1]));
    }
    QStringList authors;
    for (const BridgeHistoryEntry& h : step.history)
      //: One change behind a bridge step: revision, author, time, and the change's label.
      authors << tr("r%1 %2, %3: %4")
                     .arg(h.revision)
                     .arg(QString::fromStdString(h.author),
                          locale.toString(
                              QDateTime::fromMSecsSinceEpoch(h.committedMs).toLocalTime(),
                              QLocale::ShortFormat),
                          QString::fromStdString(h.label));
    QString change = signedText(step.change);
    if (!bridge.exact) change += QStringLiteral(" ± ") + format(step.standardError);
    const QStringList texts{inputGroupCaption(step.label), change, fields.join(QLatin1Char('\n')),
                            authors.join(QLatin1Char('\n'))};
    for (int c = 0; c < StepColumnCount; ++c) {
      auto* item = new QTableWidgetItem(texts[c]);
      if (c == ChangeColumn)
        item->setTextAlignment(Qt::AlignRight | Qt::AlignTop);
      else
        item->setTextAlignment(Qt::AlignLeft | Qt::AlignTop);
      steps_->setItem(r, c, item);
    }
  }
  steps_->resizeColumnsToContents();
  steps_->resizeRowsToContents();
}

bool BridgePage::eventFilter(QObject* watched, QEvent* event) {
  // Alt+Up / Alt+Down move the selected group in the order, as dragging does.
  if (watched == order_ && event->type() == QEvent::KeyPress) {
    auto* key = static_cast<QKeyEvent*>(event);
    const int row = order_->currentRow();
    const int step = key->key() == Qt::Key_Up ? -1 : key->key() == Qt::Key_Down ? 1 : 0;
    if ((key->modifiers() & Qt::AltModifier) && step != 0 && row >= 0 && row + step >= 0 &&
        row + step < order_->count()) {
      filling_ = true;
      QListWidgetItem* item = order_->takeItem(row);
      order_->insertItem(row + step, item);
      filling_ = false;
      recompute();
      order_->setCurrentRow(row + step);
      return true;
    }
  }
  return QWidget::eventFilter(watched, event);
}

void BridgePage::changeEvent(QEvent* event) {
  if (event->type() == QEvent::LanguageChange) retranslate();
  QWidget::changeEvent(event);
}

void BridgePage::retranslate() {
  fromLabel_->setText(tr("&From:"));
  toLabel_->setText(tr("&To:"));
  outputLabel_->setText(tr("&Output:"));
  methodLabel_->setText(tr("&Method:"));
  orderLabel_->setText(tr("O&rder of the steps:"));
  method_->setItemText(0, tr("Sequential"));
  method_->setItemText(1, tr("Shapley (average over orders)"));
  from_->setAccessibleName(tr("Scenario the bridge starts from"));
  to_->setAccessibleName(tr("Scenario the bridge ends at"));
  output_->setAccessibleName(tr("Output the bridge explains"));
  method_->setAccessibleName(tr("How the change is split between input groups"));
  order_->setAccessibleName(tr("Order of the sequential steps"));
  steps_->setAccessibleName(tr("Bridge steps"));
  steps_->setHorizontalHeaderLabels(
      {tr("Inputs"), tr("Change"), tr("What changed"), tr("Changed by")});
  if (bridge_) showBridge();
}

}  // namespace valor::ui
