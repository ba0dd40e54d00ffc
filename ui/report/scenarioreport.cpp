#include "ui/report/scenarioreport.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QLocale>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextCursor>
#include <QTextDocument>

#include <algorithm>

#include "core/compare/inputdiff.h"
#include "core/model/scenariojson.h"
#include "ui/analytics/analyticschart.h"
#include "ui/document/document.h"
#include "ui/editors/numberformat.h"
#include "ui/models/presentation.h"
#include "ui/models/scenarioview.h"
#include "ui/models/viewregistry.h"
#include "ui/report/chartobject.h"
#include "ui/results/moneycaption.h"
#include "ui/results/resultchart.h"

namespace valor::ui {
namespace {

constexpr int kYearsPerBlock = 8;  // a per-year table wider than this continues below

QString escaped(const QString& text) { return text.toHtmlEscaped(); }

QString tableStart() {
  return QStringLiteral(
      "<table width=\"100%\" cellspacing=\"0\" cellpadding=\"3\" "
      "style=\"border-collapse: collapse; margin-bottom: 10px;\">");
}

QString headerCell(const QString& text, bool number) {
  return QStringLiteral("<th align=\"%1\" style=\"background-color:#e8ecf2;\">%2</th>")
      .arg(number ? QStringLiteral("right") : QStringLiteral("left"), escaped(text));
}

QString cell(const QString& text, bool number) {
  return QStringLiteral("<td align=\"%1\">%2</td>")
      .arg(number ? QStringLiteral("right") : QStringLiteral("left"), escaped(text));
}

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
  QString html = QStringLiteral("<h1>%1</h1><p>%2</p>")
                     .arg(escaped(QString::fromStdString(name ? *name : std::string())),
                          escaped(QCoreApplication::translate("ScenarioReport", "%1 scenario, %2").arg(kindTitle, moneyCaption(doc))));
  html += tableStart();
  const QLocale locale;
  const std::pair<QString, QString> rows[] = {
      {QCoreApplication::translate("ScenarioReport", "Workspace"), context.workspace},
      {QCoreApplication::translate("ScenarioReport", "Revision"), QString::number(context.revision)},
      {QCoreApplication::translate("ScenarioReport", "Content"), contentHash(doc)},
      {QCoreApplication::translate("ScenarioReport", "Printed"), locale.toString(context.printed, QLocale::LongFormat)},
      {QCoreApplication::translate("ScenarioReport", "Prepared by"), context.preparedBy}};
  for (const auto& [label, value] : rows)
    html += QStringLiteral("<tr>") + cell(label, false) + cell(value, false) +
            QStringLiteral("</tr>");
  html += QStringLiteral("</table>");
  if (description && !description->empty())
    html += QStringLiteral("<p>%1</p>").arg(escaped(QString::fromStdString(*description)));
  return html;
}

QString keyFiguresHtml(const Evaluation& evaluation, const ModelPresentation* presentation,
                       int decimals) {
  QString html = QStringLiteral("<h2>%1</h2>").arg(escaped(QCoreApplication::translate("ScenarioReport", "Key figures"))) + tableStart();
  const QLocale locale;
  for (const NamedOutput& out : evaluation.outputs) {
    if (!out.value) continue;
    const QString caption = presentation ? presentation->outputCaption(out.key)
                                         : QString::fromStdString(out.key);
    html += QStringLiteral("<tr>") + cell(caption, false) +
            cell(formatOutputValue(*out.value, QString::fromStdString(out.unit), decimals, locale),
                 true) +
            QStringLiteral("</tr>");
  }
  return html + QStringLiteral("</table>");
}

QString assumptionsHtml(const ScenarioDocument& doc, const ModelPresentation* presentation) {
  QString html = QStringLiteral("<h2>%1</h2>").arg(escaped(QCoreApplication::translate("ScenarioReport", "Assumptions"))) + tableStart();
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
                      int decimals) {
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
      html += QStringLiteral("<tr>") +
              cell(presentation ? presentation->columnCaption(column.key)
                                : QString::fromStdString(column.key),
                   false);
      for (int y = first; y < last; ++y) {
        const auto& value = table.rows[static_cast<std::size_t>(y)][c];
        // A discount factor or ratio needs more digits than money to be read.
        const int digits = column.unit == "ratio" ? 4 : decimals;
        html += cell(value ? formatOutputValue(*value, QString::fromStdString(column.unit),
                                               digits, locale)
                           : QStringLiteral("–"),
                     true);
      }
      html += QStringLiteral("</tr>");
    }
    html += QStringLiteral("</table>");
  }
  return html;
}

// The charts of the valuation page as the tab shows them (analytics charts are run on demand
// and have their own exports).
std::vector<QChartView*> chartsOf(ScenarioView& view) {
  std::vector<QChartView*> charts;
  for (ResultChartView* chart : view.findChildren<ResultChartView*>()) {
    if (qobject_cast<AnalyticsChart*>(chart) || chart->chart()->series().isEmpty()) continue;
    charts.push_back(chart);
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
    return QCoreApplication::translate("ScenarioReport", "the scenario cannot be valued; fix its errors first");
  const ModelPresentation* presentation = presentationOf(doc);
  const std::string* model = doc.root().text("model");
  const ScenarioViewKind* kind = model ? findScenarioViewKind(*model) : nullptr;

  QSaveFile file(path);
  if (!file.open(QIODevice::WriteOnly)) return file.errorString();
  QPdfWriter pdf(&file);
  pdf.setPageSize(QPageSize(QPageSize::A4));
  pdf.setPageMargins(QMarginsF(16, 14, 16, 14), QPageLayout::Millimeter);
  pdf.setResolution(300);
  pdf.setTitle(QString::fromStdString(doc.root().text("name") ? *doc.root().text("name") : ""));
  pdf.setCreator(QStringLiteral("Valor IVX"));

  const QRectF page = pdf.pageLayout().paintRectPixels(pdf.resolution());
  const qreal pointToPixel = pdf.resolution() / 72.0;
  const qreal band = 16 * pointToPixel;  // header and footer bands
  const QSizeF body(page.width(), page.height() - 2 * band);

  // The charts keep their on-screen drawing code; each is laid out at a report size first
  // (in screen units, so its fonts keep their proportions) and given back its own after.
  std::vector<QChartView*> charts = chartsOf(view);
  std::vector<QRectF> screenGeometry;
  for (QChartView* chart : charts) {
    screenGeometry.push_back(chart->chart()->geometry());
    chart->chart()->setGeometry(QRectF(0, 0, 720, 360));
  }

  QTextDocument text;
  text.documentLayout()->setPaintDevice(&pdf);
  QFont font(QStringLiteral("DejaVu Sans"));
  font.setPointSizeF(9);
  text.setDefaultFont(font);
  text.setPageSize(body);
  text.setDocumentMargin(0);
  auto* chartObject = new ChartTextObject(charts, body.width(), body.width() / 2, &text);
  text.documentLayout()->registerHandler(ChartTextObject::kType, chartObject);

  QString html = coverHtml(doc, context, kind ? kind->title() : QString());
  html += QStringLiteral("<p style=\"page-break-after: always;\"></p>");
  html += keyFiguresHtml(evaluation, presentation, context.decimals);
  html += assumptionsHtml(doc, presentation);
  html += QStringLiteral("<h2>%1</h2>").arg(escaped(QCoreApplication::translate("ScenarioReport", "Per year")));
  for (const NamedTable& table : evaluation.tables)
    html += yearTableHtml(table, presentation, context.decimals);
  text.setHtml(html);
  if (!charts.empty()) {
    QTextCursor cursor(&text);
    cursor.movePosition(QTextCursor::End);
    QTextBlockFormat breakBefore;
    breakBefore.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
    cursor.insertBlock(breakBefore);
    QTextCharFormat heading;
    heading.setFontPointSize(14);
    heading.setFontWeight(QFont::Bold);
    cursor.insertText(QCoreApplication::translate("ScenarioReport", "Charts"), heading);
    for (int i = 0; i < static_cast<int>(charts.size()); ++i) {
      cursor.insertBlock(QTextBlockFormat());
      ChartTextObject::insert(cursor, i);
    }
  }

  const int pages = text.pageCount();
  const QString name = QString::fromStdString(doc.root().text("name") ? *doc.root().text("name")
                                                                     : std::string());
  const QString footer =
      QCoreApplication::translate("ScenarioReport", "Revision %1 · content %2").arg(context.revision).arg(contentHash(doc));
  QPainter painter(&pdf);
  QFont small = font;
  small.setPointSizeF(7.5);
  for (int p = 0; p < pages; ++p) {
    if (p > 0) pdf.newPage();
    painter.setFont(small);
    painter.setPen(QColor(90, 90, 90));
    const QRectF header(0, 0, page.width(), band * 0.8);
    painter.drawText(header, Qt::AlignLeft | Qt::AlignTop, name);
    painter.drawText(header, Qt::AlignRight | Qt::AlignTop, context.workspace);
    const QRectF foot(0, page.height() - band * 0.8, page.width(), band * 0.8);
    painter.drawText(foot, Qt::AlignLeft | Qt::AlignBottom, footer);
    painter.drawText(foot, Qt::AlignRight | Qt::AlignBottom,
                     QCoreApplication::translate("ScenarioReport", "Page %1 of %2").arg(p + 1).arg(pages));
    painter.save();
    painter.setClipRect(QRectF(QPointF(0, band), body));  // an object never spills into a band
    painter.translate(0, band - p * body.height());
    text.drawContents(&painter, QRectF(QPointF(0, p * body.height()), body));
    painter.restore();
  }
  painter.end();
  for (std::size_t i = 0; i < charts.size(); ++i) charts[i]->chart()->setGeometry(screenGeometry[i]);
  if (!file.commit()) return file.errorString();
  return {};
}

}  // namespace valor::ui
