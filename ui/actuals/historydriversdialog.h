#pragma once
// "Use history as drivers": each driver of the model that a ratio of the actuals informs
// (revenue growth, margins, tax rate, D&A, capex and NWC % of revenue, sales-to-capital) is
// offered with its history and the value a statistic of it gives — the average, the median or
// the last year, over all years or the most recent — next to what the driver is now. The
// checked ones become constants of that value, as one undoable change.
#include <QDialog>

#include <string>
#include <vector>

#include "core/actuals/history.h"

class QComboBox;
class QTableWidget;

namespace valor::ui {

class PerYearModel;

class HistoryDriversDialog : public QDialog {
  Q_OBJECT

 public:
  HistoryDriversDialog(const ActualsHistory& history, PerYearModel* drivers,
                       QWidget* parent = nullptr);

  // The drivers offered: those of the model with at least one year of their ratio.
  static std::vector<std::string> driversOffered(const ActualsHistory& history,
                                                 const PerYearModel& drivers);
  // Sets the checked drivers; the error, or "" (a refusal stays in the dialog too).
  QString apply();

 private:
  struct Offer {
    std::string driver;
    int row;  // in the driver grid
    std::optional<double> value;
  };
  void recompute();

  const ActualsHistory& history_;
  PerYearModel* drivers_;
  QComboBox* statistic_;
  QComboBox* window_;
  QTableWidget* table_;
  std::vector<Offer> offers_;
};

}  // namespace valor::ui
