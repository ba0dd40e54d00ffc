#include "ui/models/credit/creditresults.h"

#include <QEvent>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>

#include "core/models/credit/creditbinding.h"
#include "core/models/evaluation.h"
#include "ui/results/outputspanel.h"
#include "ui/results/resultchart.h"

namespace valor::ui {

CreditResults::CreditResults(const ModelPresentation& presentation, QWidget* parent)
    : QScrollArea(parent) {
  setWidgetResizable(true);
  setFrameShape(QFrame::NoFrame);
  outputs_ = new OutputsPanel(presentation, this);
  outputs_->keyFigures()->setMinimumHeight(280);
  zone_ = new QLabel(outputs_);
  zone_->setObjectName(QStringLiteral("altmanZone"));
  zone_->setWordWrap(true);
  zone_->setTextFormat(Qt::PlainText);
  outputs_->addSection(zone_);
  setWidget(outputs_);
}

void CreditResults::setDecimals(int decimals) {
  outputs_->setDecimals(decimals);
}

void CreditResults::showEvaluation(const ScenarioDocument& doc, const Evaluation& evaluation) {
  outputs_->showEvaluation(doc, evaluation);
  const CreditEvaluation* credit = evaluation.detail<CreditEvaluation>();
  const AltmanScore* altman =
      credit && credit->result && credit->result->altman ? &*credit->result->altman : nullptr;
  zoneKind_ = altman ? static_cast<int>(altman->zone) : -1;
  if (altman) {
    score_ = altman->score;
    distressBelow_ = altman->distressBelow;
    safeAbove_ = altman->safeAbove;
  }
  showZone();
}

void CreditResults::showZone() {
  zone_->setVisible(zoneKind_ >= 0);
  if (zoneKind_ < 0) return;
  const QLocale locale;
  const QString score = locale.toString(score_, 'f', 2);
  const QString low = locale.toString(distressBelow_, 'f', 2);
  const QString high = locale.toString(safeAbove_, 'f', 2);
  QString text;
  QColor colour;
  switch (static_cast<AltmanZone>(zoneKind_)) {
    case AltmanZone::Distress:
      text = tr("Altman score %1: distress zone (below %2).").arg(score, low);
      colour = chartkit::kRed;
      break;
    case AltmanZone::Grey:
      text = tr("Altman score %1: grey zone (%2 to %3).").arg(score, low, high);
      colour = chartkit::kOrange;
      break;
    case AltmanZone::Safe:
      text = tr("Altman score %1: safe zone (above %2).").arg(score, high);
      colour = chartkit::kGreen;
      break;
  }
  zone_->setText(text);
  zone_->setStyleSheet(
      QStringLiteral("QLabel { font-weight: bold; color: %1; }").arg(colour.name()));
}

void CreditResults::changeEvent(QEvent* event) {
  QScrollArea::changeEvent(event);
  if (event->type() == QEvent::LanguageChange) showZone();
}

}  // namespace valor::ui
