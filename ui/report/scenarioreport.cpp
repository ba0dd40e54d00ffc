#include "ui/report/scenarioreport.h"

#include <QAbstractBarSeries>
#include <QBarSet>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QLocale>
#include <QPieSeries>
#include <QXYSeries>

#include <algorithm>

#include "core/compare/inputdiff.h"
#include "core/model/scenariojson.h"
#include "ui/analytics/analyticschart.h"
#include "ui/analytics/analyticspanel.h"
#include "ui/analytics/montecarlopage.h"
#include "ui/document/document.h"
#include "ui/editors/numberformat.h"
#include "ui/models/presentation.h"
#include "ui/models/scenarioview.h"
#include "ui/models/viewregistry.h"
#include "ui/report/analyticshtml.h"
#include "ui/report/pdfdocument.h"
#include "ui/results/moneydisplay.h"
#include "ui/results/resultchart.h"

namespace valor::ui {
namespace {

using reporthtml::cell;
using reporthtml::escaped;
using reporthtml::headerCell;
using reporthtml::heading;
using reporthtml::tableStart;

constexpr int kYearsPerBlock = 8;  // a per-year table wider than this continues below

// A per-year path ("dcf.ebit_margin.values.2027") is shown in the per-year tables instead.
bool perYear(const std::string& path) {
  const auto dot = path.rfind('.');
  return dot != std::string::npos && path.size() - dot == 5 &&
         std::all_of(path.begin() + static_cast<std::ptrdiff_t>(dot) + 1, path.end(),
                     [](char c) { return c >= '0' && c <= '9'; });
}

QString coverHtml(const ScenarioDocument& doc, const ReportContext& context,
                  const QString& kindTitle) {
  const std::string* name = doc.root().text("name");
  const std::string* description = doc.root().text("description");
  const MoneyDisplay money = moneyDisplay(doc);
  //: The cover's subtitle: the model kind and the unit of its amounts ("DCF scenario, USD
  //: millions").
  QString subtitle = QCoreApplication::translate("ScenarioReport", "%1 scenario, %2")
                         .arg(kindTitle, money.caption);
  if (money.rescales())
    //: The cover's subtitle when results are shown in another unit than the inputs.
    subtitle =
        QCoreApplication::translate("ScenarioReport", "%1 scenario; inputs in %2, results in %3")
            .arg(kindTitle, enteredMoneyCaption(doc), money.caption);
  QString html =
      QStringLiteral("<h1>%1</h1><p>%2</p>")
          .arg(escaped(QString::fromStdString(name ? *name : std::string())), escaped(subtitle));
  html += tableStart();
  const QLocale locale;
  const std::pair<QString, QString> rows[] = {
      {QCoreApplication::translate("ScenarioReport", "Workspace"), context.workspace},
      {QCoreApplication::translate("ScenarioReport", "Revision"),
       QString::number(context.revision)},
      {QCoreApplication::translate("ScenarioReport", "Content"), contentHash(doc)},
      {QCoreApplication::translate("ScenarioReport", "Printed"),
       locale.toString(context.printed, QLocale::LongFormat)},
      {QCoreApplication::translate("ScenarioReport", "Prepared by"), context.preparedBy}};
  for (const auto& [label, value] : rows)
    html +=
        QStringLiteral("<tr>") + cell(label, false) + cell(value, false) + QStringLiteral("</tr>");
  html += QStringLiteral("</table>");
  if (description && !description->empty())
    html += QStringLiteral("<p>%1</p>").arg(escaped(QString::fromStdString(*description)));
  return html;
}

QString keyFiguresHtml(const Evaluation& evaluation, const ModelPresentation* presentation,
                       const MoneyDisplay& money, int decimals) {
  QString html = QStringLiteral("<h2>%1</h2>")
                     .arg(escaped(QCoreApplication::translate("ScenarioReport", "Key figures"))) +
                 tableStart();
  const QLocale locale;
  for (const NamedOutput& out : evaluation.outputs) {
    if (!out.value) continue;
    const QString caption =
        presentation ? presentation->outputCaption(out.key) : QString::fromStdString(out.key);
    html += QStringLiteral("<tr>") + cell(caption, false) +
            cell(formatOutputValue(money.inUnit(*out.value, out.unit),
                                   QString::fromStdString(out.unit), decimals, locale),
                 true) +
            QStringLiteral("</tr>");
  }
  return html + QStringLiteral("</table>");
}

QString assumptionsHtml(const ScenarioDocument& doc, const ModelPresentation* presentation) {
  QString html = QStringLiteral("<h2>%1</h2>")
                     .arg(escaped(QCoreApplication::translate("ScenarioReport", "Assumptions"))) +
                 tableStart();
  for (const InputLeaf& leaf : flattenInputs(doc)) {
    if (perYear(leaf.path) || leaf.path == "name" || leaf.path == "description" ||
        leaf.path.rfind("monte_carlo", 0) == 0)
      continue;
    const auto caption = presentation ? presentation->captionOfPath(leaf.path) : std::nullopt;
    if (!caption) continue;  // an internal setting, not an assumption a reader needs
    html += QStringLiteral("<tr>") + cell(*caption, false) +
            cell(presentation->displayValue(leaf.path, leaf.value, leaf.unit),
                 std::holds_alternative<double>(leaf.value)) +
            QStringLiteral("</tr>");
  }
  return html + QStringLiteral("</table>");
}

// A named table with the years across, in blocks of kYearsPerBlock years.
QString yearTableHtml(const NamedTable& table, const ModelPresentation* presentation,
                      const MoneyDisplay& money, int decimals) {
  const QString title =
      presentation ? presentation->tableCaption(table.key) : QString::fromStdString(table.key);
  QString html = QStringLiteral("<h3>%1</h3>").arg(escaped(title));
  const QLocale locale;
  const int years = static_cast<int>(table.years.size());
  for (int first = 0; first < years; first += kYearsPerBlock) {
    const int last = std::min(years, first + kYearsPerBlock);
    html += tableStart() + QStringLiteral("<tr>") + headerCell(QString(), false);
    for (int y = first; y < last; ++y)
      html += headerCell(QString::number(table.years[static_cast<std::size_t>(y)]), true);
    html += QStringLiteral("</tr>");
    for (std::size_t c = 0; c < table.columns.size(); ++c) {
      const TableColumn& column = table.columns[c];
      html += QStringLiteral("<tr>") + cell(presentation ? presentation->columnCaption(column.key)
                                                         : QString::fromStdString(column.key),
                                            false);
      for (int y = first; y < last; ++y) {
        const auto& value = table.rows[static_cast<std::size_t>(y)][c];
        // A discount factor or ratio needs more digits than money to be read.
        const int digits = column.unit == "ratio" ? 4 : decimals;
        html += cell(value ? formatOutputValue(money.inUnit(*value, column.unit),
                                               QString::fromStdString(column.unit), digits, locale)
                           : QStringLiteral("–"),
                     true);
      }
      html += QStringLiteral("</tr>");
    }
    html += QStringLiteral("</table>");
  }
  return html;
}

// A chart with something drawn in it: an analytics chart before its first run has none.
bool hasData(const QChart* chart) {
  for (const QAbstractSeries* series : chart->series()) {
    if (const auto* xy = qobject_cast<const QXYSeries*>(series); xy && xy->count() > 0) return true;
    if (const auto* bars = qobject_cast<const QAbstractBarSeries*>(series);
        bars && bars->count() > 0)
      for (const QBarSet* set : bars->barSets())
        if (set->count() > 0) return true;
    if (const auto* pie = qobject_cast<const QPieSeries*>(series); pie && pie->count() > 0)
      return true;
  }
  return false;
}

// The charts of the tab: the valuation's, then the Monte Carlo's when it has been run on the
// scenario as it is (a stale result would describe another state), each as shown.
std::vector<QChartView*> chartsOf(ScenarioView& view) {
  std::vector<QChartView*> charts;
  for (ResultChartView* chart : view.findChildren<ResultChartView*>())
    if (!qobject_cast<AnalyticsChart*>(chart) && hasData(chart->chart())) charts.push_back(chart);
  if (AnalyticsPanel* analytics = view.analyticsPanel()) {
    MonteCarloPage* monteCarlo = analytics->monteCarlo();
    if (monteCarlo && monteCarlo->result() && !monteCarlo->resultIsStale())
      for (AnalyticsChart* chart : monteCarlo->findChildren<AnalyticsChart*>())
        if (hasData(chart->chart())) charts.push_back(chart);
  }
  return charts;
}

}  // namespace

QString contentHash(const ScenarioDocument& doc) {
  const QByteArray json = QByteArray::fromStdString(scenarioToJson(doc).dump());
  return QString::fromLatin1(
      QCryptographicHash::hash(json, QCryptographicHash::Sha256).toHex().left(12));
}

QString writeScenarioPdf(ScenarioView& view, const ReportContext& context, const QString& path) {
  const Document& document = *view.document();
  const ScenarioDocument& doc = document.scenario();
  const Evaluation& evaluation = document.evaluation();
  if (!evaluation.valued)
    return QCoreApplication::translate("ScenarioReport",
                                       "the scenario cannot be valued; fix its errors first");
  const ModelPresentation* presentation = presentationOf(doc);
  const std::string* model = doc.root().text("model");
  const ScenarioViewKind* kind = model ? findScenarioViewKind(*model) : nullptr;

  QString html = coverHtml(doc, context, kind ? kind->title() : QString());
  html += QStringLiteral("<p style=\"page-break-after: always;\"></p>");
  const MoneyDisplay money = moneyDisplay(doc);
  html += keyFiguresHtml(evaluation, presentation, money, context.decimals);
  html += assumptionsHtml(doc, presentation);
  html += heading(2, QCoreApplication::translate("ScenarioReport", "Per year"));
  for (const NamedTable& table : evaluation.tables)
    html += yearTableHtml(table, presentation, money, context.decimals);
  html += analyticsHtml(view, context.decimals);

  const std::string* name = doc.root().text("name");
  const PdfFrame frame{QString::fromStdString(name ? *name : std::string()),
                       QString::fromStdString(name ? *name : std::string()), context.workspace,
                       QCoreApplication::translate("ScenarioReport", "Revision %1 · content %2")
                           .arg(context.revision)
                           .arg(contentHash(doc))};
  return writePdf(path, frame, html, chartsOf(view),
                  QCoreApplication::translate("ScenarioReport", "Charts"));
}

}  // namespace valor::ui
