#include "ui/analytics/sensitivitygridmodel.h"

#include "ui/editors/numberformat.h"

#include <QColor>
#include <QLocale>

#include <algorithm>

namespace valor::ui {
namespace {

// Blue (low) through white to red (high), readable with black text.
QColor heat(double t) {
  t = std::clamp(t, 0.0, 1.0);
  const auto mix = [](int a, int b, double s) { return static_cast<int>(a + (b - a) * s); };
  if (t < 0.5) return {mix(66, 255, t * 2), mix(133, 255, t * 2), mix(244, 255, t * 2)};
  return {mix(255, 229, (t - 0.5) * 2), mix(255, 57, (t - 0.5) * 2), mix(255, 53, (t - 0.5) * 2)};
}

}  // namespace

void SensitivityGridModel::setGrid(SensitivityGrid grid, QStringList columns, QStringList rows,
                                   QString unit) {
  unit_ = std::move(unit);
  beginResetModel();
  grid_ = std::move(grid);
  columns_ = std::move(columns);
  rows_ = std::move(rows);
  bool any = false;
  for (const auto& c : grid_.cells)
    if (c) {
      lo_ = any ? std::min(lo_, *c) : *c;
      hi_ = any ? std::max(hi_, *c) : *c;
      any = true;
    }
  endResetModel();
}

void SensitivityGridModel::clear() {
  setGrid({}, {}, {}, {});
}

int SensitivityGridModel::rowCount(const QModelIndex& parent) const {
  return parent.isValid() || grid_.xs.empty() ? 0 : static_cast<int>(rows_.size());
}

int SensitivityGridModel::columnCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : static_cast<int>(grid_.xs.size());
}

QVariant SensitivityGridModel::data(const QModelIndex& index, int role) const {
  if (!index.isValid()) return {};
  const std::size_t cell = static_cast<std::size_t>(index.row()) * grid_.xs.size() +
                           static_cast<std::size_t>(index.column());
  if (cell >= grid_.cells.size()) return {};
  const std::optional<double>& v = grid_.cells[cell];
  switch (role) {
    case Qt::DisplayRole:
      return v ? formatOutputValue(*v, unit_, 2) : tr("n/a");
    case Qt::TextAlignmentRole:
      return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::BackgroundRole:
      return v ? QVariant(heat(hi_ > lo_ ? (*v - lo_) / (hi_ - lo_) : 0.5)) : QVariant();
    case Qt::ForegroundRole:
      return v ? QVariant(QColor(Qt::black)) : QVariant();
    case Qt::ToolTipRole:
      return v ? QVariant() : QVariant(tr("This combination of inputs cannot be valued."));
    default:
      return {};
  }
}

QVariant SensitivityGridModel::headerData(int section, Qt::Orientation orientation,
                                          int role) const {
  if (role != Qt::DisplayRole || section < 0) return {};
  const QStringList& names = orientation == Qt::Horizontal ? columns_ : rows_;
  return section < names.size() ? names[section] : QVariant();
}

}  // namespace valor::ui
