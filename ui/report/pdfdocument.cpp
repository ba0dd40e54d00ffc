#include "ui/report/pdfdocument.h"

#include <QAbstractTextDocumentLayout>
#include <QChart>
#include <QChartView>
#include <QCoreApplication>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextCursor>
#include <QTextDocument>

#include "ui/report/chartobject.h"

namespace valor::ui {

namespace reporthtml {

QString escaped(const QString& text) {
  return text.toHtmlEscaped();
}

QString tableStart() {
  return QStringLiteral(
      "<table width=\"100%\" cellspacing=\"0\" cellpadding=\"3\" "
      "style=\"border-collapse: collapse; margin-bottom: 10px;\">");
}

QString headerCell(const QString& text, bool number) {
  return QStringLiteral("<th align=\"%1\" style=\"background-color:#e8ecf2;\">%2</th>")
      .arg(number ? QStringLiteral("right") : QStringLiteral("left"), escaped(text));
}

QString cell(const QString& text, bool number, bool bold) {
  QString content = escaped(text).replace(QLatin1Char('\n'), QStringLiteral("<br>"));
  if (bold) content = QStringLiteral("<b>") + content + QStringLiteral("</b>");
  return QStringLiteral("<td align=\"%1\" valign=\"top\">%2</td>")
      .arg(number ? QStringLiteral("right") : QStringLiteral("left"), content);
}

QString heading(int level, const QString& text) {
  return QStringLiteral("<h%1>%2</h%1>").arg(level).arg(escaped(text));
}

}  // namespace reporthtml

QString writePdf(const QString& path, const PdfFrame& frame, const QString& html,
                 const std::vector<QChartView*>& charts, const QString& chartsHeading) {
  QSaveFile file(path);
  if (!file.open(QIODevice::WriteOnly)) return file.errorString();
  QPdfWriter pdf(&file);
  pdf.setPageSize(QPageSize(QPageSize::A4));
  pdf.setPageMargins(QMarginsF(16, 14, 16, 14), QPageLayout::Millimeter);
  pdf.setResolution(300);
  pdf.setTitle(frame.title);
  pdf.setCreator(QStringLiteral("Valor IVX"));

  const QRectF page = pdf.pageLayout().paintRectPixels(pdf.resolution());
  const qreal band = 16 * pdf.resolution() / 72.0;  // header and footer bands, 16 pt
  const QSizeF body(page.width(), page.height() - 2 * band);

  // Each chart keeps its on-screen drawing code; it is laid out at a report size (in screen
  // units, so its fonts keep their proportions) and given back its own geometry after.
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
  text.setHtml(html);
  if (!charts.empty()) {
    QTextCursor cursor(&text);
    cursor.movePosition(QTextCursor::End);
    QTextBlockFormat breakBefore;
    breakBefore.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
    cursor.insertBlock(breakBefore);
    QTextCharFormat headingFormat;
    headingFormat.setFontPointSize(14);
    headingFormat.setFontWeight(QFont::Bold);
    cursor.insertText(chartsHeading, headingFormat);
    for (int i = 0; i < static_cast<int>(charts.size()); ++i) {
      cursor.insertBlock(QTextBlockFormat());
      ChartTextObject::insert(cursor, i);
    }
  }

  const int pages = text.pageCount();
  QPainter painter(&pdf);
  QFont small = font;
  small.setPointSizeF(7.5);
  for (int p = 0; p < pages; ++p) {
    if (p > 0) pdf.newPage();
    painter.setFont(small);
    painter.setPen(QColor(90, 90, 90));
    const QRectF header(0, 0, page.width(), band * 0.8);
    painter.drawText(header, Qt::AlignLeft | Qt::AlignTop, frame.headerLeft);
    painter.drawText(header, Qt::AlignRight | Qt::AlignTop, frame.headerRight);
    const QRectF footer(0, page.height() - band * 0.8, page.width(), band * 0.8);
    painter.drawText(footer, Qt::AlignLeft | Qt::AlignBottom, frame.footerLeft);
    painter.drawText(
        footer, Qt::AlignRight | Qt::AlignBottom,
        QCoreApplication::translate("ScenarioReport", "Page %1 of %2").arg(p + 1).arg(pages));
    painter.save();
    painter.setClipRect(QRectF(QPointF(0, band), body));  // an object never spills into a band
    painter.translate(0, band - p * body.height());
    text.drawContents(&painter, QRectF(QPointF(0, p * body.height()), body));
    painter.restore();
  }
  painter.end();
  for (std::size_t i = 0; i < charts.size(); ++i)
    charts[i]->chart()->setGeometry(screenGeometry[i]);
  if (!file.commit()) return file.errorString();
  return {};
}

}  // namespace valor::ui
