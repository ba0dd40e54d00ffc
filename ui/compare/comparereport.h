#pragma once
// A comparison as a PDF: the compared states (each with its revision and content hash), the
// outputs side by side with the changes, the inputs that differ, and the value bridge with its
// steps and its waterfall, drawn by the window's own chart as vector graphics.
#include <QString>

namespace valor::ui {

class CompareWindow;

// Empty, or why not.
QString writeComparisonPdf(const CompareWindow& window, const QString& workspace,
                           const QString& preparedBy, const QString& path);

}  // namespace valor::ui
