#pragma once
// Fusion with input fields whose edges can be seen: Fusion outlines line edits, spin boxes and
// combo boxes in the window colour made darker, which on the dark theme is barely darker than
// the window itself (1.2:1). WCAG 2.1 asks 3:1 for the boundary of a control (1.4.11), so the
// outline is drawn again in fieldOutline()'s colour; a focused field keeps Fusion's highlight.
#include <QProxyStyle>

namespace valor::ui {

// A colour between the window and its text with at least 3:1 against the window.
QColor fieldOutline(const QPalette& palette);

class FieldFrameStyle : public QProxyStyle {
  Q_OBJECT

 public:
  FieldFrameStyle();  // over Fusion

  void drawPrimitive(PrimitiveElement element, const QStyleOption* option, QPainter* painter,
                     const QWidget* widget = nullptr) const override;
  void drawComplexControl(ComplexControl control, const QStyleOptionComplex* option,
                          QPainter* painter, const QWidget* widget = nullptr) const override;
};

}  // namespace valor::ui
