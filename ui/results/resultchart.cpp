#include "ui/results/resultchart.h"

#include <QApplication>
#include <QBarSet>
#include <QBuffer>
#include <QChart>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QEvent>
#include <QFileDialog>
#include <QGraphicsLayout>
#include <QImage>
#include <QLegend>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QPainter>
#include <QPalette>
#include <QSaveFile>
#include <QStandardPaths>
#include <QSvgGenerator>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace valor::ui {

namespace {
constexpr int kMinimumChartHeight = 220;

}  // namespace

namespace chartkit {

AxisRange niceRange(double low, double high) {
  return niceSpan(std::min(low, 0.0), std::max(high, 0.0));
}

AxisRange niceSpan(double low, double high) {
  if (!std::isfinite(low) || !std::isfinite(high)) return {};
  if (high - low <= 0) high = low + 1;
  const double rough = (high - low) / 5;
  const double magnitude = std::pow(10.0, std::floor(std::log10(rough)));
  const double normalised = rough / magnitude;
  const double step = (normalised <= 1.0   ? 1.0
                       : normalised <= 2.0 ? 2.0
                       : normalised <= 2.5 ? 2.5
                       : normalised <= 5.0 ? 5.0
                                           : 10.0) *
                      magnitude;
  AxisRange r;
  const double eps = 1e-9;
  r.min = std::floor(low / step + eps) * step;
  r.max = std::ceil(high / step - eps) * step;
  if (r.max <= r.min) r.max = r.min + step;
  r.ticks = static_cast<int>(std::lround((r.max - r.min) / step)) + 1;
  r.decimals = 0;
  while (r.decimals < 6) {
    const double scaled = step * std::pow(10.0, r.decimals);
    if (std::abs(scaled - std::round(scaled)) < 1e-6) break;
    ++r.decimals;
  }
  return r;
}

void applyRange(QValueAxis* axis, const AxisRange& r) {
  // Ticks and format first: the axis item lays its labels out again on a range change, but
  // not always on a tick count change alone (Qt 6.4).
  if (axis->tickCount() != r.ticks) axis->setTickCount(r.ticks);
  const QString format = QStringLiteral("%.%1f").arg(r.decimals);
  if (axis->labelFormat() != format) axis->setLabelFormat(format);
  axis->setRange(r.min, r.max);
}

void resizeSet(QBarSet* set, int count) {
  if (set->count() > count) {
    set->remove(count, set->count() - count);
  } else {
    while (set->count() < count) set->append(0.0);
  }
}

void setValue(QBarSet* set, int index, double value) {
  if (set->at(index) != value) set->replace(index, value);
}

void styleSet(QBarSet* set, const QColor& colour) {
  set->setColor(colour);
  set->setBorderColor(colour);
  set->setPen(Qt::NoPen);
}

}  // namespace chartkit

// --- ResultChartView ------------------------------------------------------------------------

ResultChartView::ResultChartView(QWidget* parent) : QChartView(parent) {
  setRenderHint(QPainter::Antialiasing);
  setMinimumHeight(kMinimumChartHeight);
  setMinimumWidth(260);
  QChart* c = chart();
  c->setAnimationOptions(QChart::NoAnimation);
  c->setLocalizeNumbers(true);
  c->setLocale(QLocale());
  c->setBackgroundRoundness(0);
  c->setMargins(QMargins(6, 6, 6, 6));
  c->layout()->setContentsMargins(0, 0, 0, 0);
}

bool ResultChartView::darkTheme() const {
  return palette().color(QPalette::Window).lightness() < 128;
}

void ResultChartView::applyTheme() {
  QChart* c = chart();
  const QChart::ChartTheme theme = darkTheme() ? QChart::ChartThemeDark : QChart::ChartThemeLight;
  if (c->theme() != theme) c->setTheme(theme);
  // Fonts follow the application, a little smaller for axes than for titles.
  QFont base = font();
  QFont title = base;
  title.setBold(true);
  c->setTitleFont(title);
  c->setBackgroundBrush(palette().brush(QPalette::Base));
  c->setTitleBrush(palette().brush(QPalette::Text));
  c->legend()->setFont(base);
  c->legend()->setLabelColor(palette().color(QPalette::Text));
  for (QAbstractAxis* axis : c->axes()) {
    axis->setLabelsFont(base);
    axis->setLabelsColor(palette().color(QPalette::Text));
    axis->setTitleFont(base);
    axis->setTitleBrush(palette().brush(QPalette::Text));
  }
  applyColours();
}

namespace {

// The chart drawn by its scene, `scale` times its size on screen.
QImage chartImage(QChartView* view, qreal scale) {
  QImage image((QSizeF(view->viewport()->size()) * scale).toSize(), QImage::Format_ARGB32);
  image.setDevicePixelRatio(scale);
  image.fill(view->palette().color(QPalette::Base));
  QPainter painter(&image);
  painter.setRenderHint(QPainter::Antialiasing);
  view->render(&painter, QRectF(QPointF(0, 0), QSizeF(view->viewport()->size())));
  return image;
}

QByteArray chartSvg(QChartView* view, const QString& title) {
  QBuffer buffer;
  buffer.open(QIODevice::WriteOnly);
  QSvgGenerator svg;
  svg.setOutputDevice(&buffer);
  svg.setSize(view->viewport()->size());
  svg.setViewBox(QRect(QPoint(0, 0), view->viewport()->size()));
  svg.setTitle(title);
  QPainter painter(&svg);
  view->render(&painter);
  painter.end();
  return buffer.data();
}

}  // namespace

void ResultChartView::copyToClipboard() {
  auto* mime = new QMimeData;
  mime->setImageData(chartImage(this, 2));
  mime->setData(QStringLiteral("image/svg+xml"), chartSvg(this, chart()->title()));
  QApplication::clipboard()->setMimeData(mime);
}

QString ResultChartView::writeImage(const QString& path) {
  QSaveFile file(path);
  if (!file.open(QIODevice::WriteOnly)) return file.errorString();
  const bool svg = path.endsWith(QStringLiteral(".svg"), Qt::CaseInsensitive);
  const bool written = svg ? file.write(chartSvg(this, chart()->title())) > 0
                           : chartImage(this, 2).save(&file, "PNG");
  if (!written) {
    file.cancelWriting();
    return tr("The image could not be written.");
  }
  if (!file.commit()) return file.errorString();
  return {};
}

void ResultChartView::contextMenuEvent(QContextMenuEvent* event) {
  QMenu menu(this);
  QAction* copy = menu.addAction(tr("&Copy Chart"));
  copy->setObjectName(QStringLiteral("copyChart"));
  QAction* save = menu.addAction(tr("&Save Chart As…"));
  save->setObjectName(QStringLiteral("saveChartAs"));
  QAction* chosen = menu.exec(event->globalPos());
  if (chosen == copy) copyToClipboard();
  if (chosen != save) return;
  const QString png = tr("PNG image (*.png)");
  const QString svg = tr("SVG image (*.svg)");
  QString filter = png;
  const QString dir = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
  QString name = chart()->title().isEmpty() ? tr("chart") : chart()->title();
  name.replace(QLatin1Char('/'), QLatin1Char('-'));
  QString path = QFileDialog::getSaveFileName(this, tr("Save Chart As"),
                                              dir + u'/' + name + QStringLiteral(".png"),
                                              png + QStringLiteral(";;") + svg, &filter);
  if (path.isEmpty()) return;
  const QString suffix = filter == svg ? QStringLiteral(".svg") : QStringLiteral(".png");
  if (!path.endsWith(suffix, Qt::CaseInsensitive) && !path.endsWith(QStringLiteral(".png")) &&
      !path.endsWith(QStringLiteral(".svg")))
    path += suffix;
  if (const QString error = writeImage(path); !error.isEmpty())
    QMessageBox::warning(this, tr("Save Chart As"),
                         tr("%1 could not be saved: %2").arg(path, error));
}

void ResultChartView::changeEvent(QEvent* event) {
  QChartView::changeEvent(event);
  if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange) applyTheme();
  if (event->type() == QEvent::LocaleChange) chart()->setLocale(QLocale());
}

}  // namespace valor::ui
