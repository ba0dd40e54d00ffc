#include "ui/actuals/actualsmodel.h"

#include <QCoreApplication>
#include <QFont>

#include <algorithm>
#include <array>

#include "core/actuals/actualsedit.h"
#include "core/model/actualsschema.h"
#include "ui/editors/numberformat.h"
#include "ui/models/changelabel.h"
#include "ui/models/issuetext.h"
#include "ui/models/presentation.h"

namespace valor::ui {
namespace {

struct RatioText {
  const char* key;
  const char* caption;
  const char* formula;
};

// In core/actuals/history.cpp's order; the definitions are there.
constexpr std::array kRatios = {
    RatioText{"revenue_growth", QT_TRANSLATE_NOOP("ActualsModel", "Revenue growth"),
              QT_TRANSLATE_NOOP("ActualsModel", "Revenue ÷ previous year's revenue − 1")},
    RatioText{"ebitda_margin", QT_TRANSLATE_NOOP("ActualsModel", "EBITDA margin"),
              QT_TRANSLATE_NOOP("ActualsModel", "EBITDA ÷ revenue")},
    RatioText{"ebit_margin", QT_TRANSLATE_NOOP("ActualsModel", "EBIT margin"),
              QT_TRANSLATE_NOOP("ActualsModel", "EBIT ÷ revenue")},
    RatioText{"net_margin", QT_TRANSLATE_NOOP("ActualsModel", "Net margin"),
              QT_TRANSLATE_NOOP("ActualsModel", "Net income ÷ revenue")},
    RatioText{"tax_rate", QT_TRANSLATE_NOOP("ActualsModel", "Effective tax rate"),
              QT_TRANSLATE_NOOP("ActualsModel",
                                "Income taxes ÷ pre-tax income (net income + income taxes)")},
    RatioText{"da_pct_revenue", QT_TRANSLATE_NOOP("ActualsModel", "D&A % of revenue"),
              QT_TRANSLATE_NOOP("ActualsModel", "D&A ÷ revenue")},
    RatioText{"capex_pct_revenue", QT_TRANSLATE_NOOP("ActualsModel", "Capex % of revenue"),
              QT_TRANSLATE_NOOP("ActualsModel", "Capex ÷ revenue")},
    RatioText{"nwc_pct_revenue", QT_TRANSLATE_NOOP("ActualsModel", "NWC % of revenue"),
              QT_TRANSLATE_NOOP("ActualsModel", "Net working capital ÷ revenue")},
    RatioText{"sales_to_capital", QT_TRANSLATE_NOOP("ActualsModel", "Sales-to-capital"),
              QT_TRANSLATE_NOOP("ActualsModel",
                                "Change in revenue ÷ reinvestment (capex − D&A + change in "
                                "NWC), where reinvestment is above zero")},
    RatioText{"roic", QT_TRANSLATE_NOOP("ActualsModel", "Return on invested capital"),
              QT_TRANSLATE_NOOP("ActualsModel",
                                "EBIT × (1 − effective tax rate) ÷ invested capital at the "
                                "start of the year (equity + debt − cash at the previous "
                                "year's end)")},
};

const RatioText* ratioText(const std::string& key) {
  for (const RatioText& r : kRatios)
    if (key == r.key) return &r;
  return nullptr;
}

QString lineUnit(int row) {
  return QString::fromLatin1(actualsLines()[static_cast<std::size_t>(row)].unit);
}

}  // namespace

QString ratioCaption(const std::string& key) {
  const RatioText* r = ratioText(key);
  return r ? QCoreApplication::translate("ActualsModel", r->caption) : QString::fromStdString(key);
}

QString ratioFormula(const std::string& key) {
  const RatioText* r = ratioText(key);
  return r ? QCoreApplication::translate("ActualsModel", r->formula) : QString();
}

ActualsModel::ActualsModel(Document* document, QObject* parent)
    : QAbstractTableModel(parent), document_(document) {
  connect(document_, &Document::changed, this, [this] { refresh(); });
  refresh();
}

void ActualsModel::refresh() {
  beginResetModel();
  history_ = actualsHistory(document_->scenario());
  std::set<Year> years(history_.years.begin(), history_.years.end());
  for (Year added : addedYears_) years.insert(added);
  if (const Entity* block = document_->modelBlock())
    if (const double* base = block->number("base_year")) {
      const Year baseYear = static_cast<Year>(*base);
      years.insert(baseYear);
      if (history_.years.empty()) years.insert({baseYear - 2, baseYear - 1});
    }
  years_.assign(years.begin(), years.end());
  endResetModel();
}

void ActualsModel::addEarlierYear() {
  if (years_.empty()) return;
  addedYears_.insert(years_.front() - 1);
  refresh();
}

int ActualsModel::lineRows() const {
  return static_cast<int>(actualsLines().size());
}

int ActualsModel::rowCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : lineRows() + static_cast<int>(history_.derived.size());
}

int ActualsModel::columnCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : static_cast<int>(years_.size());
}

int ActualsModel::rowOf(const std::string& key) const {
  for (int row = 0; row < lineRows(); ++row)
    if (key == actualsLines()[static_cast<std::size_t>(row)].key) return row;
  for (std::size_t i = 0; i < history_.derived.size(); ++i)
    if (history_.derived[i].key == key) return lineRows() + static_cast<int>(i);
  return -1;
}

const DerivedHistory& ActualsModel::ratioOf(int row) const {
  return history_.derived[static_cast<std::size_t>(row - lineRows())];
}

QVariant ActualsModel::data(const QModelIndex& index, int role) const {
  if (!index.isValid()) return {};
  const Year year = years_[static_cast<std::size_t>(index.column())];
  const bool line = index.row() < lineRows();
  if (role == Qt::TextAlignmentRole) return QVariant(Qt::AlignRight | Qt::AlignVCenter);
  if (role == Qt::FontRole && !line) {
    QFont italic;
    italic.setItalic(true);
    return italic;
  }
  if (line) {
    const std::string key = actualsLines()[static_cast<std::size_t>(index.row())].key;
    if (role == Qt::ToolTipRole) {
      auto source = history_.sources.find(key);
      return source == history_.sources.end()
                 ? QVariant()
                 : tr("Source: %1").arg(QString::fromStdString(source->second));
    }
    if (role != Qt::DisplayRole && role != Qt::EditRole) return {};
    auto values = history_.lines.find(key);
    if (values == history_.lines.end() || !values->second.count(year)) return QString();
    const double figure = values->second.at(year);
    return role == Qt::EditRole ? formatFieldValue(figure, lineUnit(index.row()))
                                : formatAmount(figure, decimals_);
  }
  const DerivedHistory& ratio = ratioOf(index.row());
  if (role == Qt::ToolTipRole) return ratioFormula(ratio.key);
  if (role != Qt::DisplayRole) return {};
  auto value = ratio.values.find(year);
  if (value == ratio.values.end()) return QString();
  // A rate as a percentage with the results' decimals; sales-to-capital with two.
  const QString unit = QString::fromLatin1(ratio.unit);
  return formatOutputValue(value->second, unit, unit == QLatin1String("rate") ? decimals_ : 2);
}

void ActualsModel::setDecimals(int decimals) {
  decimals_ = decimals;
  if (rowCount() > 0 && columnCount() > 0)
    emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

QVariant ActualsModel::headerData(int section, Qt::Orientation orientation, int role) const {
  if (role == Qt::FontRole && orientation == Qt::Vertical && section >= lineRows()) {
    QFont italic;
    italic.setItalic(true);
    return italic;
  }
  if (role == Qt::ToolTipRole && orientation == Qt::Vertical && section >= lineRows() &&
      section < rowCount())
    return ratioFormula(ratioOf(section).key);
  if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole) return {};
  if (orientation == Qt::Horizontal) {
    if (section < 0 || section >= columnCount()) return {};
    //: A column of reported figures: "2024A" (A for actual), as statements head them.
    return tr("%1A").arg(years_[static_cast<std::size_t>(section)]);
  }
  if (section < 0 || section >= rowCount()) return {};
  if (section < lineRows())
    return actualsLineCaption(actualsLines()[static_cast<std::size_t>(section)].key);
  return ratioCaption(ratioOf(section).key);
}

Qt::ItemFlags ActualsModel::flags(const QModelIndex& index) const {
  Qt::ItemFlags flags = QAbstractTableModel::flags(index);
  if (index.isValid() && index.row() < lineRows()) flags |= Qt::ItemIsEditable;
  return flags;
}

bool ActualsModel::setData(const QModelIndex& index, const QVariant& value, int role) {
  if (!index.isValid() || role != Qt::EditRole || index.row() >= lineRows()) return false;
  const std::string key = actualsLines()[static_cast<std::size_t>(index.row())].key;
  const Year year = years_[static_cast<std::size_t>(index.column())];
  const QString text = value.toString().trimmed();
  std::optional<double> figure;
  if (!text.isEmpty()) {
    const ParsedNumber parsed = parseFieldValue(text, lineUnit(index.row()));
    if (!parsed.value) {
      emit editRefused(tr("%1 %2: %3").arg(actualsLineCaption(key)).arg(year).arg(parsed.error));
      return false;
    }
    figure = parsed.value;
  }
  auto ops = typedActualOps(document_->scenario(), key, year, figure, randomIdGenerator());
  if (!ops) {
    emit editRefused(errorText(ops.error(), document_->scenario()));
    return false;
  }
  if (ops.value().empty()) return true;
  const QString error =
      document_->edit(std::move(ops).value(),
                      labels::setField("actuals." + key + ".values." + std::to_string(year)));
  if (!error.isEmpty()) emit editRefused(error);
  return error.isEmpty();
}

}  // namespace valor::ui
