#include "ui/models/lbo/lboresults.h"

#include <QEvent>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

#include "core/models/evaluation.h"
#include "core/models/lbo/lbobinding.h"
#include "ui/editors/numberformat.h"
#include "ui/models/lbo/lbocharts.h"
#include "ui/results/moneydisplay.h"
#include "ui/results/outputspanel.h"
#include "ui/results/resulttable.h"

namespace valor::ui {
namespace {

QTableWidget* namedTable(QWidget* parent, const QString& name) {
  QTableWidget* table = readOnlyTable(parent);
  table->setObjectName(name);
  return table;
}

}  // namespace

LboResults::LboResults(const ModelPresentation& presentation, QWidget* parent)
    : QScrollArea(parent), presentation_(presentation) {
  setWidgetResizable(true);
  setFrameShape(QFrame::NoFrame);
  outputs_ = new OutputsPanel(presentation, this);
  outputs_->keyFigures()->setMinimumHeight(200);
  extras_ = new QWidget(outputs_);
  auto* grid = new QGridLayout(extras_);
  grid->setContentsMargins(0, 0, 0, 0);
  sourcesUsesTitle_ = new QLabel(extras_);
  sourcesUses_ = namedTable(extras_, QStringLiteral("sourcesUses"));
  sourcesUses_->setColumnCount(4);
  sourcesUses_->verticalHeader()->hide();
  bridge_ = new ReturnsBridgeChart(extras_);
  paydown_ = new DebtPaydownChart(extras_);
  credit_ = new CreditChart(extras_);
  scheduleTitle_ = new QLabel(extras_);
  debtSchedule_ = namedTable(extras_, QStringLiteral("debtSchedule"));
  debtSchedule_->setMinimumHeight(260);
  grid->addWidget(sourcesUsesTitle_, 0, 0, 1, 2);
  grid->addWidget(sourcesUses_, 1, 0, 1, 2);
  grid->addWidget(bridge_, 2, 0, 1, 2);
  // One chart a row, so the results fit the narrow side of a laptop screen.
  grid->addWidget(paydown_, 3, 0, 1, 2);
  grid->addWidget(credit_, 4, 0, 1, 2);
  grid->addWidget(scheduleTitle_, 5, 0, 1, 2);
  grid->addWidget(debtSchedule_, 6, 0, 1, 2);
  outputs_->addSection(extras_);
  setWidget(outputs_);
  retranslate();
}

void LboResults::setDecimals(int decimals) {
  decimals_ = decimals;
  outputs_->setDecimals(decimals);
}

QString LboResults::money(double value) const {
  return formatAmount(money_(value), decimals_);
}

void LboResults::showEvaluation(const ScenarioDocument& doc, const Evaluation& evaluation) {
  outputs_->showEvaluation(doc, evaluation);
  const LboEvaluation* lbo = evaluation.detail<LboEvaluation>();
  const bool valued = lbo && lbo->result;
  extras_->setVisible(valued);
  if (!valued) return;
  const LboResult& r = *lbo->result;
  money_ = moneyDisplay(doc);
  const int decimals = decimals_;
  auto format = [decimals](double v) { return formatAmount(v, decimals); };
  bridge_->setResult(r, format, money_);
  QStringList labels;
  for (const std::string& label : lbo->binding.trancheLabels)
    labels << QString::fromStdString(label);
  paydown_->setSchedule(r, labels, money_);
  credit_->setResult(r);
  showSourcesUses(doc, evaluation);
  showDebtSchedule(evaluation);
}

// Sources on the left, uses on the right, each with its total; both totals are equal.
void LboResults::showSourcesUses(const ScenarioDocument&, const Evaluation& evaluation) {
  const LboEvaluation& lbo = *evaluation.detail<LboEvaluation>();
  const LboSourcesUses& su = lbo.result->sourcesUses;
  std::vector<std::pair<QString, double>> sources, uses;
  for (int i = 0; i < lbo.binding.resolved.trancheCount; ++i) {
    const double amount = lbo.binding.resolved.tranches[static_cast<std::size_t>(i)].principal;
    if (amount != 0)
      sources.emplace_back(
          QString::fromStdString(lbo.binding.trancheLabels[static_cast<std::size_t>(i)]), amount);
  }
  if (su.rolloverEquity != 0) sources.emplace_back(tr("Rollover equity"), su.rolloverEquity);
  sources.emplace_back(tr("Sponsor equity"), su.sponsorEquity);
  uses.emplace_back(tr("Enterprise value"), su.entryEnterpriseValue);
  if (su.transactionFees != 0) uses.emplace_back(tr("Transaction fees"), su.transactionFees);
  if (su.financingFees != 0) uses.emplace_back(tr("Financing fees"), su.financingFees);
  if (su.oid != 0) uses.emplace_back(tr("Original issue discount"), su.oid);
  if (su.minimumCash != 0) uses.emplace_back(tr("Cash to the balance sheet"), su.minimumCash);
  const int rows = static_cast<int>(std::max(sources.size(), uses.size())) + 1;
  sourcesUses_->setRowCount(rows);
  sourcesUses_->clearContents();
  auto fill = [&](const std::vector<std::pair<QString, double>>& items, int column) {
    for (std::size_t i = 0; i < items.size(); ++i) {
      sourcesUses_->setItem(static_cast<int>(i), column, resultCell(items[i].first, false));
      sourcesUses_->setItem(static_cast<int>(i), column + 1,
                            resultCell(money(items[i].second), true));
    }
    sourcesUses_->setItem(rows - 1, column, resultCell(tr("Total"), false, true));
    sourcesUses_->setItem(rows - 1, column + 1, resultCell(money(su.total), true, true));
  };
  fill(sources, 0);
  fill(uses, 2);
  // As tall as its rows: a few lines need no scroll bar and no empty space.
  sourcesUses_->resizeRowsToContents();
  int height = sourcesUses_->horizontalHeader()->height() + 2 * sourcesUses_->frameWidth();
  for (int row = 0; row < rows; ++row) height += sourcesUses_->rowHeight(row);
  sourcesUses_->setFixedHeight(height);
}

// One block of rows per tranche (opening, interest, repayments, closing), a column per year.
void LboResults::showDebtSchedule(const Evaluation& evaluation) {
  const LboEvaluation& lbo = *evaluation.detail<LboEvaluation>();
  const LboResult& r = *lbo.result;
  const QStringList lines = {tr("Opening"),   tr("Cash interest"), tr("PIK interest"),
                             tr("Mandatory"), tr("Drawn"),         tr("Repaid from excess cash"),
                             tr("Closing")};
  debtSchedule_->setColumnCount(r.years);
  debtSchedule_->setRowCount(r.trancheCount * static_cast<int>(lines.size()));
  QStringList years, rows;
  for (int t = 0; t < r.years; ++t)
    years << QString::number(r.rows[static_cast<std::size_t>(t)].year);
  for (int i = 0; i < r.trancheCount; ++i) {
    const QString label =
        QString::fromStdString(lbo.binding.trancheLabels[static_cast<std::size_t>(i)]);
    for (const QString& line : lines) rows << tr("%1 — %2").arg(label, line);
    for (int t = 0; t < r.years; ++t) {
      const LboTrancheYear& y =
          r.schedule[static_cast<std::size_t>(i)][static_cast<std::size_t>(t)];
      const double values[] = {y.opening, y.interestCash, y.interestPik, y.mandatory,
                               y.drawn,   y.sweep,        y.closing};
      for (int k = 0; k < static_cast<int>(std::size(values)); ++k)
        debtSchedule_->setItem(
            i * static_cast<int>(lines.size()) + k, t,
            resultCell(money(values[k]), true, k == static_cast<int>(lines.size()) - 1));
    }
  }
  debtSchedule_->setHorizontalHeaderLabels(years);
  debtSchedule_->setVerticalHeaderLabels(rows);
}

void LboResults::retranslate() {
  sourcesUsesTitle_->setText(tr("Sources and uses at close"));
  sourcesUses_->setHorizontalHeaderLabels({tr("Sources"), tr("Amount"), tr("Uses"), tr("Amount")});
  sourcesUses_->setAccessibleName(tr("Sources and uses at close"));
  scheduleTitle_->setText(tr("Debt schedule by tranche"));
  debtSchedule_->setAccessibleName(tr("Debt schedule by tranche"));
  bridge_->retranslate();
  paydown_->retranslate();
  credit_->retranslate();
}

void LboResults::changeEvent(QEvent* event) {
  QScrollArea::changeEvent(event);
  if (event->type() == QEvent::LanguageChange) retranslate();
}

}  // namespace valor::ui
