#include "ui/models/dcf/resultspanel.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QEvent>
#include <QFrame>
#include <QGridLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QResizeEvent>
#include <QScrollArea>
#include <QStackedWidget>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <initializer_list>
#include <optional>
#include <string>
#include <variant>

#include "core/model/schema.h"
#include "ui/models/dcf/charts.h"
#include "ui/models/dcf/dcfpresentation.h"
#include "ui/models/dcf/yeartablemodel.h"
#include "ui/models/issuetext.h"
#include "ui/results/moneydisplay.h"
#include "ui/results/tableactions.h"

namespace valor::ui {

namespace {

// The reported revenue of the last five actual years before the projection (after the base
// year nothing is actual), for the revenue chart.
YearMap recentActualRevenue(const ScenarioDocument& doc) {
  const Entity* actuals = doc.entities.empty() ? nullptr : doc.child(doc.root(), "actuals");
  const YearMap* revenue = actuals ? actuals->years("revenue.values") : nullptr;
  const Entity* dcf = doc.entities.empty() ? nullptr : doc.child(doc.root(), "dcf");
  const double* base = dcf ? dcf->number("base_year") : nullptr;
  if (!revenue || !base) return {};
  YearMap recent;
  for (auto it = revenue->rbegin(); it != revenue->rend() && recent.size() < 5; ++it)
    if (it->first <= *base) recent.insert(*it);
  return recent;
}

// The scenario's text field, or its schema default ("USD", "millions").
std::string scenarioText(const ScenarioDocument& doc, const char* name) {
  if (doc.entities.empty()) return {};
  const Entity& root = doc.root();
  if (const std::string* text = root.text(name)) return *text;
  if (const EntitySchema* schema = entitySchema("scenario"))
    if (const FieldSpec* spec = schema->field(name))
      if (const Value* value = fieldOrDefault(root, *spec))
        if (const auto* text = std::get_if<std::string>(value)) return *text;
  return {};
}

// A rule's text in the user's language. Core messages (the fallback for a rule without a text)
// start in lower case so they can be embedded; a line of its own starts upper case, unless it
// starts with a field path ("dcf.terminal_value.growth (12 %) must ...").
QString sentence(const Issue& issue) {
  QString text = issueText(issue);
  const qsizetype wordEnd = text.indexOf(QLatin1Char(' '));
  const QStringView firstWord = QStringView(text).left(wordEnd < 0 ? text.size() : wordEnd);
  const bool plainWord =
      std::all_of(firstWord.begin(), firstWord.end(), [](QChar c) { return c.isLetter(); });
  if (!text.isEmpty() && plainWord) text[0] = text[0].toUpper();
  return text;
}

// The caption of the field at `path`, or of the nearest field above it with one: a driver's
// ".mode" or ".stage1_years" is named by its driver. Nothing for the model as a whole ("dcf").
std::optional<QString> captionOfField(std::string path) {
  while (!path.empty()) {
    if (auto caption = dcfPresentation().captionOfPath(path)) return caption;
    const auto dot = path.find_last_of('.');
    if (dot == std::string::npos) break;
    path.resize(dot);
  }
  return std::nullopt;
}

void setTextIfChanged(QLabel* label, const QString& text) {
  if (label->text() != text) label->setText(text);
}

// A key figure's label is held at the size of its text. A label that may change size reports
// every new text up through its layouts, and each QTabWidget above it then repaints whole (the
// form beside the results too): held fixed, a value of the same width repaints only itself.
void fitFigure(QLabel* label) {
  const QSize hint = label->sizeHint();
  if (label->minimumSize() != hint || label->maximumSize() != hint) label->setFixedSize(hint);
}

void setFigureText(QLabel* label, const QString& text) {
  if (label->text() == text) return;
  label->setText(text);
  fitFigure(label);
}

// The tabs take the height the key figures leave. Their table's wrapped caption would
// otherwise make them claim a height for their width too, and a short panel would squeeze the
// key figures' wrapped captions to make room for it.
class ResultsTabs : public QTabWidget {
 public:
  bool hasHeightForWidth() const override { return false; }
};

}  // namespace

ResultsPanel::ResultsPanel(QWidget* parent) : QWidget(parent) {
  setObjectName(QStringLiteral("resultsPanel"));
  stack_ = new QStackedWidget(this);
  stack_->setObjectName(QStringLiteral("resultsStack"));
  resultsPage_ = buildResultsPage();
  explanationPage_ = buildExplanationPage();
  stack_->addWidget(resultsPage_);
  stack_->addWidget(explanationPage_);
  stack_->setCurrentWidget(explanationPage_);

  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->addWidget(stack_);

  retranslate();
}

QWidget* ResultsPanel::buildResultsPage() {
  auto* page = new QWidget;
  page->setObjectName(QStringLiteral("resultsPage"));
  auto* layout = new QVBoxLayout(page);
  layout->setContentsMargins(0, 0, 0, 0);

  // Key figures: their unit once, then three rows of three, each a caption above its value (a
  // short caption: the panel is narrow on a laptop).
  auto* figures = new QFrame;
  figures->setObjectName(QStringLiteral("keyFigures"));
  figures->setFrameShape(QFrame::StyledPanel);
  auto* figuresLayout = new QVBoxLayout(figures);
  figuresLayout->setContentsMargins(12, 8, 12, 8);
  figuresLayout->setSpacing(0);
  auto* grid = new QGridLayout;
  grid->setHorizontalSpacing(24);
  grid->setVerticalSpacing(2);
  static constexpr std::array<const char*, FigureCount> kNames = {
      "enterpriseValue", "equityValue",     "valuePerShare", "pvExplicit", "pvTerminal",
      "terminalShare",   "impliedMultiple", "impliedGrowth", "wacc"};
  QFont valueFont = font();
  valueFont.setBold(true);
  valueFont.setPointSizeF(valueFont.pointSizeF() * 1.15);
  QFont headlineFont = valueFont;
  headlineFont.setPointSizeF(font().pointSizeF() * 1.5);
  figuresUnit_ = new QLabel;
  figuresUnit_->setObjectName(QStringLiteral("keyFiguresUnit"));
  figuresUnit_->setWordWrap(true);
  figuresUnit_->setForegroundRole(QPalette::PlaceholderText);
  figuresUnit_->setContentsMargins(0, 0, 0, 4);
  // Above the grid, not across it: a spanning wrapped label would narrow the grid's columns.
  figuresLayout->addWidget(figuresUnit_);
  figuresLayout->addLayout(grid);
  for (int i = 0; i < FigureCount; ++i) {
    auto* caption = new QLabel;
    caption->setWordWrap(true);  // long captions (German) wrap instead of widening the window
    // A grid column is no wider than its fixed-size value unless something in it expands.
    caption->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    caption->setObjectName(QString::fromLatin1(kNames[static_cast<std::size_t>(i)]) +
                           QStringLiteral("Caption"));
    caption->setForegroundRole(QPalette::PlaceholderText);
    auto* value = new QLabel(YearTableModel::notAvailable());
    value->setObjectName(QString::fromLatin1(kNames[static_cast<std::size_t>(i)]));
    value->setFont(i < 3 ? headlineFont : valueFont);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    fitFigure(value);
    caption->setBuddy(value);
    if (i >= 3) caption->setContentsMargins(0, 8, 0, 0);  // air between the rows of pairs
    const int row = (i / 3) * 2;
    const int column = i % 3;
    grid->addWidget(caption, row, column);
    grid->addWidget(value, row + 1, column);
    captions_[static_cast<std::size_t>(i)] = caption;
    values_[static_cast<std::size_t>(i)] = value;
  }
  for (int column = 0; column < 3; ++column) grid->setColumnStretch(column, 1);
  grid->setContentsMargins(0, 0, 0, 0);
  layout->addWidget(figures);

  // Warnings: one line each; hidden when there are none.
  warningsFrame_ = new QFrame;
  warningsFrame_->setObjectName(QStringLiteral("warnings"));
  warningsFrame_->setFrameShape(QFrame::StyledPanel);
  warningsLayout_ = new QVBoxLayout(warningsFrame_);
  warningsLayout_->setContentsMargins(10, 6, 10, 6);
  warningsLayout_->setSpacing(2);
  warningsFrame_->setVisible(false);
  layout->addWidget(warningsFrame_);

  tabs_ = new ResultsTabs;
  tabs_->setObjectName(QStringLiteral("resultsTabs"));
  tabs_->setDocumentMode(true);

  // Per year: the spreadsheet-like table.
  auto* tablePage = new QWidget;
  auto* tableLayout = new QVBoxLayout(tablePage);
  tableLayout->setContentsMargins(0, 6, 0, 0);
  tableCaption_ = new QLabel;
  tableCaption_->setWordWrap(true);
  tableCaption_->setObjectName(QStringLiteral("yearTableCaption"));
  tableCaption_->setForegroundRole(QPalette::PlaceholderText);
  tableCaption_->setContentsMargins(4, 0, 4, 2);
  tableModel_ = new YearTableModel(this);
  table_ = new QTableView;
  table_->setObjectName(QStringLiteral("yearTable"));
  table_->setModel(tableModel_);
  table_->setAlternatingRowColors(true);
  table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
  table_->setSelectionMode(QAbstractItemView::ContiguousSelection);
  table_->setWordWrap(false);
  table_->setCornerButtonEnabled(true);
  table_->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
  table_->horizontalHeader()->setMinimumSectionSize(72);
  table_->horizontalHeader()->setDefaultAlignment(Qt::AlignRight | Qt::AlignVCenter);
  table_->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
  table_->verticalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
  addTableActions(table_, QStringLiteral("projection"));
  tableLayout->addWidget(tableCaption_);
  tableLayout->addWidget(table_);
  tabs_->addTab(tablePage, QString());

  // Charts: revenue and FCFF across the top, the bridge and the TV share below.
  auto* chartsPage = new QWidget;
  chartsPage->setObjectName(QStringLiteral("chartsPage"));
  chartsGrid_ = new QGridLayout(chartsPage);
  chartsGrid_->setContentsMargins(0, 6, 0, 0);
  chartsGrid_->setSpacing(6);
  revenueChart_ = new RevenueFcffChart;
  bridgeChart_ = new EquityBridgeChart;
  terminalChart_ = new TerminalShareChart;
  arrangeCharts(true);
  auto* chartsScroll = new QScrollArea;
  chartsScroll->setObjectName(QStringLiteral("chartsScroll"));
  chartsScroll->setWidgetResizable(true);
  chartsScroll->setFrameShape(QFrame::NoFrame);
  chartsScroll->setWidget(chartsPage);
  tabs_->addTab(chartsScroll, QString());

  layout->addWidget(tabs_, 1);
  return page;
}

QWidget* ResultsPanel::buildExplanationPage() {
  auto* page = new QWidget;
  page->setObjectName(QStringLiteral("explanationPage"));
  auto* layout = new QVBoxLayout(page);
  explanationTitle_ = new QLabel;
  explanationTitle_->setObjectName(QStringLiteral("explanationTitle"));
  QFont titleFont = font();
  titleFont.setBold(true);
  titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
  explanationTitle_->setFont(titleFont);
  explanationTitle_->setWordWrap(true);
  explanationText_ = new QLabel;
  explanationText_->setObjectName(QStringLiteral("explanationText"));
  explanationText_->setWordWrap(true);
  errorList_ = new QListWidget;
  errorList_->setObjectName(QStringLiteral("errorList"));
  errorList_->setWordWrap(true);
  errorList_->setSelectionMode(QAbstractItemView::SingleSelection);
  errorList_->setTextElideMode(Qt::ElideNone);
  layout->addWidget(explanationTitle_);
  layout->addWidget(explanationText_);
  layout->addWidget(errorList_, 1);
  return page;
}

bool ResultsPanel::showsResult() const {
  return state_ == State::Valued;
}

void ResultsPanel::showEvaluation(const ScenarioDocument& doc, const DcfEvaluation& evaluation) {
  const std::string currency = scenarioText(doc, "currency");
  const MoneyDisplay money =
      moneyDisplay(QString::fromStdString(currency), scenarioText(doc, "unit"));
  const bool unitChanged = currency != currency_ || money.caption != money_.caption;
  currency_ = currency;
  money_ = money;
  tableModel_->setMoneyDisplay(money_);
  evaluation_ = evaluation;
  actualRevenue_ = recentActualRevenue(doc);

  if (!evaluation_.result || !evaluation_.binding.inputs) {
    state_ = State::NotValued;
    // Nothing stale stays behind the explanation.
    for (QLabel* value : values_) setFigureText(value, YearTableModel::notAvailable());
    tableModel_->clear();
    updateErrors();
    stack_->setCurrentWidget(explanationPage_);
    return;
  }

  const bool wasValued = state_ == State::Valued;
  state_ = State::Valued;
  if (unitChanged || !wasValued) {
    updateCaptions();
    updateTableCaption();
  }
  updateFigures();
  updateWarnings();
  tableModel_->setResult(*evaluation_.binding.inputs, *evaluation_.result);
  updateCharts();

  if (stack_->currentWidget() != resultsPage_) stack_->setCurrentWidget(resultsPage_);
}

void ResultsPanel::setDecimals(int decimals) {
  decimals = std::clamp(decimals, 0, 6);
  if (decimals == decimals_) return;
  decimals_ = decimals;
  tableModel_->setDecimals(decimals_);
  if (state_ == State::Valued) {
    updateFigures();
    updateCharts();  // tooltips and the bridge's categories carry amounts
  }
}

void ResultsPanel::updateCharts() {
  const DcfInputs& in = *evaluation_.binding.inputs;
  const DcfResult& r = *evaluation_.result;
  revenueChart_->setProjection(r.projection, decimals_, money_, actualRevenue_);
  EquityBridgeFigures bridge;
  bridge.enterpriseValue = money_(r.enterpriseValue);
  bridge.debt = money_(in.debt);
  bridge.preferred = money_(in.preferred);
  bridge.minorityInterest = money_(in.minorityInterest);
  bridge.cash = money_(in.cash);
  bridge.nonOperatingAssets = money_(in.nonOperatingAssets);
  bridge.equityValue = money_(r.equityValue);
  bridgeChart_->setBridge(bridge, decimals_, money_.caption);
  terminalChart_->setValues(r.pvExplicit, r.pvTerminal);
}

void ResultsPanel::retranslate() {
  tabs_->setTabText(0, tr("Per year"));
  tabs_->setTabToolTip(0, tr("The projection year by year, as the valuation computes it"));
  tabs_->setTabText(1, tr("Charts"));
  table_->setAccessibleName(tr("Projection by year"));
  updateCaptions();
  updateTableCaption();
  tableModel_->retranslate();
  revenueChart_->retranslate();
  bridgeChart_->retranslate();
  terminalChart_->retranslate();
  if (state_ == State::Valued) {
    updateFigures();
    updateWarnings();
  } else {
    updateErrors();
  }
}

void ResultsPanel::resizeEvent(QResizeEvent* event) {
  QWidget::resizeEvent(event);
  arrangeCharts(width() >= 1000);
}

void ResultsPanel::arrangeCharts(bool wide) {
  if (chartsWide_ == int(wide)) return;
  chartsWide_ = int(wide);
  for (QWidget* chart :
       std::initializer_list<QWidget*>{revenueChart_, bridgeChart_, terminalChart_})
    chartsGrid_->removeWidget(chart);
  if (wide) {
    // Revenue and FCFF across the top, the bridge and the TV share below.
    chartsGrid_->addWidget(revenueChart_, 0, 0, 1, 2);
    chartsGrid_->addWidget(bridgeChart_, 1, 0);
    chartsGrid_->addWidget(terminalChart_, 1, 1);
    chartsGrid_->setColumnStretch(0, 3);
    chartsGrid_->setColumnStretch(1, 2);
    chartsGrid_->setRowStretch(2, 0);
  } else {
    chartsGrid_->addWidget(revenueChart_, 0, 0);
    chartsGrid_->addWidget(bridgeChart_, 1, 0);
    chartsGrid_->addWidget(terminalChart_, 2, 0);
    chartsGrid_->setColumnStretch(0, 1);
    chartsGrid_->setColumnStretch(1, 0);
    chartsGrid_->setRowStretch(2, 1);
  }
  for (int row : {0, 1}) chartsGrid_->setRowStretch(row, 1);
}

void ResultsPanel::changeEvent(QEvent* event) {
  QWidget::changeEvent(event);
  if (event->type() == QEvent::LanguageChange) retranslate();
  if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange)
    for (QLabel* value : values_) fitFigure(value);
}

QString ResultsPanel::currency() const {
  return QString::fromStdString(currency_);
}

QString ResultsPanel::moneyCaption() const {
  return money_.caption;
}

void ResultsPanel::updateCaptions() {
  const QString money = moneyCaption();
  const bool ebit = evaluation_.binding.inputs &&
                    evaluation_.binding.inputs->terminalMetric == TerminalMetric::EvEbit;
  const QString perShare = tr("Value per share (%1)").arg(currency());
  const std::array<QString, FigureCount> captions = {
      tr("Enterprise value"),
      tr("Equity value"),
      perShare,
      tr("PV of explicit years"),
      tr("PV of terminal value"),
      tr("Terminal value share of EV"),
      ebit ? tr("Implied exit multiple (EV/EBIT)") : tr("Implied exit multiple (EV/EBITDA)"),
      tr("Implied terminal growth"),
      tr("WACC"),
  };
  // Read aloud without the unit line: each amount with its unit.
  const std::array<QString, FigureCount> texts = {
      tr("Enterprise value (%1)").arg(money),
      tr("Equity value (%1)").arg(money),
      perShare,
      tr("PV of explicit years (%1)").arg(money),
      tr("PV of terminal value (%1)").arg(money),
      tr("Terminal value share of EV"),
      ebit ? tr("Implied exit multiple (EV/EBIT)") : tr("Implied exit multiple (EV/EBITDA)"),
      tr("Implied terminal growth"),
      tr("WACC"),
  };
  const std::array<QString, FigureCount> tips = {
      tr("Present value of the explicit years' free cash flows plus the present value of the "
         "terminal value."),
      tr("Enterprise value \u2212 debt \u2212 preferred \u2212 minority interest + cash + "
         "non-operating assets."),
      tr("Equity value \u00f7 diluted shares (options by the treasury stock method)."),
      tr("Sum of the present values of the free cash flows in the projection years."),
      tr("The terminal value at the end of the final year, discounted to the valuation date."),
      tr("PV of the terminal value \u00f7 enterprise value. Above 75 % the value rests mostly "
         "on the years after the projection."),
      tr("The multiple of the final year's metric that would give the same PV of the terminal "
         "value: a cross-check of the terminal assumptions."),
      tr("The perpetual growth rate that would give the same PV of the terminal value: a "
         "cross-check of the terminal assumptions."),
      tr("The discount rate: weighted average cost of capital."),
  };
  setTextIfChanged(figuresUnit_, tr("Amounts in %1", "above the key figures").arg(money));
  for (std::size_t i = 0; i < captions_.size(); ++i) {
    setTextIfChanged(captions_[i], captions[i]);
    captions_[i]->setToolTip(tips[i]);
    values_[i]->setAccessibleName(texts[i]);
    if (i != Wacc && i != ValuePerShare) values_[i]->setToolTip(tips[i]);
  }
}

void ResultsPanel::updateFigures() {
  if (state_ != State::Valued) return;
  const DcfInputs& in = *evaluation_.binding.inputs;
  const DcfResult& r = *evaluation_.result;
  const QLocale locale;
  const auto money = [&](double v) { return YearTableModel::formatMoney(money_(v), decimals_); };
  const auto set = [&](Figure f, const QString& text) {
    setFigureText(values_[static_cast<std::size_t>(f)], text);
  };
  set(EnterpriseValue, money(r.enterpriseValue));
  set(EquityValue, money(r.equityValue));
  set(ValuePerShare, YearTableModel::formatMoney(r.valuePerShare, 2));
  set(PvExplicit, money(r.pvExplicit));
  set(PvTerminal, money(r.pvTerminal));
  set(TerminalShare, r.terminalShareOfEv ? YearTableModel::formatRate(*r.terminalShareOfEv, 1)
                                         : YearTableModel::notAvailable());
  //: An EV multiple, e.g. "7.6×".
  set(ImpliedMultiple, r.impliedExitMultiple
                           ? tr("%1\u00d7").arg(locale.toString(*r.impliedExitMultiple, 'f', 1))
                           : YearTableModel::notAvailable());
  set(ImpliedGrowth, r.impliedTerminalGrowth
                         ? YearTableModel::formatRate(*r.impliedTerminalGrowth, 2)
                         : YearTableModel::notAvailable());
  set(Wacc, YearTableModel::formatRate(in.wacc, 2));

  // The caption of the implied multiple follows the terminal metric.
  const bool ebit = in.terminalMetric == TerminalMetric::EvEbit;
  setTextIfChanged(captions_[ImpliedMultiple], ebit ? tr("Implied exit multiple (EV/EBIT)")
                                                    : tr("Implied exit multiple (EV/EBITDA)"));
  values_[ImpliedMultiple]->setAccessibleName(captions_[ImpliedMultiple]->text());

  values_[ValuePerShare]->setToolTip(
      tr("Equity value \u00f7 %1 diluted shares (treasury stock method; %n option tranche(s) "
         "in the money).",
         nullptr, r.inTheMoneyTranches)
          .arg(YearTableModel::formatMoney(r.dilutedShares, 2)));
  if (const std::optional<CostOfCapital>& c = evaluation_.binding.costOfCapital) {
    values_[Wacc]->setToolTip(
        tr("Cost of equity %1 (levered beta %2), after-tax cost of debt %3; weights: equity "
           "%4, debt %5.")
            .arg(YearTableModel::formatRate(c->costOfEquity, 2),
                 locale.toString(c->leveredBeta, 'f', 2),
                 YearTableModel::formatRate(c->afterTaxCostOfDebt, 2),
                 YearTableModel::formatRate(c->equityWeight, 1),
                 YearTableModel::formatRate(c->debtWeight, 1)));
  } else {
    values_[Wacc]->setToolTip(tr("The discount rate, entered directly."));
  }
}

void ResultsPanel::updateWarnings() {
  std::vector<const Issue*> warnings;
  for (const Issue& issue : evaluation_.issues)
    if (issue.severity == Severity::Warning) warnings.push_back(&issue);

  while (warningLabels_.size() < warnings.size()) {
    auto* label = new QLabel;
    label->setObjectName(QStringLiteral("warning%1").arg(warningLabels_.size()));
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    warningsLayout_->addWidget(label);
    warningLabels_.push_back(label);
  }
  for (std::size_t i = 0; i < warningLabels_.size(); ++i) {
    QLabel* label = warningLabels_[i];
    if (i < warnings.size()) {
      //: A warning line; %1 is the warning's text.
      setTextIfChanged(label, tr("\u26a0 %1").arg(sentence(*warnings[i])));
      const auto field = captionOfField(warnings[i]->path);
      label->setToolTip(field ? tr("Field: %1").arg(*field) : QString());
      label->setVisible(true);
    } else {
      label->setVisible(false);
    }
  }
  warningsFrame_->setAccessibleName(tr("Warnings"));
  warningsFrame_->setVisible(!warnings.empty());
}

void ResultsPanel::updateErrors() {
  if (state_ == State::Empty) {
    explanationTitle_->setText(tr("No results yet"));
    explanationText_->setText(tr("Open a scenario to see its valuation here."));
    errorList_->clear();
    errorList_->setVisible(false);
    return;
  }
  explanationTitle_->setText(tr("This scenario cannot be valued yet"));
  explanationText_->setText(
      tr("Fix the inputs below; the results appear as soon as every check passes."));
  errorList_->clear();
  const QIcon icon = style()->standardIcon(QStyle::SP_MessageBoxCritical);
  for (const Issue& issue : evaluation_.issues) {
    if (issue.severity != Severity::Error) continue;
    // The field's caption leads, unless the text names the field itself.
    const QString message = sentence(issue);
    const auto field = captionOfField(issue.path);
    //: An input error: %1 is the field's caption, %2 what is wrong.
    auto* item = new QListWidgetItem(
        icon, !field || message.startsWith(*field) ? message : tr("%1: %2").arg(*field, message));
    item->setData(Qt::UserRole, QString::fromStdString(issue.path));
    item->setToolTip(tr("Rule: %1").arg(QString::fromStdString(issue.rule)));
    errorList_->addItem(item);
  }
  errorList_->setVisible(errorList_->count() > 0);
}

void ResultsPanel::updateTableCaption() {
  tableCaption_->setText(
      tr("Amounts in %1. Hover over a row's name for how it is computed.").arg(moneyCaption()));
}

}  // namespace valor::ui
