#include "ui/models/portfolio/portfolioresults.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>

#include <algorithm>

#include "core/models/evaluation.h"
#include "core/models/portfolio/portfoliobinding.h"
#include "ui/models/portfolio/allocationchart.h"
#include "ui/models/portfolio/frontierchart.h"
#include "ui/results/outputspanel.h"

namespace valor::ui {

PortfolioResults::PortfolioResults(const ModelPresentation& presentation, QWidget* parent)
    : QScrollArea(parent) {
  setWidgetResizable(true);
  setFrameShape(QFrame::NoFrame);
  outputs_ = new OutputsPanel(presentation, this);
  outputs_->keyFigures()->setMinimumHeight(300);
  convention_ = new QLabel(outputs_);
  convention_->setObjectName(QStringLiteral("riskConvention"));
  convention_->setWordWrap(true);
  convention_->setTextFormat(Qt::PlainText);
  outputs_->addSection(convention_);
  backtest_ = new QLabel(outputs_);
  backtest_->setObjectName(QStringLiteral("kupiecBacktest"));
  backtest_->setWordWrap(true);
  backtest_->setTextFormat(Qt::PlainText);
  outputs_->addSection(backtest_);
  weightsTitle_ = new QLabel(outputs_);
  weightsTitle_->setTextFormat(Qt::PlainText);
  outputs_->addSection(weightsTitle_);
  weights_ = new QTableWidget(0, 4, outputs_);
  weights_->setObjectName(QStringLiteral("portfolioWeights"));
  weights_->setEditTriggers(QAbstractItemView::NoEditTriggers);
  weights_->verticalHeader()->hide();
  weights_->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
  weightsTitle_->setBuddy(weights_);
  outputs_->addSection(weights_);
  allocation_ = new AllocationChart(outputs_);
  allocation_->setMinimumHeight(300);
  outputs_->addSection(allocation_);
  frontier_ = new FrontierChart(outputs_);
  frontier_->setMinimumHeight(340);
  outputs_->addSection(frontier_);
  setWidget(outputs_);
  retranslate();
}

void PortfolioResults::setDecimals(int decimals) {
  decimals_ = decimals;
  outputs_->setDecimals(decimals);
}

void PortfolioResults::showEvaluation(const ScenarioDocument& doc, const Evaluation& evaluation) {
  outputs_->showEvaluation(doc, evaluation);
  const PortfolioEvaluation* portfolio = evaluation.detail<PortfolioEvaluation>();
  const bool valued = portfolio && portfolio->result;
  rows_.clear();
  kupiec_.reset();
  for (QWidget* w : std::initializer_list<QWidget*>{convention_, weightsTitle_, weights_,
                                                    allocation_, frontier_})
    w->setVisible(valued);
  if (valued) {
    const PortfolioInputs& in = *portfolio->binding.inputs;
    const PortfolioResult& r = *portfolio->result;
    for (std::size_t i = 0; i < in.assetNames.size(); ++i)
      rows_.push_back(
          {in.assetNames[i], r.allocation.weights[i], r.riskShares[i], in.expectedReturns[i]});
    kupiec_ = r.risk->kupiec;
    confidence_ = in.confidence;
    horizonDays_ = in.horizonDays;
    frontier_->setResult(in, r);
    QStringList names;
    for (const std::string& name : in.assetNames) names << QString::fromStdString(name);
    allocation_->setAllocation(names, r.allocation.weights, r.riskShares);
  }
  showDetail();
}

void PortfolioResults::showDetail() {
  const QLocale locale;
  const auto percent = [&](double share) {
    return locale.toString(share * 100, 'f', decimals_) + QStringLiteral(" %");
  };
  weights_->setRowCount(static_cast<int>(rows_.size()));
  // Tall enough for a dozen assets without a scroll bar of its own.
  const int shown = std::min(static_cast<int>(rows_.size()), 12);
  weights_->setMinimumHeight(weights_->horizontalHeader()->height() +
                             shown * weights_->verticalHeader()->defaultSectionSize() + 4);
  for (std::size_t i = 0; i < rows_.size(); ++i) {
    const WeightRow& row = rows_[i];
    const QString cells[4] = {QString::fromStdString(row.asset), percent(row.weight),
                              percent(row.riskShare), percent(row.expectedReturn)};
    for (int c = 0; c < 4; ++c) {
      auto* item = new QTableWidgetItem(cells[c]);
      if (c > 0) item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
      weights_->setItem(static_cast<int>(i), c, item);
    }
  }
  //: %1 trading days, %2 the confidence level ("99.00 %").
  convention_->setText(tr("VaR and expected shortfall are losses over %n trading day(s) at %1 "
                          "confidence, as a share of the portfolio's value (and as amounts "
                          "with its value given): VaR the loss exceeded with probability 1 − "
                          "confidence, expected shortfall the mean loss beyond it.",
                          nullptr, horizonDays_)
                           .arg(percent(confidence_)));
  backtest_->setVisible(kupiec_.has_value());
  if (!kupiec_) return;
  const KupiecTest& k = *kupiec_;
  const QString verdict = k.pValue < 0.05
                              ? tr("rejected at 5 %: the normal VaR misjudges this history's tail")
                              : tr("not rejected at 5 %");
  backtest_->setText(
      tr("Kupiec backtest of the normal one-period VaR at %1 on the history: %2 exceptions in %3 "
         "periods (%4 expected), likelihood ratio %5, p-value %6 — %7.")
          .arg(percent(confidence_), locale.toString(k.exceptions), locale.toString(k.observations),
               locale.toString(k.expected, 'f', 1), locale.toString(k.likelihoodRatio, 'f', 2),
               locale.toString(k.pValue, 'f', 3), verdict));
}

void PortfolioResults::retranslate() {
  weightsTitle_->setText(tr("&Weights and risk contributions:"));
  weights_->setHorizontalHeaderLabels(
      {tr("Asset"), tr("Weight"), tr("Share of risk"), tr("Expected return")});
  weights_->setAccessibleName(tr("Weights and risk contributions"));
  frontier_->retranslate();
  allocation_->retranslate();
  showDetail();
}

void PortfolioResults::changeEvent(QEvent* event) {
  QScrollArea::changeEvent(event);
  if (event->type() == QEvent::LanguageChange) retranslate();
}

}  // namespace valor::ui
