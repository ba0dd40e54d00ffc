#include "ui/models/ma/maresults.h"

#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>

#include <algorithm>

#include "core/models/evaluation.h"
#include "core/models/ma/mabinding.h"
#include "ui/editors/numberformat.h"
#include "ui/models/ma/macharts.h"
#include "ui/results/moneydisplay.h"
#include "ui/results/outputspanel.h"

namespace valor::ui {

MaResults::MaResults(const ModelPresentation& presentation, QWidget* parent) : QScrollArea(parent) {
  setWidgetResizable(true);
  setFrameShape(QFrame::NoFrame);
  outputs_ = new OutputsPanel(presentation, this);
  outputs_->keyFigures()->setMinimumHeight(200);
  extras_ = new QWidget(outputs_);
  auto* grid = new QGridLayout(extras_);
  grid->setContentsMargins(0, 0, 0, 0);
  accretion_ = new AccretionChart(extras_);
  bridgeYearLabel_ = new QLabel(extras_);
  bridgeYear_ = new QComboBox(extras_);
  bridgeYear_->setObjectName(QStringLiteral("bridgeYear"));
  bridgeYearLabel_->setBuddy(bridgeYear_);
  epsBridge_ = new EpsBridgeChart(extras_);
  goodwill_ = new GoodwillBridgeChart(extras_);
  contribution_ = new ContributionChart(extras_);
  // One chart a row, so the results fit the narrow side of a laptop screen.
  grid->addWidget(accretion_, 0, 0, 1, 2);
  grid->addWidget(bridgeYearLabel_, 1, 0, Qt::AlignRight);
  grid->addWidget(bridgeYear_, 1, 1, Qt::AlignLeft);
  grid->addWidget(epsBridge_, 2, 0, 1, 2);
  grid->addWidget(goodwill_, 3, 0, 1, 2);
  grid->addWidget(contribution_, 4, 0, 1, 2);
  grid->setColumnStretch(1, 1);
  outputs_->addSection(extras_);
  setWidget(outputs_);
  connect(bridgeYear_, &QComboBox::currentIndexChanged, this, [this] { showBridge(); });
  retranslate();
}

void MaResults::setDecimals(int decimals) {
  decimals_ = decimals;
  outputs_->setDecimals(decimals);
}

void MaResults::showEvaluation(const ScenarioDocument& doc, const Evaluation& evaluation) {
  outputs_->showEvaluation(doc, evaluation);
  const MaEvaluation* ma = evaluation.detail<MaEvaluation>();
  const bool valued = ma && ma->result;
  extras_->setVisible(valued);
  if (!valued) {
    result_.reset();
    return;
  }
  result_ = *ma->result;
  const MaResult& r = *result_;
  const MoneyDisplay money = moneyDisplay(doc);
  const int decimals = decimals_;
  accretion_->setResult(r);
  MaPpa ppa = r.ppa;
  for (Money* amount :
       {&ppa.purchaseEquity, &ppa.bookEquity, &ppa.existingGoodwill, &ppa.ppeWriteUp,
        &ppa.intangiblesWriteUp, &ppa.deferredTaxLiability, &ppa.goodwill})
    *amount = money(*amount);
  goodwill_->setPpa(
      ppa, [decimals](double v) { return formatAmount(v, decimals); }, money.caption);
  contribution_->setResult(r, QString::fromStdString(ma->binding.acquirerName),
                           QString::fromStdString(ma->binding.targetName));
  const std::string* currency = doc.root().text("currency");
  perShareCaption_ = tr("%1 per share").arg(QString::fromStdString(currency ? *currency : "USD"));
  // The years on offer follow the scenario; the chosen one stays chosen while it exists.
  const int chosen = std::max(bridgeYear_->currentIndex(), 0);
  if (bridgeYear_->count() != r.years) {
    const QSignalBlocker block(bridgeYear_);
    bridgeYear_->clear();
    for (int t = 0; t < r.years; ++t)
      bridgeYear_->addItem(QString::number(r.rows[static_cast<std::size_t>(t)].year));
    bridgeYear_->setCurrentIndex(std::min(chosen, r.years - 1));
  } else {
    for (int t = 0; t < r.years; ++t)
      bridgeYear_->setItemText(t, QString::number(r.rows[static_cast<std::size_t>(t)].year));
  }
  showBridge();
}

void MaResults::showBridge() {
  if (!result_ || bridgeYear_->currentIndex() < 0) return;
  const MaYearRow& row = result_->rows[static_cast<std::size_t>(bridgeYear_->currentIndex())];
  // EPS to the cent at least, as analysts quote it.
  const int decimals = std::max(decimals_, 2);
  epsBridge_->setRow(
      row, [decimals](double v) { return formatAmount(v, decimals); }, perShareCaption_);
}

void MaResults::retranslate() {
  bridgeYearLabel_->setText(tr("EPS bridge for &year:"));
  bridgeYear_->setAccessibleName(tr("Year of the EPS bridge"));
  accretion_->retranslate();
  epsBridge_->retranslate();
  goodwill_->retranslate();
  contribution_->retranslate();
}

void MaResults::changeEvent(QEvent* event) {
  QScrollArea::changeEvent(event);
  if (event->type() == QEvent::LanguageChange) retranslate();
}

}  // namespace valor::ui
