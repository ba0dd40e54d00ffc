#include "ui/editors/peryearmodel.h"

#include "core/models/dcf/dcfbinding.h"
#include "core/models/dcf/dcfkind.h"

#include <QCoreApplication>

#include "ui/editors/numberformat.h"

namespace valor::ui {
namespace {

const std::vector<std::string> kStagedFields = {"value",  "stage1_years", "stage1", "stage2_years",
                                                "stage2", "stage3",       "fade"};

}  // namespace

PerYearModel::PerYearModel(Document* document, QObject* parent)
    : QAbstractTableModel(parent), document_(document) {
  drivers_ = visibleDrivers();
  years_ = dcfEvaluationOf(document_->evaluation()).binding.resolved.years;
  connect(document_, &Document::changed, this, &PerYearModel::documentChanged);
}

std::vector<PerYearModel::Driver> PerYearModel::visibleDrivers() const {
  const DcfInputs& in = dcfEvaluationOf(document_->evaluation()).binding.resolved;
  std::vector<Driver> list = {
      {"revenue_growth", QT_TR_NOOP("Revenue growth"), QStringLiteral("rate"),
       &DcfInputs::revenueGrowth},
      {"ebit_margin", QT_TR_NOOP("EBIT margin"), QStringLiteral("rate"), &DcfInputs::ebitMargin},
      {"tax_rate", QT_TR_NOOP("Tax rate"), QStringLiteral("rate"), &DcfInputs::taxRate},
  };
  if (in.reinvestment == ReinvestmentMethod::SalesToCapital) {
    list.push_back({"sales_to_capital", QT_TR_NOOP("Sales-to-capital"), QStringLiteral("ratio"),
                    &DcfInputs::salesToCapital});
    if (in.hasDepreciation)
      list.push_back({"da_pct_revenue", QT_TR_NOOP("D&A % of revenue"), QStringLiteral("rate"),
                      &DcfInputs::daPctRevenue});
  } else {
    list.push_back({"da_pct_revenue", QT_TR_NOOP("D&A % of revenue"), QStringLiteral("rate"),
                    &DcfInputs::daPctRevenue});
    list.push_back({"capex_pct_revenue", QT_TR_NOOP("Capex % of revenue"), QStringLiteral("rate"),
                    &DcfInputs::capexPctRevenue});
    list.push_back({"nwc_pct_revenue", QT_TR_NOOP("NWC % of revenue"), QStringLiteral("rate"),
                    &DcfInputs::nwcPctRevenue});
  }
  return list;
}

int PerYearModel::rowCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : static_cast<int>(drivers_.size());
}

int PerYearModel::columnCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : years_;
}

std::string PerYearModel::driverOf(int row) const {
  return row >= 0 && row < rowCount() ? drivers_[static_cast<std::size_t>(row)].name
                                      : std::string();
}

QVariant PerYearModel::data(const QModelIndex& index, int role) const {
  if (!index.isValid()) return {};
  const Driver& d = drivers_[static_cast<std::size_t>(index.row())];
  const double v = (dcfEvaluationOf(document_->evaluation()).binding.resolved.*
                    (d.values))[static_cast<std::size_t>(index.column())];
  switch (role) {
    case Qt::DisplayRole:
      return formatFieldValue(v, d.unit, QLocale(), 2);
    case Qt::EditRole:
      return formatFieldValue(v, d.unit);
    case Qt::TextAlignmentRole:
      return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ToolTipRole: {
      const Entity* dcf = document_->modelBlock();
      const std::string* mode = dcf ? dcf->text(d.name + ".mode") : nullptr;
      if (mode && *mode != "per_year")
        return *mode == "staged"
                   ? tr("%1 is given in three stages; editing a year turns it into per-year "
                        "values.")
                         .arg(tr(d.label))
                   : tr("%1 is one constant; editing a year turns it into per-year values.")
                         .arg(tr(d.label));
      return {};
    }
    default:
      return {};
  }
}

QVariant PerYearModel::headerData(int section, Qt::Orientation orientation, int role) const {
  if (role != Qt::DisplayRole) return {};
  if (orientation == Qt::Horizontal)
    return QString::number(dcfEvaluationOf(document_->evaluation()).binding.resolved.firstYear + section);
  if (section < 0 || section >= rowCount()) return {};
  return tr(drivers_[static_cast<std::size_t>(section)].label);
}

Qt::ItemFlags PerYearModel::flags(const QModelIndex& index) const {
  return QAbstractTableModel::flags(index) | Qt::ItemIsEditable;
}

bool PerYearModel::setData(const QModelIndex& index, const QVariant& value, int role) {
  if (!index.isValid() || role != Qt::EditRole) return false;
  const Driver& d = drivers_[static_cast<std::size_t>(index.row())];
  const QString error =
      setCells({{index.row(), index.column(), value.toString()}},
               tr("Set %1 %2")
                   .arg(tr(d.label),
                        headerData(index.column(), Qt::Horizontal, Qt::DisplayRole).toString()));
  return error.isEmpty();
}

QString PerYearModel::setCells(const std::vector<CellEdit>& edits, const QString& label) {
  const Year firstYear = dcfEvaluationOf(document_->evaluation()).binding.resolved.firstYear;
  std::map<int, std::map<Year, double>> byRow;
  for (const CellEdit& e : edits) {
    if (e.row < 0 || e.row >= rowCount() || e.column < 0 || e.column >= columnCount()) continue;
    const Driver& d = drivers_[static_cast<std::size_t>(e.row)];
    const ParsedNumber n = parseFieldValue(e.text, d.unit);
    if (!n.value) {
      const QString message = tr("%1, %2: %3 Nothing was changed.")
                                  .arg(tr(d.label), QString::number(firstYear + e.column), n.error);
      emit editRefused(message);
      return message;
    }
    byRow[e.row][firstYear + e.column] = *n.value;
  }
  std::vector<Op> ops;
  for (const auto& [row, changes] : byRow) {
    auto rowOps = driverOps(drivers_[static_cast<std::size_t>(row)], changes);
    ops.insert(ops.end(), rowOps.begin(), rowOps.end());
  }
  const QString error = document_->edit(std::move(ops), label);
  if (!error.isEmpty()) emit editRefused(error);
  return error;
}

std::vector<Op> PerYearModel::driverOps(const Driver& d,
                                        const std::map<Year, double>& changes) const {
  const Entity* dcf = document_->modelBlock();
  std::vector<Op> ops;
  if (!dcf) return ops;
  const ScenarioDocument& doc = document_->scenario();
  const std::string* mode = dcf->text(d.name + ".mode");
  if (mode && *mode == "per_year" && dcf->years(d.name + ".values")) {
    for (const auto& [year, value] : changes) {
      Op op = setFieldOp(doc, dcf->id, d.name + ".values", Value(value), year);
      if (op.value != op.previous) ops.push_back(std::move(op));
    }
    return ops;
  }
  // A constant or staged driver becomes explicit years, starting from what it resolves to.
  const DcfInputs& in = dcfEvaluationOf(document_->evaluation()).binding.resolved;
  YearMap years;
  for (int t = 0; t < in.years; ++t)
    years[in.firstYear + t] = (in.*(d.values))[static_cast<std::size_t>(t)];
  for (const auto& [year, value] : changes) years[year] = value;
  ops.push_back(setFieldOp(doc, dcf->id, d.name + ".mode", Value(std::string("per_year"))));
  ops.push_back(setFieldOp(doc, dcf->id, d.name + ".values", Value(years)));
  for (const std::string& f : kStagedFields)
    if (dcf->field(d.name + "." + f))
      ops.push_back(setFieldOp(doc, dcf->id, d.name + "." + f, std::nullopt));
  std::erase_if(ops, [](const Op& op) { return op.value == op.previous; });
  return ops;
}

void PerYearModel::documentChanged(const QStringList&) {
  const auto drivers = visibleDrivers();
  const int years = dcfEvaluationOf(document_->evaluation()).binding.resolved.years;
  const bool sameShape =
      years == years_ && drivers.size() == drivers_.size() &&
      std::equal(drivers.begin(), drivers.end(), drivers_.begin(),
                 [](const Driver& a, const Driver& b) { return a.name == b.name; });
  if (!sameShape) {
    beginResetModel();
    drivers_ = drivers;
    years_ = years;
    endResetModel();
    return;
  }
  // Staged drivers resolve anew after any change of theirs, so every visible cell may move.
  if (rowCount() > 0 && columnCount() > 0)
    emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1), {Qt::DisplayRole});
  emit headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
}

}  // namespace valor::ui
