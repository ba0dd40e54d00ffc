#include "ui/common/problemcolour.h"

#include <QApplication>
#include <QWidget>

#include <cmath>

namespace valor::ui {
namespace {

constexpr const char* kProblemProperty = "valorProblem";

// WCAG 2.1 relative luminance of an sRGB colour.
double luminance(const QColor& c) {
  const auto linear = [](double channel) {
    return channel <= 0.04045 ? channel / 12.92 : std::pow((channel + 0.055) / 1.055, 2.4);
  };
  return 0.2126 * linear(c.redF()) + 0.7152 * linear(c.greenF()) + 0.0722 * linear(c.blueF());
}

QString styleFor(const QPalette& palette) {
  return QStringLiteral("color: %1;").arg(problemColour(palette).name());
}

}  // namespace

double contrastRatio(const QColor& a, const QColor& b) {
  const double la = luminance(a), lb = luminance(b);
  return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor problemColour(const QPalette& palette) {
  const bool dark = palette.color(QPalette::Window).lightness() < 128;
  return dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xc6, 0x28, 0x28);
}

void showAsProblem(QWidget* widget, bool problem) {
  widget->setProperty(kProblemProperty, problem);
  const QString style = problem ? styleFor(widget->palette()) : QString();
  if (widget->styleSheet() != style) widget->setStyleSheet(style);
}

void refreshProblemColours() {
  for (QWidget* widget : QApplication::allWidgets())
    if (widget->property(kProblemProperty).toBool())
      widget->setStyleSheet(styleFor(QApplication::palette(widget)));
}

}  // namespace valor::ui
