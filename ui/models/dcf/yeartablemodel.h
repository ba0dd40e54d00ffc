#pragma once
// The per-year table of a DCF result, laid out like a spreadsheet: one row per metric, one
// column per projection year (with the part of a stub year that is valued), and a last column
// for the terminal value as analysts lay it out: the value at the end of the projection in the
// cash-flow row, discounted in the rows below. Read-only; it shows a copy of the result's rows, so
// it never points into an evaluation that the document has since replaced.
//
// Updates keep the model's structure where they can: the same years give one dataChanged over
// the table, a longer or shorter projection inserts or removes columns. A live view therefore
// keeps its scroll position and selection while the analyst types.
#include <QAbstractTableModel>
#include <QString>

#include <optional>
#include <vector>

#include "core/finance/dcf.h"
#include "ui/results/moneydisplay.h"

namespace valor::ui {

class YearTableModel : public QAbstractTableModel {
  Q_OBJECT

 public:
  // The rows, top to bottom.
  enum Metric {
    Revenue,
    Growth,
    Ebitda,
    Ebit,
    Taxes,
    Nopat,
    Depreciation,
    Capex,
    DeltaNwc,
    Reinvestment,
    Fcff,
    YearFraction,
    DiscountPeriod,
    DiscountFactor,
    PresentValue,
    MetricCount
  };
  Q_ENUM(Metric)

  // data() under this role gives the unformatted number (a double), or an invalid QVariant for
  // a cell the reinvestment method does not model (shown as "—").
  static constexpr int RawValueRole = Qt::UserRole + 1;

  explicit YearTableModel(QObject* parent = nullptr);

  // Shows the rows of `result` (projected from `inputs`, which say what the method models).
  void setResult(const DcfInputs& inputs, const DcfResult& result);
  // No columns: nothing to show.
  void clear();

  // Digits after the decimal point for money (default 1).
  void setDecimals(int decimals);
  int decimals() const { return decimals_; }
  // The unit money rows are shown in (the display unit; as entered by default).
  void setMoneyDisplay(const MoneyDisplay& money);

  // Header texts and tooltips follow the current translation.
  void retranslate();

  int yearCount() const { return static_cast<int>(rows_.size()); }
  // The last column: the terminal value (after the years; none without a result).
  bool isTerminalColumn(int column) const { return !rows_.empty() && column == yearCount(); }

  // The number in a cell as shown (money in the display unit); empty when the method does not
  // model it.
  std::optional<double> value(int metric, int column) const;
  // The text a cell shows (what data(DisplayRole) returns).
  QString text(int metric, int column) const;
  static QString metricName(int metric);
  static QString metricDescription(int metric);

  // Number formats shared by the results panel and its charts, in the default QLocale():
  // money with `decimals` digits, rates as percentages ("8.2 %"), never a negative zero.
  static QString formatMoney(double value, int decimals);
  static QString formatRate(double rate, int decimals = 1);
  // The text for a value a method does not model or a result does not define.
  static QString notAvailable();

  int rowCount(const QModelIndex& parent = {}) const override;
  int columnCount(const QModelIndex& parent = {}) const override;
  QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
  QVariant headerData(int section, Qt::Orientation orientation,
                      int role = Qt::DisplayRole) const override;

 private:
  // The terminal column's cells (only the cash-flow and discounting rows have one).
  std::optional<double> terminalValue(int metric) const;
  // A cell in the scenario's own unit.
  std::optional<double> storedValue(int metric, int column) const;
  QString terminalToolTip(int metric) const;

  std::vector<DcfYearRow> rows_;
  struct Terminal {
    double value = 0;         // at the end of the last year, undiscounted
    double discountTime = 0;  // years from the valuation date
    double presentValue = 0;
    bool gordon = true;  // Gordon growth; otherwise an exit multiple
    friend bool operator==(const Terminal&, const Terminal&) = default;
  } terminal_;
  bool salesToCapital_ = false;
  bool hasDepreciation_ = true;
  int decimals_ = 1;
  MoneyDisplay money_;
};

}  // namespace valor::ui
