#pragma once
// The sensitivity grid as a table model: cells formatted on demand, so a 200 × 200 grid is one
// model reset rather than 40,000 widget items. Shaded as analysts read it: green above the
// scenario's own value, red below, white at it, deeper with the distance; the scale is set by
// the 95th percentile of the distances, so one outlying cell cannot flatten the rest. The cell
// of the scenario as it is (both inputs at their values) is bold.
#include <QAbstractTableModel>
#include <QStringList>

#include <optional>
#include <utility>
#include <vector>

#include "core/analytics/sensitivity.h"

namespace valor::ui {

class SensitivityGridModel : public QAbstractTableModel {
  Q_OBJECT

 public:
  using QAbstractTableModel::QAbstractTableModel;

  // `columns` and `rows` are the axis captions; a one-way sweep has one row.
  // `unit` is the output's (a rate shows as a percentage); `base` the output of the scenario as
  // it is, `baseInputs` the inputs' own values (x, and y for a grid).
  void setGrid(SensitivityGrid grid, QStringList columns, QStringList rows, QString unit,
               double base = 0, std::vector<double> baseInputs = {});
  // The grid's cell of the scenario as it is, if its inputs' values are on the axes.
  std::optional<std::pair<int, int>> baseCell() const { return baseCell_; }
  void clear();
  const SensitivityGrid& grid() const { return grid_; }

  int rowCount(const QModelIndex& parent = {}) const override;
  int columnCount(const QModelIndex& parent = {}) const override;
  QVariant data(const QModelIndex& index, int role) const override;
  QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

 private:
  bool isBase(const QModelIndex& index) const;

  SensitivityGrid grid_;
  QString unit_;
  QStringList columns_;
  QStringList rows_;
  double base_ = 0;
  double scale_ = 0;  // the distance from the base that takes the deepest shade
  std::optional<std::pair<int, int>> baseCell_;  // (row, column)
};

}  // namespace valor::ui
