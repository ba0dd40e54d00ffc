#include "ui/report/analyticshtml.h"

#include <QAbstractItemModel>
#include <QCoreApplication>
#include <QFont>
#include <QLocale>
#include <QTableView>

#include <utility>
#include <vector>

#include "core/analytics/montecarlo.h"
#include "core/models/registry.h"
#include "ui/analytics/analyticspanel.h"
#include "ui/analytics/inputcaption.h"
#include "ui/analytics/montecarlopage.h"
#include "ui/analytics/sensitivitypages.h"
#include "ui/document/document.h"
#include "ui/editors/numberformat.h"
#include "ui/models/scenarioview.h"
#include "ui/report/pdfdocument.h"
#include "ui/results/moneydisplay.h"

namespace valor::ui {

using namespace reporthtml;

QString monteCarloSummaryHtml(const ScenarioDocument& doc, const MonteCarloResult& r,
                              int decimals) {
  const std::vector<OutputSpec> outputs = valuationOutputs(doc);
  const OutputSpec spec = r.output < outputs.size() ? outputs[r.output] : OutputSpec{};
  const QString unit = QString::fromStdString(spec.unit);
  const QLocale locale;
  const MoneyDisplay money = moneyDisplay(doc);
  const auto value = [&](double v) {
    return formatOutputValue(money.inUnit(v, spec.unit), unit, decimals, locale);
  };
  QString output = InputCaption::output(doc, spec.key);
  //: An output and the unit of its amounts: "Enterprise value (USD millions)".
  if (spec.unit == "money")
    output = QCoreApplication::translate("AnalyticsReport", "%1 (%2)").arg(output, money.caption);
  std::vector<std::pair<QString, QString>> rows = {
      {QCoreApplication::translate("AnalyticsReport", "Output"), output},
      {QCoreApplication::translate("AnalyticsReport", "Paths simulated"),
       locale.toString(qulonglong(r.paths))},
      {QCoreApplication::translate("AnalyticsReport", "Paths valued"),
       locale.toString(qulonglong(r.valued))},
      {QCoreApplication::translate("AnalyticsReport", "The scenario's own value"),
       value(r.baseOutput)},
      {QCoreApplication::translate("AnalyticsReport", "Mean"), value(r.mean)},
      {QCoreApplication::translate("AnalyticsReport", "Median"), value(r.median)},
      {QCoreApplication::translate("AnalyticsReport", "Standard deviation"),
       value(r.standardDeviation)},
      {QCoreApplication::translate("AnalyticsReport", "Standard error of the mean"),
       value(r.standardError)},
      {QCoreApplication::translate("AnalyticsReport", "Minimum"), value(r.min)},
      {QCoreApplication::translate("AnalyticsReport", "Maximum"), value(r.max)}};
  for (const Percentile& p : r.percentiles)
    rows.emplace_back(QStringLiteral("P%1").arg(qRound(p.level * 100)), value(p.value));
  if (r.targetPrice && r.probabilityAbove)
    rows.emplace_back(QCoreApplication::translate("AnalyticsReport", "Probability above %1")
                          .arg(value(*r.targetPrice)),
                      formatOutputValue(*r.probabilityAbove, QStringLiteral("rate"), 1, locale));
  QString html = heading(2, QCoreApplication::translate("AnalyticsReport", "Monte Carlo summary")) +
                 tableStart();
  for (const auto& [label, text] : rows)
    html +=
        QStringLiteral("<tr>") + cell(label, false) + cell(text, true) + QStringLiteral("</tr>");
  return html + QStringLiteral("</table>");
}

QString itemTableHtml(const QAbstractItemModel& model) {
  QString html = tableStart() + QStringLiteral("<tr>") + headerCell(QString(), false);
  for (int c = 0; c < model.columnCount(); ++c)
    html += headerCell(model.headerData(c, Qt::Horizontal, Qt::DisplayRole).toString(), true);
  html += QStringLiteral("</tr>");
  for (int r = 0; r < model.rowCount(); ++r) {
    html += QStringLiteral("<tr>") +
            cell(model.headerData(r, Qt::Vertical, Qt::DisplayRole).toString(), false, true);
    for (int c = 0; c < model.columnCount(); ++c) {
      const QModelIndex index = model.index(r, c);
      const QVariant font = model.data(index, Qt::FontRole);
      const bool bold = font.isValid() && font.value<QFont>().bold();
      html += cell(model.data(index, Qt::DisplayRole).toString(), true, bold);
    }
    html += QStringLiteral("</tr>");
  }
  return html + QStringLiteral("</table>");
}

QString analyticsHtml(ScenarioView& view, int decimals) {
  AnalyticsPanel* analytics = view.analyticsPanel();
  if (!analytics) return {};
  QString html;
  const ScenarioDocument& doc = view.document()->scenario();
  if (MonteCarloPage* mc = analytics->monteCarlo(); mc && mc->result() && !mc->resultIsStale())
    html += monteCarloSummaryHtml(doc, *mc->result(), decimals);
  if (SensitivityPage* grid = analytics->sensitivity(); grid && grid->gridIsCurrent()) {
    const QAbstractItemModel& model = *grid->table()->model();
    html += heading(2, QCoreApplication::translate("AnalyticsReport", "Sensitivity")) +
            QStringLiteral("<p>%1</p>").arg(escaped(grid->gridTitle()));
    if (model.columnCount() <= kReportGridMaxColumns && model.rowCount() <= kReportGridMaxRows)
      html += itemTableHtml(model);
    else
      html += QStringLiteral("<p>%1</p>")
                  .arg(escaped(QCoreApplication::translate(
                                   "AnalyticsReport",
                                   "The grid of %1 × %2 values is too large for a page; its "
                                   "Export CSV button on the Sensitivity tab writes it whole.")
                                   .arg(model.rowCount())
                                   .arg(model.columnCount())));
  }
  return html;
}

}  // namespace valor::ui
