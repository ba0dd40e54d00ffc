#include "ui/compare/comparereport.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>

#include "ui/compare/bridgepage.h"
#include "ui/compare/comparewindow.h"
#include "ui/report/pdfdocument.h"
#include "ui/report/scenarioreport.h"
#include "ui/results/waterfallchart.h"

namespace valor::ui {
namespace {

using namespace reporthtml;

// A table of the window as HTML: the marked (bold) cells stay marked.
QString tableHtml(const QTableWidget* table) {
  QString html = tableStart() + QStringLiteral("<tr>");
  for (int c = 0; c < table->columnCount(); ++c) {
    const QTableWidgetItem* header = table->horizontalHeaderItem(c);
    html += headerCell(header ? header->text() : QString(), c > 0);
  }
  html += QStringLiteral("</tr>");
  for (int r = 0; r < table->rowCount(); ++r) {
    html += QStringLiteral("<tr>");
    for (int c = 0; c < table->columnCount(); ++c) {
      const QTableWidgetItem* item = table->item(r, c);
      const bool number = item && (item->textAlignment() & Qt::AlignRight);
      html += cell(item ? item->text() : QString(), number, item && item->font().bold());
    }
    html += QStringLiteral("</tr>");
  }
  return html + QStringLiteral("</table>");
}

}  // namespace

QString writeComparisonPdf(const CompareWindow& window, const QString& workspace,
                           const QString& preparedBy, const QString& path) {
  const auto states = window.comparedStates();
  if (states.size() < 2)
    return QCoreApplication::translate("ComparisonReport", "tick two to six scenarios first");
  const QLocale locale;
  QString html = heading(1, QCoreApplication::translate("ComparisonReport", "Scenario comparison"));
  html += tableStart() + QStringLiteral("<tr>") +
          headerCell(QCoreApplication::translate("ComparisonReport", "Scenario"), false) +
          headerCell(QCoreApplication::translate("ComparisonReport", "Revision"), true) +
          headerCell(QCoreApplication::translate("ComparisonReport", "Content"), false) +
          QStringLiteral("</tr>");
  QByteArray hashes;
  for (const ComparedState* s : states) {
    const QString hash = contentHash(s->document);
    hashes += hash.toLatin1();
    html += QStringLiteral("<tr>") + cell(s->title, false) +
            cell(QString::number(s->revision), true) + cell(hash, false) + QStringLiteral("</tr>");
  }
  html += QStringLiteral("</table>");
  html +=
      QStringLiteral("<p>%1</p>")
          .arg(escaped(QCoreApplication::translate("ComparisonReport", "Printed %1 by %2.")
                           .arg(locale.toString(QDateTime::currentDateTime(), QLocale::LongFormat),
                                preparedBy)));
  html += heading(2, QCoreApplication::translate("ComparisonReport", "Outputs")) +
          tableHtml(window.outputTable());
  html += heading(2, QCoreApplication::translate("ComparisonReport", "Inputs that differ")) +
          tableHtml(window.inputTable());

  std::vector<QChartView*> charts;
  const BridgePage* bridge = window.bridgePage();
  if (bridge->bridge()) {
    html += heading(2, QCoreApplication::translate("ComparisonReport", "Value bridge"));
    html += QStringLiteral("<p>%1</p>").arg(escaped(bridge->summary()->text()));
    html += tableHtml(bridge->stepTable());
    charts.push_back(bridge->chart());
  }
  const QString combined = QString::fromLatin1(
      QCryptographicHash::hash(hashes, QCryptographicHash::Sha256).toHex().left(12));
  const PdfFrame frame{QCoreApplication::translate("ComparisonReport", "Scenario comparison"),
                       QCoreApplication::translate("ComparisonReport", "Scenario comparison"),
                       workspace,
                       QCoreApplication::translate("ComparisonReport", "Content %1").arg(combined)};
  return writePdf(path, frame, html, charts,
                  QCoreApplication::translate("ComparisonReport", "Value bridge"));
}

}  // namespace valor::ui
