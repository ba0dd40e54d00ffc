#pragma once
// A chart placed in a QTextDocument as an inline object and drawn by the chart's own view, so a
// PDF shows the charts of the screen as vector graphics (not pictures of them).
#include <QObject>
#include <QTextObjectInterface>

#include <vector>

class QChartView;
class QTextCursor;

namespace valor::ui {

class ChartTextObject : public QObject, public QTextObjectInterface {
  Q_OBJECT
  Q_INTERFACES(QTextObjectInterface)

 public:
  static constexpr int kType = QTextFormat::UserObject + 1;

  // `width` and `height` in the document's units (its paint device's pixels).
  ChartTextObject(std::vector<QChartView*> charts, qreal width, qreal height,
                  QObject* parent = nullptr);
  // Inserts chart `index` at the cursor.
  static void insert(QTextCursor& cursor, int index);

  QSizeF intrinsicSize(QTextDocument* doc, int position, const QTextFormat& format) override;
  void drawObject(QPainter* painter, const QRectF& rect, QTextDocument* doc, int position,
                  const QTextFormat& format) override;

 private:
  std::vector<QChartView*> charts_;
  QSizeF size_;
};

}  // namespace valor::ui
