#pragma once
// What every result chart shares (Qt Charts): the view with theme, fonts and size, and small
// helpers for round axis ranges and bar sets that are updated in place, because the results
// follow every keystroke. No animations.
#include <QChartView>
#include <QColor>

class QBarSet;
class QValueAxis;

namespace valor::ui {

// What the result charts share: antialiasing, no animation, a theme that follows the widget
// palette (light or dark), a sensible minimum height, and a context menu to copy the chart or
// save it as PNG or SVG (for a report or a slide).
class ResultChartView : public QChartView {
  Q_OBJECT

 public:
  explicit ResultChartView(QWidget* parent = nullptr);

  // The chart as it is shown, on the clipboard as an image (and as SVG for programs that take
  // it).
  void copyToClipboard();
  // Writes the chart to `path`: SVG for a ".svg" name, else PNG at twice the screen's
  // resolution. Whole or not at all (a temporary file renamed into place); empty, or why not.
  QString writeImage(const QString& path);

 protected:
  void changeEvent(QEvent* event) override;
  void contextMenuEvent(QContextMenuEvent* event) override;
  // Re-applies the series colours (a theme change resets them).
  virtual void applyColours() = 0;
  void applyTheme();
  bool darkTheme() const;
};

namespace chartkit {

// A calm palette that reads in print and on both themes.
inline const QColor kBlue(0x4c, 0x78, 0xa8);
inline const QColor kTeal(0x2a, 0x9d, 0x8f);
inline const QColor kGreen(0x4e, 0x9a, 0x4e);
inline const QColor kRed(0xc8, 0x4b, 0x4b);
inline const QColor kOrange(0xe0, 0x8e, 0x2b);
inline const QColor kPurple(0x8e, 0x6c, 0xb0);
inline const QColor kGrey(0x8a, 0x8a, 0x8a);

struct AxisRange {
  double min = 0;
  double max = 1;
  int ticks = 2;
  int decimals = 0;
};

// A range that includes zero and [low, high], with round steps (1, 2, 2.5 or 5 × 10^k) and
// about five intervals.
AxisRange niceRange(double low, double high);
// The same without forcing zero in: for values far from it (prices on a football field).
AxisRange niceSpan(double low, double high);
void applyRange(QValueAxis* axis, const AxisRange& r);
// Resizes a bar set to `count` values without touching the ones it keeps.
void resizeSet(QBarSet* set, int count);
void setValue(QBarSet* set, int index, double value);
void styleSet(QBarSet* set, const QColor& colour);

}  // namespace chartkit

}  // namespace valor::ui
