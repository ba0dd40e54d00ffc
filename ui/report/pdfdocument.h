#pragma once
// What every PDF report shares: HTML laid out on A4 pages, charts drawn by their own views as
// vector graphics after it, and on every page a header and a footer ending in "Page n of m".
// Whole or not at all (a temporary file renamed into place).
#include <QString>

#include <vector>

class QChartView;

namespace valor::ui {

struct PdfFrame {
  QString title;        // the document's title property
  QString headerLeft;   // e.g. the scenario's name
  QString headerRight;  // e.g. the workspace
  QString footerLeft;   // e.g. the revision and content hash
};

// Empty, or why not.
QString writePdf(const QString& path, const PdfFrame& frame, const QString& html,
                 const std::vector<QChartView*>& charts, const QString& chartsHeading);

// Pieces of the reports' HTML.
namespace reporthtml {
QString escaped(const QString& text);
QString tableStart();
QString headerCell(const QString& text, bool number);
QString cell(const QString& text, bool number, bool bold = false);
QString heading(int level, const QString& text);
}  // namespace reporthtml

}  // namespace valor::ui
