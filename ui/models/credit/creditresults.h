#pragma once
// The credit analysis's results beside its form: the Altman score's zone in words and colour
// (with the model's bounds), then the key figures — the ratios, Merton's asset value and
// volatility, distance to default, probability of default, the debt's value and spread, and the
// expected loss — all from the one evaluation the document holds.
#include <QScrollArea>

#include "core/model/document.h"
#include "ui/models/presentation.h"

class QLabel;

namespace valor {
class Evaluation;
}

namespace valor::ui {

class OutputsPanel;

class CreditResults : public QScrollArea {
  Q_OBJECT

 public:
  explicit CreditResults(const ModelPresentation& presentation, QWidget* parent = nullptr);
  void showEvaluation(const ScenarioDocument& doc, const Evaluation& evaluation);
  void setDecimals(int decimals);

  OutputsPanel* outputs() const { return outputs_; }
  QLabel* zone() const { return zone_; }

 protected:
  void changeEvent(QEvent* event) override;

 private:
  void showZone();

  OutputsPanel* outputs_;
  QLabel* zone_;
  int zoneKind_ = -1;  // AltmanZone, or −1 for none
  double score_ = 0, distressBelow_ = 0, safeAbove_ = 0;
};

}  // namespace valor::ui
