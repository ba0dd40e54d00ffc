#pragma once
// The per-year drivers as a grid: one row per driver, one column per projection year, showing
// the values the valuation uses (a constant or staged driver shows its resolved years). An edit
// becomes a mutation through the document — never a direct change. Editing one year of a
// constant or staged driver turns it into explicit per-year values, in the same undo step.
#include <QAbstractTableModel>

#include <map>
#include <string>
#include <vector>

#include "ui/document/document.h"
#include "ui/models/presentation.h"

namespace valor::ui {

class PerYearModel : public QAbstractTableModel {
  Q_OBJECT

 public:
  PerYearModel(Document* document, const ModelPresentation& presentation,
               QObject* parent = nullptr);

  int rowCount(const QModelIndex& parent = {}) const override;
  int columnCount(const QModelIndex& parent = {}) const override;
  QVariant data(const QModelIndex& index, int role) const override;
  QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
  Qt::ItemFlags flags(const QModelIndex& index) const override;
  bool setData(const QModelIndex& index, const QVariant& value, int role) override;

  struct CellEdit {
    int row;
    int column;
    QString text;
  };
  // Several cells in one undoable change (paste, fill right). Returns the error, or "".
  QString setCells(const std::vector<CellEdit>& edits, const LabelCode& label);
  // The driver's field name in the kind's block for a row.
  std::string driverOf(int row) const;

 signals:
  void editRefused(const QString& message);

 private:
  struct Driver {
    std::string name;
    const char* label;   // translated in data()
    QString unit;        // "rate" shows as a percentage
    std::size_t column;  // in the evaluation's "drivers" table
  };
  void documentChanged(const QStringList& paths);
  // The evaluation's per-year driver values (years × drivers), or nullptr.
  const NamedTable* table() const;
  std::optional<double> valueAt(const Driver& driver, int column) const;
  std::vector<Driver> visibleDrivers() const;
  std::vector<Op> driverOps(const Driver& driver, const std::map<Year, double>& changes) const;

  Document* document_;
  const ModelPresentation& presentation_;
  std::vector<Driver> drivers_;
  int years_ = 0;
};

}  // namespace valor::ui
