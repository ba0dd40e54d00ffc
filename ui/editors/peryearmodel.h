#pragma once
// The per-year drivers as a grid: one row per driver, one column per projection year, showing
// the values the valuation uses (a constant or staged driver shows its resolved years). Before
// the projection, read-only columns headed "2024A" show each driver's history as the actuals
// give it (core/actuals/history.h: a ratio named like the driver), so an analyst sets a driver
// beside its past. An edit
// becomes a mutation through the document — never a direct change. Editing one year of a
// constant or staged driver turns it into explicit per-year values, in the same undo step. Each
// row header says how its driver is given (constant, per year, in stages), and setKind() changes
// that as one undoable edit.
#include <QAbstractTableModel>

#include <map>
#include <string>
#include <vector>

#include "core/actuals/history.h"
#include "core/models/blockreader.h"
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
  QString captionOf(int row) const;
  QString unitOf(int row) const;
  // The projection years (the columns after the history's).
  QList<int> years() const;
  // How many columns before the projection show actual years; the first projection year's
  // column is this one.
  int historyColumns() const { return static_cast<int>(historyYears_.size()); }

  // How a driver is given: its schema mode ("constant", "per_year", "staged") and the values
  // of the constant and staged forms.
  struct DriverKind {
    std::string mode;
    double constant = 0;
    StagedDriver staged;
  };
  // The row's driver as it is given now; a form it is not in is proposed from the years it
  // resolves to (the constant: the first year; the stages: first, middle and last years).
  // Nothing for a plain per-year field, which has no mode.
  std::optional<DriverKind> kindOf(int row) const;
  // The forms of kindOf's mode the row's driver may take, as its schema allows them (an M&A
  // net income has no stages): "constant", "per_year", "staged".
  std::vector<std::string> kindsOffered(int row) const;
  // The row of a driver by its field name, or -1.
  int rowOf(const std::string& driver) const;
  // Gives the row's driver in `kind`'s form, as one undoable edit that also removes the
  // driver's other fields (the other forms'). Per year keeps the years it resolves to now. Returns
  // the error, or "".
  QString setKind(int row, const DriverKind& kind);
  // Gives each listed row's driver one value for every year — a constant where the driver has
  // that form, else the same value in each year — as one undoable edit. Returns the error, or "".
  QString setConstants(const std::vector<std::pair<int, double>>& constants,
                       const LabelCode& label);

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
  // The actual years shown before the projection: those up to the base year where a visible
  // driver has a value, the last kMaxHistoryColumns of them.
  std::vector<Year> historyYearsNow() const;
  std::optional<double> historyAt(const Driver& driver, int column) const;
  // The evaluation's per-year driver values (years × drivers), or nullptr.
  const NamedTable* table() const;
  std::optional<double> valueAt(const Driver& driver, int column) const;
  std::vector<Driver> visibleDrivers() const;
  std::vector<Op> driverOps(const Driver& driver, const std::map<Year, double>& changes) const;
  // How the row's driver is given ("constant", "per_year", "staged", a kind's own form), or
  // empty for a plain per-year field.
  std::string modeOf(int row) const;
  // The years the driver resolves to now.
  YearMap resolvedYears(const Driver& driver) const;
  // Ops that leave the driver's fields (mode, value, values, stages, ...) exactly as `fields`:
  // each set, the others removed.
  std::vector<Op> replaceDriverFields(
      const Driver& driver, const std::vector<std::pair<std::string, Value>>& fields) const;

  Document* document_;
  const ModelPresentation& presentation_;
  std::vector<Driver> drivers_;
  int years_ = 0;
  ActualsHistory actuals_;
  std::vector<Year> historyYears_;
};

}  // namespace valor::ui
