#pragma once
// The M&A's results beside its form: the key figures (accretion first), the accretion chart,
// the EPS bridge of a chosen year, the goodwill bridge, contribution against ownership, then
// the per-year tables — all from the one evaluation the document holds, so they follow every
// keystroke.
#include <QScrollArea>

#include <optional>

#include "core/finance/ma.h"
#include "core/model/document.h"
#include "ui/models/presentation.h"

class QComboBox;
class QLabel;

namespace valor {
class Evaluation;
}

namespace valor::ui {

class AccretionChart;
class ContributionChart;
class EpsBridgeChart;
class GoodwillBridgeChart;
class OutputsPanel;

class MaResults : public QScrollArea {
  Q_OBJECT

 public:
  explicit MaResults(const ModelPresentation& presentation, QWidget* parent = nullptr);
  void showEvaluation(const ScenarioDocument& doc, const Evaluation& evaluation);
  void setDecimals(int decimals);

  OutputsPanel* outputs() const { return outputs_; }
  AccretionChart* accretion() const { return accretion_; }
  EpsBridgeChart* epsBridge() const { return epsBridge_; }
  GoodwillBridgeChart* goodwillBridge() const { return goodwill_; }
  ContributionChart* contribution() const { return contribution_; }
  QComboBox* bridgeYear() const { return bridgeYear_; }

 protected:
  void changeEvent(QEvent* event) override;

 private:
  void retranslate();
  void showBridge();

  OutputsPanel* outputs_;
  QWidget* extras_;
  AccretionChart* accretion_;
  QLabel* bridgeYearLabel_;
  QComboBox* bridgeYear_;
  EpsBridgeChart* epsBridge_;
  GoodwillBridgeChart* goodwill_;
  ContributionChart* contribution_;
  std::optional<MaResult> result_;
  QString perShareCaption_;
  int decimals_ = 1;
};

}  // namespace valor::ui
