#pragma once
// The sensitivity grid as a table model: cells formatted on demand, shaded from the lowest
// value (blue) to the highest (red), so a 200 × 200 grid is one model reset rather than 40,000
// widget items.
#include <QAbstractTableModel>
#include <QStringList>

#include "core/analytics/sensitivity.h"

namespace valor::ui {

class SensitivityGridModel : public QAbstractTableModel {
  Q_OBJECT

 public:
  using QAbstractTableModel::QAbstractTableModel;

  // `columns` and `rows` are the axis captions; a one-way sweep has one row.
  // `unit` is the output's (a rate shows as a percentage).
  void setGrid(SensitivityGrid grid, QStringList columns, QStringList rows, QString unit);
  void clear();
  const SensitivityGrid& grid() const { return grid_; }

  int rowCount(const QModelIndex& parent = {}) const override;
  int columnCount(const QModelIndex& parent = {}) const override;
  QVariant data(const QModelIndex& index, int role) const override;
  QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

 private:
  SensitivityGrid grid_;
  QString unit_;
  QStringList columns_;
  QStringList rows_;
  double lo_ = 0;
  double hi_ = 0;
};

}  // namespace valor::ui
