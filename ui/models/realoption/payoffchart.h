#pragma once
// The option's value today against the value of its underlying, beside its payoff at expiry
// (the "hockey stick"), with today's underlying marked: where the option's time value lies and
// how far it is in or out of the money. Drawn from the engine at each point, so it follows
// every keystroke.
#include "core/models/realoption/realoptionbinding.h"
#include "ui/results/moneydisplay.h"
#include "ui/results/resultchart.h"

class QLineSeries;
class QScatterSeries;
class QValueAxis;

namespace valor::ui {

class PayoffChart : public ResultChartView {
  Q_OBJECT

 public:
  // The curve's points, and the most tree steps it uses (a finer tree only for the key figures:
  // the curve must stay quick to redraw while typing).
  static constexpr int kPoints = 41;
  static constexpr int kMaxCurveSteps = 1000;

  explicit PayoffChart(QWidget* parent = nullptr);
  // `in` as bound; amounts shown in the results' money unit.
  void setInputs(const RealOptionInputs& in, const MoneyDisplay& money);
  void retranslate();

  QLineSeries* valueCurve() const { return value_; }
  QLineSeries* payoffLine() const { return payoff_; }
  QScatterSeries* today() const { return today_; }

 protected:
  void applyColours() override;

 private:
  void updateTitle();

  QLineSeries* value_;
  QLineSeries* payoff_;
  QScatterSeries* today_;
  QValueAxis* underlyingAxis_;
  QValueAxis* valueAxis_;
  int curveSteps_ = 0;  // the tree's steps on the curve; 0 for Black–Scholes–Merton
  QString caption_;
};

}  // namespace valor::ui
