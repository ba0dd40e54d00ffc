#include "ui/models/realoption/realoptionresults.h"

#include <QTableWidget>

#include "core/models/evaluation.h"
#include "core/models/realoption/realoptionbinding.h"
#include "ui/models/realoption/payoffchart.h"
#include "ui/results/moneydisplay.h"
#include "ui/results/outputspanel.h"

namespace valor::ui {

RealOptionResults::RealOptionResults(const ModelPresentation& presentation, QWidget* parent)
    : QScrollArea(parent) {
  setWidgetResizable(true);
  setFrameShape(QFrame::NoFrame);
  outputs_ = new OutputsPanel(presentation, this);
  outputs_->keyFigures()->setMinimumHeight(260);
  payoff_ = new PayoffChart(outputs_);
  outputs_->addSection(payoff_);
  setWidget(outputs_);
}

void RealOptionResults::setDecimals(int decimals) {
  outputs_->setDecimals(decimals);
}

void RealOptionResults::showEvaluation(const ScenarioDocument& doc, const Evaluation& evaluation) {
  outputs_->showEvaluation(doc, evaluation);
  const RealOptionEvaluation* ro = evaluation.detail<RealOptionEvaluation>();
  const bool valued = ro && ro->result;
  payoff_->setVisible(valued);
  if (valued) payoff_->setInputs(*ro->binding.inputs, moneyDisplay(doc));
}

}  // namespace valor::ui
