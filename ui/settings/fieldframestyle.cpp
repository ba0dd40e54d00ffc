#include "ui/settings/fieldframestyle.h"

#include <QPainter>
#include <QStyleFactory>
#include <QStyleOption>

#include "ui/common/problemcolour.h"

namespace valor::ui {
namespace {

// WCAG 2.1, 1.4.11 non-text contrast.
constexpr double kControlContrast = 3.0;

// Over Fusion's own outline: the same rounded rectangle (Fusion's radius, on the pixel centres).
void drawOutline(const QStyleOption& option, QPainter* painter) {
  if (option.state & QStyle::State_HasFocus) return;  // Fusion's highlight says more
  painter->save();
  painter->setRenderHint(QPainter::Antialiasing, true);
  painter->setBrush(Qt::NoBrush);
  painter->setPen(QPen(fieldOutline(option.palette), 1));
  painter->drawRoundedRect(QRectF(option.rect).adjusted(0.5, 0.5, -0.5, -0.5), 2.0, 2.0);
  painter->restore();
}

}  // namespace

QColor fieldOutline(const QPalette& palette) {
  const QColor window = palette.color(QPalette::Window);
  const QColor text = palette.color(QPalette::WindowText);
  // From a third of the way to the text on, the first mix that reads as an edge.
  for (int step = 6; step <= 20; ++step) {
    const double t = step / 20.0;
    const QColor mix = QColor::fromRgbF(
        static_cast<float>(window.redF() + (text.redF() - window.redF()) * t),
        static_cast<float>(window.greenF() + (text.greenF() - window.greenF()) * t),
        static_cast<float>(window.blueF() + (text.blueF() - window.blueF()) * t));
    if (contrastRatio(mix, window) >= kControlContrast) return mix;
  }
  return text;
}

FieldFrameStyle::FieldFrameStyle() : QProxyStyle(QStyleFactory::create(QStringLiteral("Fusion"))) {}

void FieldFrameStyle::drawPrimitive(PrimitiveElement element, const QStyleOption* option,
                                    QPainter* painter, const QWidget* widget) const {
  QProxyStyle::drawPrimitive(element, option, painter, widget);
  if (element == PE_FrameLineEdit && option) drawOutline(*option, painter);
}

void FieldFrameStyle::drawComplexControl(ComplexControl control, const QStyleOptionComplex* option,
                                         QPainter* painter, const QWidget* widget) const {
  QProxyStyle::drawComplexControl(control, option, painter, widget);
  // An editable combo box draws its line edit's frame (above); the rest outline themselves.
  const auto* combo = qstyleoption_cast<const QStyleOptionComboBox*>(option);
  const bool editableCombo = combo && combo->editable;
  if ((control == CC_SpinBox || (control == CC_ComboBox && !editableCombo)) && option)
    drawOutline(*option, painter);
}

}  // namespace valor::ui
