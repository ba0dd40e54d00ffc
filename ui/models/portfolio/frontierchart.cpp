#include "ui/models/portfolio/frontierchart.h"

#include <QChart>
#include <QLegend>
#include <QLineSeries>
#include <QPen>
#include <QScatterSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace valor::ui {

using namespace chartkit;

FrontierChart::FrontierChart(QWidget* parent)
    : ResultChartView(parent),
      frontier_(new QLineSeries),
      assets_(new QScatterSeries),
      chosen_(new QScatterSeries),
      riskAxis_(new QValueAxis),
      returnAxis_(new QValueAxis) {
  setObjectName(QStringLiteral("frontierChart"));
  QChart* c = chart();
  for (QAbstractSeries* s : std::initializer_list<QAbstractSeries*>{frontier_, assets_, chosen_})
    c->addSeries(s);
  c->addAxis(riskAxis_, Qt::AlignBottom);
  c->addAxis(returnAxis_, Qt::AlignLeft);
  for (QAbstractSeries* s : std::initializer_list<QAbstractSeries*>{frontier_, assets_, chosen_}) {
    s->attachAxis(riskAxis_);
    s->attachAxis(returnAxis_);
  }
  for (QValueAxis* axis : {riskAxis_, returnAxis_}) {
    axis->setTickType(QValueAxis::TicksFixed);
    axis->setMinorTickCount(0);
  }
  assets_->setMarkerSize(8);
  chosen_->setMarkerSize(12);
  c->legend()->setAlignment(Qt::AlignBottom);
  applyTheme();
  retranslate();
}

void FrontierChart::applyColours() {
  QPen line(kBlue);
  line.setWidthF(2.5);
  frontier_->setPen(line);
  assets_->setColor(kGrey);
  assets_->setBorderColor(kGrey);
  chosen_->setColor(kOrange);
  chosen_->setBorderColor(kOrange);
}

void FrontierChart::retranslate() {
  chart()->setTitle(tr("Efficient frontier"));
  frontier_->setName(tr("Efficient frontier"));
  assets_->setName(tr("Assets alone"));
  chosen_->setName(tr("Chosen portfolio"));
  riskAxis_->setTitleText(tr("Volatility (% a year)"));
  returnAxis_->setTitleText(tr("Expected return (% a year)"));
}

void FrontierChart::setResult(const PortfolioInputs& in, const PortfolioResult& result) {
  const PortfolioProblem problem = in.problem();
  double riskHigh = result.allocation.volatility;
  double returnLow = result.allocation.expectedReturn;
  double returnHigh = returnLow;
  QList<QPointF> curve;
  for (const Allocation& a : result.frontier) {
    curve.append({a.volatility * 100, a.expectedReturn * 100});
    riskHigh = std::max(riskHigh, a.volatility);
    returnLow = std::min(returnLow, a.expectedReturn);
    returnHigh = std::max(returnHigh, a.expectedReturn);
  }
  QList<QPointF> alone;
  const std::size_t n = problem.size();
  for (std::size_t i = 0; i < n; ++i) {
    const double vol = std::sqrt(problem.covariance[i * n + i]);
    alone.append({vol * 100, problem.expectedReturns[i] * 100});
    riskHigh = std::max(riskHigh, vol);
    returnLow = std::min(returnLow, problem.expectedReturns[i]);
    returnHigh = std::max(returnHigh, problem.expectedReturns[i]);
  }
  frontier_->replace(curve);
  assets_->replace(alone);
  chosen_->replace(
      QList<QPointF>{{result.allocation.volatility * 100, result.allocation.expectedReturn * 100}});
  applyRange(riskAxis_, niceRange(0, riskHigh * 100));
  applyRange(returnAxis_, niceRange(std::min(0.0, returnLow * 100), returnHigh * 100));
}

}  // namespace valor::ui
