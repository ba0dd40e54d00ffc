#include "ui/models/realoption/payoffchart.h"

#include <QChart>
#include <QLegend>
#include <QLineSeries>
#include <QLocale>
#include <QPen>
#include <QScatterSeries>
#include <QValueAxis>

#include <algorithm>

namespace valor::ui {

using namespace chartkit;

PayoffChart::PayoffChart(QWidget* parent)
    : ResultChartView(parent),
      value_(new QLineSeries),
      payoff_(new QLineSeries),
      today_(new QScatterSeries),
      underlyingAxis_(new QValueAxis),
      valueAxis_(new QValueAxis) {
  setObjectName(QStringLiteral("payoffChart"));
  QChart* c = chart();
  for (QAbstractSeries* s : std::initializer_list<QAbstractSeries*>{payoff_, value_, today_})
    c->addSeries(s);
  c->addAxis(underlyingAxis_, Qt::AlignBottom);
  c->addAxis(valueAxis_, Qt::AlignLeft);
  for (QAbstractSeries* s : std::initializer_list<QAbstractSeries*>{payoff_, value_, today_}) {
    s->attachAxis(underlyingAxis_);
    s->attachAxis(valueAxis_);
  }
  for (QValueAxis* axis : {underlyingAxis_, valueAxis_}) {
    axis->setTickType(QValueAxis::TicksFixed);
    axis->setMinorTickCount(0);
  }
  today_->setMarkerSize(10);
  c->legend()->setAlignment(Qt::AlignBottom);
  applyTheme();
  retranslate();
}

void PayoffChart::applyColours() {
  QPen value(kBlue);
  value.setWidthF(2.5);
  value_->setPen(value);
  QPen payoff(kGrey);
  payoff.setWidthF(1.5);
  payoff.setStyle(Qt::DashLine);
  payoff_->setPen(payoff);
  today_->setColor(kOrange);
  today_->setBorderColor(kOrange);
}

void PayoffChart::retranslate() {
  value_->setName(tr("Value today"));
  payoff_->setName(tr("Payoff at expiry"));
  today_->setName(tr("Today's underlying"));
  updateTitle();
}

void PayoffChart::updateTitle() {
  chart()->setTitle(curveSteps_ > 0 ? tr("Option value against the underlying (tree of %1 steps)")
                                          .arg(QLocale().toString(curveSteps_))
                                    : tr("Option value against the underlying"));
  underlyingAxis_->setTitleText(tr("Underlying (%1)").arg(caption_));
  valueAxis_->setTitleText(tr("Value (%1)").arg(caption_));
}

void PayoffChart::setInputs(const RealOptionInputs& in, const MoneyDisplay& money) {
  OptionInputs option = in.option();
  const double today = option.underlying;
  // From near zero to twice the larger of the underlying and the strike: both sides of the kink.
  const double top = 2 * std::max(today, option.strike);
  // At most kMaxCurveSteps, unless these inputs need more for the tree to have a value.
  curveSteps_ =
      in.american ? std::max(std::min(in.steps, kMaxCurveSteps), minimumTreeSteps(option)) : 0;
  const auto valueAt = [&](double s) -> std::optional<double> {
    option.underlying = s;
    if (!in.american) return blackScholes(option).value;
    return binomialValue(option, std::max(curveSteps_, kMinTreeSteps), true);
  };
  QList<QPointF> values, payoffs;
  double high = 0;
  for (int i = 1; i <= kPoints; ++i) {
    const double s = top * i / kPoints;
    option.underlying = s;
    const double payoff = intrinsicValue(option);
    payoffs.append({money(s), money(payoff)});
    high = std::max(high, payoff);
    if (const auto v = valueAt(s)) {
      values.append({money(s), money(*v)});
      high = std::max(high, *v);
    }
  }
  value_->replace(values);
  payoff_->replace(payoffs);
  const auto now = valueAt(today);
  today_->replace(now ? QList<QPointF>{{money(today), money(*now)}} : QList<QPointF>{});
  applyRange(underlyingAxis_, niceRange(0, money(top)));
  applyRange(valueAxis_, niceRange(0, money(high)));
  caption_ = money.caption;
  updateTitle();
}

}  // namespace valor::ui
