#pragma once
// Text that reports a problem (a refused value, a failed save) is red, in a red that reads on
// the current theme with WCAG AA contrast (4.5:1 for text): the light theme's red is too dark
// on the dark theme's background, and the dark theme's too pale on white.
#include <QColor>
#include <QPalette>

class QWidget;

namespace valor::ui {

// WCAG 2.1 contrast ratio of two opaque colours, from 1 (none) to 21 (black on white).
double contrastRatio(const QColor& a, const QColor& b);
// #c62828 on a light window, #ff8a80 on a dark one.
QColor problemColour(const QPalette& palette);
// Shows `widget`'s text in the problem colour (true) or its own again (false).
void showAsProblem(QWidget* widget, bool problem);
// After a theme change: every problem text shown takes the new theme's red.
void refreshProblemColours();

}  // namespace valor::ui
