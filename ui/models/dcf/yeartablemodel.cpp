#include "ui/models/dcf/yeartablemodel.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QLocale>

#include <algorithm>
#include <cmath>

#include "ui/editors/numberformat.h"

namespace valor::ui {

namespace {

enum class Kind { Money, Rate, Period, Factor };

Kind kindOf(int metric) {
  switch (metric) {
    case YearTableModel::Growth:
      return Kind::Rate;
    case YearTableModel::YearFraction:
    case YearTableModel::DiscountPeriod:
      return Kind::Period;
    case YearTableModel::DiscountFactor:
      return Kind::Factor;
    default:
      return Kind::Money;
  }
}

// Rounds away a negative zero ("-0.0") that would only be noise.
double cleanZero(double value, int decimals) {
  const double scale = std::pow(10.0, decimals);
  return std::round(value * scale) == 0.0 ? 0.0 : value;
}

const QColor kNegative(0xc0, 0x39, 0x2b);

bool sameRow(const DcfYearRow& a, const DcfYearRow& b) {
  return a.year == b.year && a.fraction == b.fraction && a.revenue == b.revenue &&
         a.growth == b.growth && a.ebit == b.ebit && a.ebitda == b.ebitda && a.taxes == b.taxes &&
         a.nopat == b.nopat && a.depreciation == b.depreciation && a.capex == b.capex &&
         a.deltaNwc == b.deltaNwc && a.reinvestment == b.reinvestment && a.fcff == b.fcff &&
         a.discountTime == b.discountTime && a.discountFactor == b.discountFactor &&
         a.presentValue == b.presentValue;
}

}  // namespace

YearTableModel::YearTableModel(QObject* parent) : QAbstractTableModel(parent) {}

QString YearTableModel::formatMoney(double value, int decimals) {
  if (!std::isfinite(value)) return notAvailable();
  return formatAmount(value, decimals);
}

QString YearTableModel::formatRate(double rate, int decimals) {
  if (!std::isfinite(rate)) return notAvailable();
  const double percent = cleanZero(rate * 100.0, decimals);
  //: A percentage; %1 is the number (e.g. "8.2 %"). Use your language's spacing.
  return tr("%1 %").arg(QLocale().toString(percent, 'f', decimals));
}

QString YearTableModel::notAvailable() {
  return QStringLiteral("\u2014");
}

void YearTableModel::setResult(const DcfInputs& inputs, const DcfResult& result) {
  const int count = result.projection.yearCount;
  const int old = static_cast<int>(rows_.size());
  const bool headersChanged = count > 0 && old > 0 &&
                              (rows_.front().year != result.projection.rows[0].year ||
                               rows_.front().fraction != result.projection.rows[0].fraction);
  const Terminal terminal{result.terminalValue, result.terminalDiscountTime, result.pvTerminal,
                          inputs.terminalMethod == TerminalMethod::Gordon};

  const bool salesToCapital = inputs.reinvestment == ReinvestmentMethod::SalesToCapital;
  if (count == old && salesToCapital == salesToCapital_ &&
      inputs.hasDepreciation == hasDepreciation_ && terminal == terminal_ &&
      std::equal(rows_.begin(), rows_.end(), result.projection.rows.begin(), sameRow))
    return;  // nothing on screen changes (an edit elsewhere, e.g. to the bridge)
  salesToCapital_ = salesToCapital;
  hasDepreciation_ = inputs.hasDepreciation;
  const auto copyRows = [&] {
    rows_.assign(result.projection.rows.begin(), result.projection.rows.begin() + count);
    terminal_ = terminal;
  };

  // Years come and go before the terminal column, which exists while there are years.
  if (count > old) {
    beginInsertColumns({}, old, old == 0 ? count : count - 1);
    copyRows();
    endInsertColumns();
  } else if (count < old) {
    beginRemoveColumns({}, count, count == 0 ? old : old - 1);
    copyRows();
    endRemoveColumns();
  } else {
    copyRows();
  }
  // Columns that existed before may show new numbers (the terminal column always may).
  if (count > 0)
    emit dataChanged(index(0, 0), index(MetricCount - 1, columnCount() - 1),
                     {Qt::DisplayRole, RawValueRole, Qt::ForegroundRole, Qt::ToolTipRole});
  if (headersChanged) emit headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
}

void YearTableModel::clear() {
  if (rows_.empty()) return;
  beginRemoveColumns({}, 0, columnCount() - 1);
  rows_.clear();
  terminal_ = {};
  endRemoveColumns();
}

void YearTableModel::setDecimals(int decimals) {
  decimals = std::clamp(decimals, 0, 6);
  if (decimals == decimals_) return;
  decimals_ = decimals;
  if (!rows_.empty())
    emit dataChanged(index(0, 0), index(MetricCount - 1, columnCount() - 1), {Qt::DisplayRole});
}

void YearTableModel::setMoneyDisplay(const MoneyDisplay& money) {
  if (money.up == money_.up && money.down == money_.down) return;
  money_ = money;
  if (!rows_.empty())
    emit dataChanged(index(0, 0), index(MetricCount - 1, columnCount() - 1),
                     {Qt::DisplayRole, RawValueRole});
}

void YearTableModel::retranslate() {
  emit headerDataChanged(Qt::Vertical, 0, MetricCount - 1);
  if (!rows_.empty()) {
    emit headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
    // Cells use translated formats too (the percent sign, "—").
    emit dataChanged(index(0, 0), index(MetricCount - 1, columnCount() - 1),
                     {Qt::DisplayRole, Qt::ToolTipRole});
  }
}

std::optional<double> YearTableModel::terminalValue(int metric) const {
  switch (metric) {
    case Fcff:
      return terminal_.value;
    case DiscountPeriod:
      return terminal_.discountTime;
    case DiscountFactor:
      // As discounted: PV = TV × factor, so the column reads like the years.
      if (terminal_.value == 0.0) return std::nullopt;
      return terminal_.presentValue / terminal_.value;
    case PresentValue:
      return terminal_.presentValue;
    default:
      return std::nullopt;
  }
}

std::optional<double> YearTableModel::value(int metric, int column) const {
  const std::optional<double> stored = storedValue(metric, column);
  if (stored && kindOf(metric) == Kind::Money) return money_(*stored);
  return stored;
}

std::optional<double> YearTableModel::storedValue(int metric, int column) const {
  if (isTerminalColumn(column)) return terminalValue(metric);
  if (column < 0 || column >= static_cast<int>(rows_.size())) return std::nullopt;
  const DcfYearRow& r = rows_[static_cast<std::size_t>(column)];
  switch (metric) {
    case Revenue:
      return r.revenue;
    case Growth:
      return r.growth;
    case Ebitda:
      if (!hasDepreciation_) return std::nullopt;
      return r.ebitda;
    case Ebit:
      return r.ebit;
    case Taxes:
      return r.taxes;
    case Nopat:
      return r.nopat;
    case Depreciation:
      if (!hasDepreciation_) return std::nullopt;
      return r.depreciation;
    case Capex:
      if (salesToCapital_) return std::nullopt;
      return r.capex;
    case DeltaNwc:
      if (salesToCapital_) return std::nullopt;
      return r.deltaNwc;
    case Reinvestment:
      return r.reinvestment;
    case Fcff:
      return r.fcff;
    case YearFraction:
      return r.fraction;
    case DiscountPeriod:
      return r.discountTime;
    case DiscountFactor:
      return r.discountFactor;
    case PresentValue:
      return r.presentValue;
    default:
      return std::nullopt;
  }
}

QString YearTableModel::text(int metric, int column) const {
  const std::optional<double> v = value(metric, column);
  if (!v) return notAvailable();
  switch (kindOf(metric)) {
    case Kind::Rate:
      return formatRate(*v, 1);
    case Kind::Period:
      return QLocale().toString(*v, 'f', 2);
    case Kind::Factor:
      return QLocale().toString(*v, 'f', 4);
    case Kind::Money:
      break;
  }
  return formatMoney(*v, decimals_);
}

QString YearTableModel::metricName(int metric) {
  switch (metric) {
    case Revenue:
      return tr("Revenue");
    case Growth:
      return tr("Growth");
    case Ebitda:
      return tr("EBITDA");
    case Ebit:
      return tr("EBIT");
    case Taxes:
      return tr("Taxes");
    case Nopat:
      return tr("NOPAT");
    case Depreciation:
      return tr("D&A");
    case Capex:
      return tr("Capex");
    case DeltaNwc:
      return tr("\u0394NWC");
    case Reinvestment:
      return tr("Reinvestment");
    case Fcff:
      return tr("FCFF");
    case YearFraction:
      return tr("Year fraction");
    case DiscountPeriod:
      return tr("Discount period");
    case DiscountFactor:
      return tr("Discount factor");
    case PresentValue:
      return tr("Present value");
    default:
      return {};
  }
}

QString YearTableModel::metricDescription(int metric) {
  switch (metric) {
    case Revenue:
      return tr("Revenue of the fiscal year: the previous year's revenue \u00d7 (1 + growth).");
    case Growth:
      return tr(
          "Revenue growth over the previous year (the first year grows from the base "
          "year's revenue).");
    case Ebitda:
      return tr("EBIT plus depreciation and amortisation. Not shown when D&A is not modelled.");
    case Ebit:
      return tr("Operating profit: revenue \u00d7 EBIT margin.");
    case Taxes:
      return tr(
          "Operating taxes: EBIT \u00d7 tax rate. A loss gives a tax credit; loss "
          "carry-forwards are not modelled.");
    case Nopat:
      return tr("Net operating profit after tax: EBIT \u2212 taxes.");
    case Depreciation:
      return tr(
          "Depreciation and amortisation: revenue \u00d7 D&A %. Not shown when the "
          "scenario does not model it.");
    case Capex:
      return tr(
          "Capital expenditure: revenue \u00d7 capex %. Only with the "
          "percent-of-revenue reinvestment method.");
    case DeltaNwc:
      return tr(
          "Increase in net working capital: this year's NWC (revenue \u00d7 NWC %) minus "
          "last year's. Only with the percent-of-revenue reinvestment method.");
    case Reinvestment:
      return tr(
          "Capex \u2212 D&A + \u0394NWC (percent of revenue), or the revenue increase "
          "\u00f7 the sales-to-capital ratio.");
    case Fcff:
      return tr("Free cash flow to the firm for the full year: NOPAT \u2212 reinvestment.");
    case YearFraction:
      return tr(
          "The part of the fiscal year's cash flow that is valued: 1.00 for a full year, less "
          "for the first year when the valuation date falls inside it (a stub year).");
    case DiscountPeriod:
      return tr(
          "Years from the valuation date to when the year's cash flow is assumed to "
          "arrive (the end or the middle of the year, per the discounting convention).");
    case DiscountFactor:
      return tr("1 \u00f7 (1 + WACC) raised to the discount period.");
    case PresentValue:
      return tr("FCFF \u00d7 the part of the year still ahead \u00d7 the discount factor.");
    default:
      return {};
  }
}

int YearTableModel::rowCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : MetricCount;
}

int YearTableModel::columnCount(const QModelIndex& parent) const {
  if (parent.isValid() || rows_.empty()) return 0;
  return yearCount() + 1;  // the years and the terminal value
}

QVariant YearTableModel::data(const QModelIndex& index, int role) const {
  if (!index.isValid() || index.row() >= MetricCount || index.column() >= columnCount()) return {};
  if (isTerminalColumn(index.column()) && role == Qt::ToolTipRole)
    return terminalToolTip(index.row());
  const int metric = index.row();
  switch (role) {
    case Qt::DisplayRole:
      return text(metric, index.column());
    case RawValueRole: {
      const std::optional<double> v = value(metric, index.column());
      return v ? QVariant(*v) : QVariant();
    }
    case Qt::TextAlignmentRole:
      return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ForegroundRole: {
      const std::optional<double> v = value(metric, index.column());
      if (kindOf(metric) == Kind::Money && v && cleanZero(*v, decimals_) < 0)
        return QBrush(kNegative);
      return {};
    }
    case Qt::FontRole:
      if (metric == Fcff || metric == PresentValue) {
        QFont font;
        font.setBold(true);
        return font;
      }
      return {};
    case Qt::ToolTipRole:
      if (!value(metric, index.column()))
        return tr("Not modelled by this scenario's reinvestment method.");
      return {};
    default:
      return {};
  }
}

QVariant YearTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
  if (orientation == Qt::Vertical) {
    if (section < 0 || section >= MetricCount) return {};
    switch (role) {
      case Qt::DisplayRole:
        return metricName(section);
      case Qt::ToolTipRole:
        return metricDescription(section);
      case Qt::FontRole:
        if (section == Fcff || section == PresentValue) {
          QFont font;
          font.setBold(true);
          return font;
        }
        return {};
      default:
        return {};
    }
  }
  if (section < 0 || section >= columnCount()) return {};
  if (isTerminalColumn(section)) {
    switch (role) {
      case Qt::DisplayRole:
        return tr("Terminal value");
      case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
      case Qt::ToolTipRole:
        return tr("The value of the years after %1, at the end of %1 (FCFF row), discounted to "
                  "the valuation date; its present value is part of the enterprise value.")
            .arg(rows_.back().year);
      default:
        return {};
    }
  }
  const DcfYearRow& r = rows_[static_cast<std::size_t>(section)];
  switch (role) {
    case Qt::DisplayRole:
      return QString::number(r.year);  // a year, never grouped ("2,026")
    case Qt::TextAlignmentRole:
      return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ToolTipRole:
      if (r.fraction < 1.0)
        return tr("Fiscal year %1: the valuation date falls inside it, so only %2 of its cash "
                  "flow is valued.")
            .arg(r.year)
            .arg(formatRate(r.fraction, 0));
      return tr("Fiscal year %1").arg(r.year);
    default:
      return {};
  }
}

QString YearTableModel::terminalToolTip(int metric) const {
  const int year = rows_.back().year;
  switch (metric) {
    case Fcff:
      return terminal_.gordon
                 ? tr("Terminal value at the end of %1 (Gordon growth): FCFF %1 × (1 + "
                      "terminal growth) ÷ (WACC − terminal growth).")
                       .arg(year)
                 : tr("Terminal value at the end of %1: the exit multiple × the metric of %1.")
                       .arg(year);
    case DiscountPeriod:
      return tr("Years from the valuation date to when the terminal value is counted.");
    case DiscountFactor:
      return tr("1 ÷ (1 + WACC) raised to the terminal value's discount period.");
    case PresentValue:
      return tr("The terminal value × its discount factor.");
    default:
      return tr("The terminal value column has figures in the FCFF and discounting rows only.");
  }
}

}  // namespace valor::ui
