#pragma once
// The Actuals page's table: a row per statement line, then the ratios derived from them
// (core/actuals/history.h); a column per fiscal year, headed "2023A". A line's figure is typed
// over like any field — a mutation, undoable, in the history — and its source is the cell's
// tooltip. Ratios are computed, read-only and in italics, their formula the tooltip. With no
// actuals yet it offers the three years up to the model's base year to type into.
#include <QAbstractTableModel>

#include <set>

#include "core/actuals/history.h"
#include "ui/document/document.h"

namespace valor::ui {

class ActualsModel : public QAbstractTableModel {
  Q_OBJECT

 public:
  explicit ActualsModel(Document* document, QObject* parent = nullptr);

  int rowCount(const QModelIndex& parent = {}) const override;
  int columnCount(const QModelIndex& parent = {}) const override;
  QVariant data(const QModelIndex& index, int role) const override;
  QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
  Qt::ItemFlags flags(const QModelIndex& index) const override;
  bool setData(const QModelIndex& index, const QVariant& value, int role) override;

  const ActualsHistory& history() const { return history_; }
  const std::vector<Year>& years() const { return years_; }
  // A column for the year before the first, to type an older year into.
  void addEarlierYear();
  // The row of a statement line ("revenue") or a ratio ("ebit_margin"), or -1.
  int rowOf(const std::string& key) const;
  // How many rows are statement lines; the ratios follow them.
  int lineRows() const;
  // Digits after the decimal point of figures and percentages shown (typing keeps them all).
  void setDecimals(int decimals);

 signals:
  void editRefused(const QString& message);

 private:
  void refresh();
  // The ratio of a row at or after lineRows().
  const DerivedHistory& ratioOf(int row) const;

  Document* document_;
  ActualsHistory history_;
  std::vector<Year> years_;
  std::set<Year> addedYears_;  // columns added to type into, not yet holding a figure
  int decimals_ = 1;
};

// A ratio's caption and formula, translated.
QString ratioCaption(const std::string& key);
QString ratioFormula(const std::string& key);

}  // namespace valor::ui
