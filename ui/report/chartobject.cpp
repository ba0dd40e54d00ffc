#include "ui/report/chartobject.h"

#include <QChartView>
#include <QPainter>
#include <QTextCursor>

namespace valor::ui {
namespace {
constexpr int kChartIndex = QTextFormat::UserProperty + 1;
}

ChartTextObject::ChartTextObject(std::vector<QChartView*> charts, qreal width, qreal height,
                                 QObject* parent)
    : QObject(parent), charts_(std::move(charts)), size_(width, height) {}

void ChartTextObject::insert(QTextCursor& cursor, int index) {
  QTextCharFormat format;
  format.setObjectType(kType);
  format.setProperty(kChartIndex, index);
  cursor.insertText(QString(QChar::ObjectReplacementCharacter), format);
}

QSizeF ChartTextObject::intrinsicSize(QTextDocument*, int, const QTextFormat&) {
  return size_;
}

void ChartTextObject::drawObject(QPainter* painter, const QRectF& rect, QTextDocument*, int,
                                 const QTextFormat& format) {
  const int index = format.property(kChartIndex).toInt();
  if (index < 0 || index >= static_cast<int>(charts_.size())) return;
  QChartView* view = charts_[static_cast<std::size_t>(index)];
  // The chart's scene paints itself into the rectangle: on a PDF painter, as vectors.
  painter->save();
  painter->setRenderHint(QPainter::Antialiasing);
  view->scene()->render(painter, rect, view->chart()->geometry());
  painter->restore();
}

}  // namespace valor::ui
