#include "ui/analytics/sensitivitygridmodel.h"

#include "ui/editors/numberformat.h"

#include <QColor>
#include <QFont>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace valor::ui {
namespace {

// White at 0; green towards +1 (above the base), red towards −1 (below), readable with black
// text at either end.
QColor diverging(double t) {
  t = std::clamp(t, -1.0, 1.0);
  const auto mix = [](int a, int b, double s) { return static_cast<int>(a + (b - a) * s); };
  if (t >= 0) return {mix(255, 99, t), mix(255, 190, t), mix(255, 123, t)};
  return {mix(255, 229, -t), mix(255, 115, -t), mix(255, 115, -t)};
}

// The index of `value` on an axis, when it is one of its steps (to a rounding of the steps).
std::optional<int> stepOf(const std::vector<double>& axis, double value) {
  for (std::size_t i = 0; i < axis.size(); ++i)
    if (std::abs(axis[i] - value) <= 1e-9 * std::max(1.0, std::abs(value)))
      return static_cast<int>(i);
  return std::nullopt;
}

}  // namespace

void SensitivityGridModel::setGrid(SensitivityGrid grid, QStringList columns, QStringList rows,
                                   QString unit, double base, std::vector<double> baseInputs) {
  unit_ = std::move(unit);
  beginResetModel();
  grid_ = std::move(grid);
  columns_ = std::move(columns);
  rows_ = std::move(rows);
  base_ = base;
  std::vector<double> distances;
  for (const auto& c : grid_.cells)
    if (c) distances.push_back(std::abs(*c - base_));
  scale_ = 0;
  if (!distances.empty()) {
    const auto at =
        distances.begin() +
        static_cast<std::ptrdiff_t>(std::ceil(0.95 * static_cast<double>(distances.size() - 1)));
    std::nth_element(distances.begin(), at, distances.end());
    scale_ = *at;
  }
  baseCell_.reset();
  if (!baseInputs.empty() && !grid_.xs.empty()) {
    const auto column = stepOf(grid_.xs, baseInputs[0]);
    const auto row = grid_.ys.empty()        ? std::optional<int>(0)
                     : baseInputs.size() > 1 ? stepOf(grid_.ys, baseInputs[1])
                                             : std::nullopt;
    if (column && row) baseCell_ = std::make_pair(*row, *column);
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
      return v ? QVariant(diverging(scale_ > 0 ? (*v - base_) / scale_ : 0)) : QVariant();
    case Qt::ForegroundRole:
      return v ? QVariant(QColor(Qt::black)) : QVariant();
    case Qt::FontRole: {
      if (!isBase(index)) return {};
      QFont bold;
      bold.setBold(true);
      return bold;
    }
    case Qt::ToolTipRole:
      if (!v) return tr("This combination of inputs cannot be valued.");
      return isBase(index) ? QVariant(tr("The scenario as it is")) : QVariant();
    default:
      return {};
  }
}

bool SensitivityGridModel::isBase(const QModelIndex& index) const {
  return baseCell_ && baseCell_->first == index.row() && baseCell_->second == index.column();
}

QVariant SensitivityGridModel::headerData(int section, Qt::Orientation orientation,
                                          int role) const {
  if (role != Qt::DisplayRole || section < 0) return {};
  const QStringList& names = orientation == Qt::Horizontal ? columns_ : rows_;
  return section < names.size() ? names[section] : QVariant();
}

}  // namespace valor::ui
