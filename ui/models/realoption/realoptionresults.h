#pragma once
// The real option's results beside its form: the key figures (value, intrinsic and time value,
// the Greeks, the implied volatility) and the value against the underlying, all from the one
// evaluation the document holds, so they follow every keystroke.
#include <QScrollArea>

#include "core/model/document.h"
#include "ui/models/presentation.h"

namespace valor {
class Evaluation;
}

namespace valor::ui {

class OutputsPanel;
class PayoffChart;

class RealOptionResults : public QScrollArea {
  Q_OBJECT

 public:
  explicit RealOptionResults(const ModelPresentation& presentation, QWidget* parent = nullptr);
  void showEvaluation(const ScenarioDocument& doc, const Evaluation& evaluation);
  void setDecimals(int decimals);

  OutputsPanel* outputs() const { return outputs_; }
  PayoffChart* payoff() const { return payoff_; }

 private:
  OutputsPanel* outputs_;
  PayoffChart* payoff_;
};

}  // namespace valor::ui
