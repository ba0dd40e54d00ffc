#include "ui/sync/remotehighlight.h"

#include <QCoreApplication>
#include <QPalette>
#include <QPointer>
#include <QTimer>
#include <QVariant>
#include <QWidget>

namespace valor::ui {

void highlightRemoteChange(QWidget* field, const QString& authors) {
  if (!field) return;
  // A field marked again while still marked keeps its own look to go back to.
  constexpr const char* kMarked = "valorRemoteHighlight";
  const bool marked = field->property(kMarked).isValid();
  const QPalette before = marked ? field->property(kMarked).value<QPalette>() : field->palette();
  const QString tooltip =
      marked ? field->property("valorRemoteTooltip").toString() : field->toolTip();
  field->setProperty(kMarked, QVariant::fromValue(before));
  field->setProperty("valorRemoteTooltip", tooltip);
  const int generation = field->property("valorRemoteGeneration").toInt() + 1;
  field->setProperty("valorRemoteGeneration", generation);
  QPalette tinted = before;
  // A light tint of the theme's highlight, readable on light and dark themes alike.
  QColor tint = before.color(QPalette::Highlight);
  tint.setAlpha(70);
  tinted.setColor(QPalette::Base, tint);
  field->setPalette(tinted);
  field->setToolTip(
      QCoreApplication::translate("valor::ui::RemoteHighlight", "Changed by %1").arg(authors));
  QTimer::singleShot(kRemoteHighlightMs, field,
                     [field = QPointer<QWidget>(field), before, tooltip, generation] {
                       // Only the last mark's timer takes it off.
                       if (!field || field->property("valorRemoteGeneration").toInt() != generation)
                         return;
                       field->setPalette(before);
                       field->setToolTip(tooltip);
                       field->setProperty("valorRemoteHighlight", QVariant());
                     });
}

}  // namespace valor::ui
