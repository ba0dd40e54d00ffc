#include "ui/sync/remotehighlight.h"

#include <QCoreApplication>
#include <QPalette>
#include <QPointer>
#include <QTimer>
#include <QWidget>

namespace valor::ui {

void highlightRemoteChange(QWidget* field, const QString& authors) {
  if (!field) return;
  const QPalette before = field->palette();
  const QString tooltip = field->toolTip();
  QPalette tinted = before;
  // A light tint of the theme's highlight, readable on light and dark themes alike.
  QColor tint = before.color(QPalette::Highlight);
  tint.setAlpha(70);
  tinted.setColor(QPalette::Base, tint);
  field->setPalette(tinted);
  field->setToolTip(QCoreApplication::translate("valor::ui::RemoteHighlight", "Changed by %1")
                        .arg(authors));
  QTimer::singleShot(kRemoteHighlightMs, field, [field = QPointer<QWidget>(field), before, tooltip] {
    if (!field) return;
    field->setPalette(before);
    field->setToolTip(tooltip);
  });
}

}  // namespace valor::ui
